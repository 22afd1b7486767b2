package io.tidings.audience;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A UTF-8 text file opened for reading, without its byte order mark, counting the bytes read. */
final class TextFile {

    private static final int BUFFER = 1 << 16;

    private final CountingInputStream bytes;
    private final BufferedReader reader;

    private TextFile(CountingInputStream bytes, BufferedReader reader) {
        this.bytes = bytes;
        this.reader = reader;
    }

    static TextFile open(Path file) throws IOException {
        CountingInputStream bytes = new CountingInputStream(Files.newInputStream(file));
        // newDecoder() reports malformed bytes instead of replacing them, so a file that is not UTF-8 is refused.
        BufferedReader reader = new BufferedReader(
                new InputStreamReader(bytes, StandardCharsets.UTF_8.newDecoder()), BUFFER);
        reader.mark(1);
        if (reader.read() != '\uFEFF') {
            reader.reset();
        }
        return new TextFile(bytes, reader);
    }

    BufferedReader reader() {
        return reader;
    }

    long bytesRead() {
        return bytes.count();
    }
}
