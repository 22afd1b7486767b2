package io.tidings.work;

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

    private static <T, E extends Exception> T replace(Path target, PartialWrite<T, E> write) throws IOException, E {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "Is a directory");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        boolean complete = false;
        try {
            T result = write.writeTo(partial);
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            complete = true;
            return result;
        } finally {
            if (!complete) {
                try {
                    Files.deleteIfExists(partial);
                } catch (IOException leftBehind) {
                    // The write's own failure is the one to report; NAME.partial says what it is.
                }
            }
        }
    }
}
