package io.tidings.work;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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

    private WholeFile() {
    }

    public static <T, E extends Exception> T write(Path target, Content<T, E> content) throws IOException, E {
        if (Files.isDirectory(target)) {
            throw new FileSystemException(target.toString(), null, "Is a directory");
        }
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        boolean complete = false;
        try {
            T result;
            try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
                result = content.writeTo(out);
            }
            try {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            complete = true;
            return result;
        } finally {
            if (!complete) {
                Files.deleteIfExists(partial);
            }
        }
    }
}
