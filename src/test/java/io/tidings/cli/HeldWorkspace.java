package io.tidings.cli;

import io.tidings.workspace.Workspace;
import io.tidings.workspace.WorkspaceService;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Another program writing to a workspace, as a command-line import does: a child JVM that holds the file in a
 * write of its own ({@code Database.writeAlone}) until its standard input closes.
 */
final class HeldWorkspace implements AutoCloseable {

    static final String HOLDING = "holding";

    private final Process process;

    private HeldWorkspace(Process process) {
        this.process = process;
    }

    /** Starts the holder and returns once it holds {@code file}. */
    static HeldWorkspace hold(Path file) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HeldWorkspace.class.getName(), file.toString()));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader said = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = said.readLine();
        if (!HOLDING.equals(line)) {
            process.destroyForcibly();
            throw new IllegalStateException("The holder said " + line + " instead of " + HOLDING);
        }
        return new HeldWorkspace(process);
    }

    @Override
    public void close() throws IOException {
        process.getOutputStream().close();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public static void main(String[] args) {
        try (Workspace workspace = new WorkspaceService().open(Path.of(args[0]))) {
            workspace.database().writeAlone(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("DELETE FROM segment WHERE id = -1");
                }
                System.out.println(HOLDING);
                System.out.flush();
                try {
                    while (System.in.read() >= 0) {
                        // Holds until the test closes this end.
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return null;
            });
        }
    }
}
