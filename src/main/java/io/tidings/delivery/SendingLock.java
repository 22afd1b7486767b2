package io.tidings.delivery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * Lets one sending engine at a time work on a workspace. The engine's crash rule treats every SENDING row it finds
 * at start as lost in a crash, which is only true when no other process is sending from the same file (the app and
 * a {@code send} on the command line, say). The lock is an operating-system lock on a file beside the workspace, so
 * the system releases it when the holder dies, also by SIGKILL, and a crash never leaves the workspace locked.
 */
public final class SendingLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private SendingLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The file beside the workspace that holds the lock. */
    public static Path lockFile(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".sending");
    }

    /** Takes the lock, or returns empty when another engine (in this process or another) holds it. */
    public static Optional<SendingLock> tryTake(Path workspace) {
        Path file = lockFile(workspace.toAbsolutePath());
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            return Optional.of(new SendingLock(channel, lock));
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return Optional.empty();
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Tidings could not lock " + file + " for sending: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // The channel was only opened to try the lock; nothing was written.
        }
    }
}
