package io.tidings.audience;

import io.tidings.work.FileErrors;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A file (gzip-compressed or not) read as lines of bytes, without its UTF-8 byte order mark and
 * line ends (LF or CRLF), counting the bytes read. For newline-delimited JSON, which the JSON
 * parser reads faster as bytes than as decoded text. A line may not exceed {@link #MAX_LINE_BYTES},
 * so memory stays bounded.
 */
final class ByteLines implements Closeable {

    static final int MAX_LINE_BYTES = 16 << 20;

    private final Path file;
    private final ImportFileBytes in;
    private long linesRead;
    private byte[] buffer = new byte[1 << 16];
    private int start;
    private int end;
    private boolean endOfFile;
    private boolean started;

    private ByteLines(Path file, ImportFileBytes in) {
        this.file = file;
        this.in = in;
    }

    static ByteLines open(Path file) throws IOException {
        return new ByteLines(file, ImportFileBytes.open(file));
    }

    /** The next line's bytes; null at the end of the file. */
    byte[] next() throws IOException {
        int scanned = start;
        while (true) {
            for (int index = scanned; index < end; index++) {
                if (buffer[index] == '\n') {
                    byte[] line = line(start, index);
                    start = index + 1;
                    return line;
                }
            }
            if (endOfFile) {
                if (start == end) {
                    return null;
                }
                byte[] line = line(start, end);
                start = end;
                return line;
            }
            scanned = end - start;
            fill();
        }
    }

    long bytesRead() {
        return in.fileBytesRead();
    }

    private byte[] line(int from, int lineFeed) {
        linesRead++;
        int to = lineFeed > from && buffer[lineFeed - 1] == '\r' ? lineFeed - 1 : lineFeed;
        return Arrays.copyOfRange(buffer, from, to);
    }

    /** Keeps the unread bytes at the start of the buffer, growing it for a long line, and reads more. */
    private void fill() throws IOException {
        if (start > 0) {
            System.arraycopy(buffer, start, buffer, 0, end - start);
            end -= start;
            start = 0;
        }
        if (end == buffer.length) {
            if (buffer.length >= MAX_LINE_BYTES) {
                throw new ImportFileException(file.getFileName() + ", line " + (linesRead + 1) + ": the line is longer than "
                        + (MAX_LINE_BYTES >> 20) + " MB; newline-delimited JSON has one endpoint per line");
            }
            buffer = Arrays.copyOf(buffer, Math.min(buffer.length * 2, MAX_LINE_BYTES));
        }
        int read;
        try {
            read = in.content().read(buffer, end, buffer.length - end);
        } catch (IOException e) {
            throw new ImportFileException(FileErrors.whyUnreadable(file, e) + " (after line " + linesRead + ")", e);
        }
        if (read < 0) {
            endOfFile = true;
            return;
        }
        end += read;
        if (!started && end >= 3) {
            started = true;
            if ((buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
                start = 3;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
