package io.tidings.cli;

import java.util.List;
import io.tidings.work.KnownNames;
import io.tidings.segment.InvalidSegmentException;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentCount;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentJson;
import io.tidings.segment.SegmentLimits;
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
@Command(name = "segment", mixinStandardHelpOptions = true, description = "Count, create, list and delete segments.")
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
                count = segments.count(named(segments, which.name));
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
            List<Segment> all = segments.list();
            if (all.isEmpty()) {
                out.println("No segments yet. Make one with: tidings segment create --workspace "
                        + workspaceOption.file() + " --name NAME --definition FILE.json");
                return 0;
            }
            out.printf("%-6s %-9s %22s  %s%n", "Id", "Type", "Audience", "Name");
            for (Segment segment : all) {
                try {
                    SegmentCount count = segments.count(segment);
                    out.printf("%-6d %-9s %,12d endpoints  %s%n", segment.id(), segment.type(), count.endpoints(), segment.name());
                } catch (InvalidSegmentException unusable) {
                    // Listed all the same, with what is wrong, so that it can be mended or deleted.
                    out.printf("%-6d %-9s %22s  %s: %s%n", segment.id(), segment.type(), "cannot be counted", segment.name(),
                            segment.problem() != null ? segment.problem() : unusable.getMessage());
                }
            }
        }
        return 0;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a saved segment and its versions; refused while another segment starts from it.")
    int delete(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The segment.") String name) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            SegmentService segments = workspace.segments();
            Segment segment = named(segments, name);
            segments.delete(segment.id());
            spec.commandLine().getOut().printf("Deleted segment \"%s\"%n", segment.name());
        }
        return 0;
    }

    private static Segment named(SegmentService segments, String name) {
        return segments.findByName(name)
                .orElseThrow(() -> new InvalidSegmentException(KnownNames.notFound("segment", name,
                        segments.list().stream().map(Segment::name).toList())));
    }

    /** The definition in the file, within Pinpoint's limits; a message names the file. */
    private static SegmentDefinition read(Path file) {
        String json;
        try {
            long size = Files.size(file);
            if (size > SegmentLimits.MOST_BYTES) {
                throw new InvalidSegmentException(file.getFileName() + " is " + SegmentLimits.megabytes(size)
                        + "; Pinpoint takes segment definitions of at most 7 MB.");
            }
            json = Files.readString(file);
        } catch (IOException e) {
            throw new InvalidSegmentException(FileErrors.whyUnreadable(file, e), e);
        }
        try {
            SegmentDefinition definition = SegmentJson.read(json);
            SegmentLimits.check(definition);
            return definition;
        } catch (InvalidSegmentException e) {
            throw new InvalidSegmentException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }
}
