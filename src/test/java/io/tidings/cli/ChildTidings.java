package io.tidings.cli;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/** The real command line in a child JVM on the test's class path, its output going to a log file: for crash tests. */
final class ChildTidings {

    /** The exit status of a JVM killed with SIGKILL ({@link Process#destroyForcibly()}). */
    static final int SIGKILL_EXIT = 128 + 9;

    private ChildTidings() {
    }

    /** Starts {@code tidings ARGS} with its home in {@code folder/home}, writing what it prints to {@code folder/logName}. */
    static Process start(Path folder, String logName, String... args) throws IOException {
        return startMain(folder, logName, "io.tidings.app.Launcher", args);
    }

    /** Starts the main class {@code mainClass} of the test's class path with {@code args}, as {@link #start} does. */
    static Process startMain(Path folder, String logName, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-Dtidings.home=" + folder.resolve("home"), "-cp", System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve(logName).toFile());
        builder.environment().put("TIDINGS_HOME", folder.resolve("home").toString());
        return builder.start();
    }

    /**
     * Waits until {@code done} holds while the child runs; fails, with its log, when it ends first or
     * {@code patience} runs out ({@code missing} says what did not happen).
     */
    static void awaitWhileRunning(Process child, Path folder, String logName, Duration patience, BooleanSupplier done,
            String missing) throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!done.getAsBoolean()) {
            if (!child.isAlive()) {
                fail("It ended early (exit " + child.exitValue() + "): " + log(folder, logName));
            }
            if (System.nanoTime() > deadline) {
                child.destroyForcibly();
                fail(missing + " within " + patience + ": " + log(folder, logName));
            }
            Thread.sleep(20);
        }
    }

    /** What the child printed so far. */
    static String log(Path folder, String logName) {
        try {
            return Files.readString(folder.resolve(logName));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
