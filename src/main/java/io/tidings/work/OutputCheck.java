package io.tidings.work;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Refuses an output file that is the open workspace, one of its SQLite files beside it ({@code -wal}, {@code -shm},
 * {@code -journal}), or another file the same work reads or writes: writing it would destroy it. Paths are compared
 * as the file system resolves them (links, {@code ..}, hard links), also for an output that does not exist yet.
 */
public final class OutputCheck {

    private static final Logger LOG = LoggerFactory.getLogger(OutputCheck.class);
    private static final int MAX_LINKS = 40;

    /** A file an output must not be, and what it is in the user's words. */
    private record Guarded(String what, Path file) {
    }

    private final List<Guarded> guarded;

    private OutputCheck(List<Guarded> guarded) {
        this.guarded = guarded;
    }

    /** Guards the open workspace {@code file} and the files SQLite keeps beside it. */
    public static OutputCheck workspace(Path file) {
        List<Guarded> guarded = new ArrayList<>();
        guarded.add(new Guarded("the open workspace", file));
        // SQLite keeps them beside the file a link points to; beside the link too, to be safe.
        Path real = realPath(file);
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            guarded.add(new Guarded("part of the open workspace " + file, Path.of(file + suffix)));
            guarded.add(new Guarded("part of the open workspace " + file, Path.of(real + suffix)));
        }
        return new OutputCheck(List.copyOf(guarded));
    }

    /** Also guards {@code file} (nothing when null), called {@code what} in the message. */
    public OutputCheck and(String what, Path file) {
        if (file == null) {
            return this;
        }
        List<Guarded> more = new ArrayList<>(guarded);
        more.add(new Guarded(what, file));
        return new OutputCheck(List.copyOf(more));
    }

    /** Throws {@link IllegalArgumentException}, naming both paths, when {@code output} is a guarded file. */
    public void check(Path output) {
        if (output == null) {
            return;
        }
        for (Guarded file : guarded) {
            if (sameFile(output, file.file())) {
                LOG.warn("Refused to write {} over {} ({})", output, file.file(), file.what());
                throw new IllegalArgumentException("Tidings will not write to " + output + ": it is " + file.what()
                        + " (" + file.file().toAbsolutePath() + "). Choose another file.");
            }
        }
    }

    static boolean sameFile(Path one, Path other) {
        Path realOne = realPath(one);
        Path realOther = realPath(other);
        if (realOne.equals(realOther)) {
            return true;
        }
        try {
            // Hard links, and names a case-insensitive file system takes for the same file.
            return Files.exists(realOne) && Files.exists(realOther) && Files.isSameFile(realOne, realOther);
        } catch (IOException unknown) {
            return false;
        }
    }

    /**
     * The path the file system would use for {@code file}: its real path when it exists; else its parent's real
     * path and its name, following a link that points nowhere yet to where it would write.
     */
    static Path realPath(Path file) {
        Path path = file.toAbsolutePath();
        for (int links = 0; links < MAX_LINKS; links++) {
            try {
                if (Files.exists(path)) {
                    return path.toRealPath();
                }
                if (!Files.isSymbolicLink(path)) {
                    break;
                }
                path = path.resolveSibling(Files.readSymbolicLink(path));
            } catch (IOException unreadable) {
                break;
            }
        }
        Path parent = path.getParent();
        Path name = path.getFileName();
        if (parent == null || name == null) {
            return path.normalize();
        }
        return realPath(parent).resolve(name).normalize();
    }
}
