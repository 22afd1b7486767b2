package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A new, empty workspace file in a test's folder, and the command line run in-process with its home there too. */
record CommandLineWorkspace(Path folder, Path file) {

    static CommandLineWorkspace create(Path folder, String fileName) {
        CommandLineWorkspace workspace = new CommandLineWorkspace(folder, folder.resolve(fileName));
        assertThat(workspace.run("workspace", "create", workspace.file().toString()).exitCode()).isZero();
        return workspace;
    }

    CommandRun run(String... args) {
        return CommandRun.of(folder.resolve("home"), args);
    }

    /** Writes a file beside the workspace; returns its path as the command line takes it. */
    String write(String fileName, CharSequence content) throws IOException {
        return Files.writeString(folder.resolve(fileName), content).toString();
    }

    @Override
    public String toString() {
        return file.toString();
    }
}
