package io.tidings.audience;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * The content of an import file, unpacked on the fly when it is gzip-compressed (exports of a
 * million endpoints usually are), with a count of the bytes read from the file itself, so that
 * progress measured against the file's size stays true.
 */
final class ImportFileBytes implements Closeable {

    private static final int BUFFER = 1 << 16;

    private final CountingInputStream file;
    private final InputStream content;

    private ImportFileBytes(CountingInputStream file, InputStream content) {
        this.file = file;
        this.content = content;
    }

    static ImportFileBytes open(Path path) throws IOException {
        CountingInputStream file = new CountingInputStream(Files.newInputStream(path));
        try {
            BufferedInputStream buffered = new BufferedInputStream(file, BUFFER);
            return new ImportFileBytes(file, isGzip(buffered) ? new GZIPInputStream(buffered, BUFFER) : buffered);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    /** Whether the stream starts with gzip's two magic bytes; leaves the stream where it was. */
    private static boolean isGzip(BufferedInputStream stream) throws IOException {
        stream.mark(2);
        int first = stream.read();
        int second = stream.read();
        stream.reset();
        return first == 0x1F && second == 0x8B;
    }

    /** The file's content, unpacked. */
    InputStream content() {
        return content;
    }

    /** Bytes read from the file on disk so far (packed, when it is gzip). */
    long fileBytesRead() {
        return file.count();
    }

    @Override
    public void close() throws IOException {
        content.close();
    }
}
