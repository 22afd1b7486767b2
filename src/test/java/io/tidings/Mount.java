package io.tidings;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real mount for a test, undone when closed: a small tmpfs that fills up like a full disk, or a read-only bind
 * mount over a file or folder, which even root cannot write through (tests run as root here, where permissions do
 * not stop a write). A test that cannot mount (not root, no mount command) is skipped.
 */
public final class Mount implements AutoCloseable {

    private final Path point;

    private Mount(Path point) {
        this.point = point;
    }

    /** A tmpfs of {@code size} (such as "4m") on the new folder {@code point}. */
    public static Mount tmpfs(Path point, String size) throws IOException {
        Files.createDirectories(point);
        assumeMounted(run("mount", "-t", "tmpfs", "-o", "size=" + size + ",mode=1777", "tidings-test", point.toString()));
        return new Mount(point);
    }

    /** {@code path} (a file or a folder) mounted over itself read-only. */
    public static Mount readOnly(Path path) {
        assumeMounted(run("mount", "--bind", "-o", "ro", path.toString(), path.toString()));
        if (Files.isWritable(path)) {
            // An older mount(8) binds first and needs the read-only flag set again.
            run("mount", "-o", "remount,bind,ro", path.toString());
        }
        return new Mount(path);
    }

    /** {@code path} mounted over itself writable: a writable file inside a read-only folder. */
    public static Mount writable(Path path) {
        assumeMounted(run("mount", "--bind", path.toString(), path.toString()));
        Mount mount = new Mount(path);
        // A bind of a file on a read-only mount is read-only too until it is mounted again writable.
        String problem = run("mount", "-o", "remount,bind,rw", path.toString());
        if (!problem.isEmpty()) {
            mount.close();
            assumeMounted(problem);
        }
        return mount;
    }

    /** Fills the tmpfs with a file of zeros until nothing more fits. */
    public void fill() throws IOException {
        Path filler = point.resolve("filler");
        byte[] block = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left on device: that is the point.
        }
    }

    @Override
    public void close() {
        if (!run("umount", point.toString()).isEmpty()) {
            run("umount", "-l", point.toString());
        }
    }

    private static void assumeMounted(String problem) {
        assumeTrue(problem.isEmpty(), () -> "cannot mount here: " + problem);
    }

    /** Runs a command; returns what it printed when it failed, else "". */
    private static String run(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return "timed out: " + String.join(" ", command);
            }
            return process.exitValue() == 0 ? "" : "exit " + process.exitValue() + ": " + output.strip();
        } catch (IOException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
