package io.tidings.cli;

import io.tidings.segment.InvalidSegmentException;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentCount;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentJson;
import io.tidings.segment.SegmentService;
import io.tidings.work.FileErrors;
import io.tidings.wiring.OpenedWorkspace;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tidings segment ...}: count and create segments from Pinpoint segment JSON. */
@Command(name = "segment", mixinStandardHelpOptions = true, description = "Count, create and list segments.")
final class SegmentCommand {

    @Spec
    private CommandSpec spec;

    /** Which segment: a saved one by name, or criteria in a file. */
    static final class Which {
        @Option(names = "--name", paramLabel = "NAME", description = "A saved segment.")
        String name;

        @Option(names = "--definition", paramLabel = "FILE.json",
                description = "Pinpoint segment JSON (SegmentGroups or Dimensions).")
        Path definition;
    }

    @Command(name = "count", mixinStandardHelpOptions = true, description = "Print how many endpoints and users a segment holds.")
    int count(
            @Mixin WorkspaceOption workspaceOption,
            @ArgGroup(exclusive = true, multiplicity = "1") Which which) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            SegmentService segments = workspace.segments();
            SegmentCount count;
            if (which.name != null) {
                Segment segment = segments.findByName(which.name)
                        .orElseThrow(() -> new InvalidSegmentException("There is no segment called \"" + which.name + "\"."));
                count = segments.count(segment);
            } else {
                count = segments.count(read(which.definition));
            }
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Endpoints: %,d%n", count.endpoints());
            out.printf("Users:     %,d%n", count.users());
        }
        return 0;
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Save a dynamic segment from Pinpoint segment JSON.")
    int create(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The segment's name.") String name,
            @Option(names = "--definition", required = true, paramLabel = "FILE.json",
                    description = "Pinpoint segment JSON (SegmentGroups or Dimensions).") Path definition) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            SegmentService segments = workspace.segments();
            Segment created = segments.create(name, read(definition));
            SegmentCount count = segments.count(created);
            spec.commandLine().getOut().printf("Created segment \"%s\" (id %d): %,d endpoints, %,d users%n",
                    created.name(), created.id(), count.endpoints(), count.users());
        }
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the saved segments.")
    int list(@Mixin WorkspaceOption workspaceOption) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            SegmentService segments = workspace.segments();
            PrintWriter out = spec.commandLine().getOut();
            for (Segment segment : segments.list()) {
                SegmentCount count = segments.count(segment);
                out.printf("%-6d %-9s %,12d endpoints  %s%n", segment.id(), segment.type(), count.endpoints(), segment.name());
            }
        }
        return 0;
    }

    private static SegmentDefinition read(Path file) {
        String json;
        try {
            json = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidSegmentException(FileErrors.whyUnreadable(file, e), e);
        }
        try {
            return SegmentJson.read(json);
        } catch (InvalidSegmentException e) {
            throw new InvalidSegmentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
