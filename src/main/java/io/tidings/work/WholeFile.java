package io.tidings.work;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.GZIPOutputStream;

/**
 * Writes a text file whole or not at all: into {@code NAME.partial} beside it, moved over it once
 * complete. A cancelled or failed write (a full disk, a closed workspace) leaves what was there before.
 */
public final class WholeFile {

    /** What goes into the file; returns what the caller wants back, such as a count. */
    @FunctionalInterface
    public interface Content<T, E extends Exception> {
        T writeTo(Writer out) throws IOException, E;
    }

    private static final int BUFFER = 1 << 16;

    private WholeFile() {
    }

    /** Writes {@code text} whole or not at all; a failure says in plain words what is wrong with the file. */
    public static void writeText(Path target, String text) {
        try {
            write(target, out -> {
                out.write(text);
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(FileErrors.whyUnwritable(target, e), e);
        }
    }

    public static <T, E extends Exception> T write(Path target, Content<T, E> content) throws IOException, E {
        return write(target, false, content);
    }

    /** As {@link #write(Path, Content)}, gzip-compressed when {@code gzip} is true. */
    public static <T, E extends Exception> T write(Path target, boolean gzip, Content<T, E> content)
            throws IOException, E {
        return replace(target, partial -> {
            try (OutputStream file = Files.newOutputStream(partial);
                    Writer out = new BufferedWriter(new OutputStreamWriter(
                            gzip ? new GZIPOutputStream(file, BUFFER) : file, StandardCharsets.UTF_8), BUFFER)) {
                return content.writeTo(out);
            }
        });
    }

    /** Copies {@code source} over {@code target} whole or not at all. */
    public static void copy(Path source, Path target) throws IOException {
        replace(target, partial -> Files.copy(source, partial, StandardCopyOption.REPLACE_EXISTING));
    }

    /** Something written into the partial file. */
    @FunctionalInterface
    private interface PartialWrite<T, E extends Exception> {
        T writeTo(Path partial) throws IOException, E;
    }

    /**
     * A stream into {@code NAME.partial} that becomes the target when it is closed, for a file written bit by bit
     * (an import's rejected rows). After a failed write, or {@link Output#abandon()}, closing it removes the
     * partial file and leaves the target as it was.
     */
    public static Output newOutputStream(Path target) throws IOException {
        Path partial = partialOf(target);
        return new Output(target, partial, Files.newOutputStream(partial));
    }

    /** See {@link #newOutputStream(Path)}. */
    public static final class Output extends OutputStream {
        private final Path target;
        private final Path partial;
        private final OutputStream out;
        private boolean abandoned;
        private boolean closed;

        private Output(Path target, Path partial, OutputStream out) {
            this.target = target;
            this.partial = partial;
            this.out = new BufferedOutputStream(out, BUFFER);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                abandoned = true;
                throw e;
            }
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            try {
                out.write(bytes, offset, length);
            } catch (IOException e) {
                abandoned = true;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                abandoned = true;
                throw e;
            }
        }

        /** Closing will keep what was there instead of this file. */
        public void abandon() {
            abandoned = true;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            boolean complete = false;
            try {
                out.close();
                if (!abandoned) {
                    moveIntoPlace(partial, target);
                }
                complete = true;
            } finally {
                if (!complete || abandoned) {
                    deleteQuietly(partial);
                }
            }
        }
    }

    private static <T, E extends Exception> T replace(Path target, PartialWrite<T, E> write) throws IOException, E {
        Path partial = partialOf(target);
        boolean complete = false;
        try {
            T result = write.writeTo(partial);
            moveIntoPlace(partial, target);
            complete = true;
            return result;
        } finally {
            if (!complete) {
                deleteQuietly(partial);
            }
        }
    }

    private static Path partialOf(Path target) throws FileSystemException {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "Is a directory");
        }
        return target.resolveSibling(target.getFileName() + ".partial");
    }

    private static void moveIntoPlace(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path partial) {
        try {
            Files.deleteIfExists(partial);
        } catch (IOException leftBehind) {
            // The write's own failure is the one to report; NAME.partial says what it is.
        }
    }
}
