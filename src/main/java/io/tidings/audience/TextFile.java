package io.tidings.audience;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A UTF-8 text file, gzip-compressed or not, opened for reading without its byte order mark,
 * counting the bytes read.
 */
final class TextFile {

    private static final int BUFFER = 1 << 16;

    private final ImportFileBytes bytes;
    private final BufferedReader reader;

    private TextFile(ImportFileBytes bytes, BufferedReader reader) {
        this.bytes = bytes;
        this.reader = reader;
    }

    static TextFile open(Path file) throws IOException {
        ImportFileBytes bytes = ImportFileBytes.open(file);
        try {
            // newDecoder() reports malformed bytes instead of replacing them, so a file that is not UTF-8 is refused.
            BufferedReader reader = new BufferedReader(
                    new InputStreamReader(bytes.content(), StandardCharsets.UTF_8.newDecoder()), BUFFER);
            reader.mark(1);
            if (reader.read() != '\uFEFF') {
                reader.reset();
            }
            return new TextFile(bytes, reader);
        } catch (IOException | RuntimeException e) {
            bytes.close();
            throw e;
        }
    }

    BufferedReader reader() {
        return reader;
    }

    long bytesRead() {
        return bytes.fileBytesRead();
    }
}
