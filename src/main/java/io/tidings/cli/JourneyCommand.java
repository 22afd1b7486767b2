package io.tidings.cli;

import io.tidings.journey.InvalidJourneyException;
import io.tidings.journey.Issue;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyJson;
import io.tidings.journey.JourneyService;
import io.tidings.journey.simulation.SimulationRequest;
import io.tidings.journey.simulation.SimulationSource;
import io.tidings.segment.Segment;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.work.Quote;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings journey ...}: journeys from and to Pinpoint's WriteJourneyRequest JSON, checked and listed. */
@Command(name = "journey", mixinStandardHelpOptions = true,
        description = "Import journeys from Pinpoint's WriteJourneyRequest JSON, list, check, export and delete them.")
final class JourneyCommand {

    @Spec
    private CommandSpec spec;

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Save a draft journey from Pinpoint's WriteJourneyRequest JSON (as its console, its API or "
                    + "'aws pinpoint get-journey' write it).")
    int importJourney(
            @Mixin WorkspaceOption workspaceOption,
            @Parameters(paramLabel = "FILE.json", description = "The journey: SegmentId and TemplateName as in this "
                    + "workspace (by name or id).") Path file,
            @Option(names = "--name", paramLabel = "NAME", description = "The journey's name (default: the file's Name).")
            String name) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            JourneyService journeys = workspace.journeys();
            Journey journey = journeys.importJson(file, name);
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Imported journey \"%s\" (id %d): %s; a draft.%n", journey.name(), journey.id(),
                    describe(workspace, journey));
            List<Issue> issues = journeys.validate(journey.graph());
            printIssues(out, issues, issues.stream().anyMatch(Issue::isError) ? "Before it can be published:"
                    : "Worth knowing:");
        }
        return 0;
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the journeys.")
    int list(@Mixin WorkspaceOption workspaceOption) {
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            List<Journey> journeys = workspace.journeys().list();
            if (journeys.isEmpty()) {
                out.println("No journeys yet. Import one with: tidings journey import --workspace "
                        + workspaceOption.file() + " FILE.json");
                return 0;
            }
            out.printf("%-5s  %-9s  %10s  %8s  %-24s  %s%n", "Id", "State", "Activities", "Problems", "Entry", "Name");
            for (Journey journey : journeys) {
                long errors = workspace.journeys().validate(journey.graph()).stream().filter(Issue::isError).count();
                out.printf("%-5d  %-9s  %,10d  %,8d  %-24s  %s%n", journey.id(), word(journey.state().name()),
                        journey.graph().activities().size(), errors, entry(workspace, journey.graph().entry()),
                        journey.name());
            }
        }
        return 0;
    }

    @Command(name = "validate", mixinStandardHelpOptions = true,
            description = "Print what stands between a journey and publishing it (errors), and what else to know.")
    int validate(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The journey.") String name) {
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            Journey journey = named(workspace.journeys(), name);
            List<Issue> issues = workspace.journeys().validate(journey.graph());
            if (issues.stream().noneMatch(issue -> issue.severity() != Issue.Severity.NOTE)) {
                out.printf("Journey \"%s\" has no problems.%n", journey.name());
            }
            printIssues(out, issues, "Journey \"" + journey.name() + "\":");
            return issues.stream().anyMatch(Issue::isError) ? TidingsCommand.FAILED : 0;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = {"Write a journey as Pinpoint's WriteJourneyRequest JSON, with its Name, segments and "
                    + "templates by name: what Pinpoint's API and 'aws pinpoint create-journey' take.",
                "With --with-layout the canvas positions go in too, in Tidings' own TidingsCanvas field: Tidings reads "
                    + "them back on import, but the AWS CLI and SDKs refuse the file (an unknown parameter)."})
    int export(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The journey.") String name,
            @Option(names = "--with-layout", description = "Keep the canvas positions (Tidings only; Pinpoint refuses "
                    + "the file).") boolean withLayout,
            @Option(names = "--for-pinpoint", description = "Only what Pinpoint takes (the default).")
            boolean forPinpoint,
            @Parameters(paramLabel = "OUT.json", description = "The file to write.") Path out) {
        if (withLayout && forPinpoint) {
            throw new ParameterException(spec.commandLine(), "Give --with-layout (the canvas positions, for Tidings) "
                    + "or --for-pinpoint (the default, for Pinpoint), not both.");
        }
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            Journey journey = named(workspace.journeys(), name);
            workspace.journeys().exportJson(journey.id(), out, null, !withLayout);
            spec.commandLine().getOut().printf("Exported \"%s\" to %s%s%n", journey.name(), out, withLayout
                    ? " with the canvas layout (for Tidings: Pinpoint refuses its TidingsCanvas field)" : "");
            List<String> extensions = JourneyJson.extensionsIn(journey.graph());
            if (!extensions.isEmpty()) {
                spec.commandLine().getErr().println("The file holds Tidings' own settings, which Pinpoint's API does "
                        + "not accept; change them before giving it to Pinpoint: " + String.join("; ", extensions) + ".");
            }
        }
        return 0;
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "Delete a draft journey, or one that was stopped or has completed.")
    int delete(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The journey.") String name) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            Journey journey = named(workspace.journeys(), name);
            workspace.journeys().delete(journey.id());
            spec.commandLine().getOut().printf("Deleted journey \"%s\".%n", journey.name());
        }
        return 0;
    }

    @Command(name = "publish", mixinStandardHelpOptions = true,
            description = {"Publish a draft journey (or resume a paused one): participants enter and move on while "
                    + "Tidings runs it, in the app or under 'tidings serve'.",
                "Refused, saying why, when the journey has errors."})
    int publish(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The journey.") String name) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            Journey journey = workspace.journeyRuns().publish(named(workspace.journeys(), name).id());
            spec.commandLine().getOut().printf("Published journey \"%s\". Its participants enter and move on while "
                    + "Tidings runs it: keep the app open on this workspace, or run 'tidings serve --workspace %s'.%n",
                    journey.name(), workspaceOption.file());
        }
        return 0;
    }

    @Command(name = "pause", mixinStandardHelpOptions = true,
            description = "Pause a published journey: nobody moves on and its messages wait until it is resumed.")
    int pause(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The journey.") String name) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            Journey journey = workspace.journeyRuns().pause(named(workspace.journeys(), name).id());
            spec.commandLine().getOut().printf("Paused journey \"%s\"; its participants stay where they are.%n",
                    journey.name());
        }
        return 0;
    }

    @Command(name = "resume", mixinStandardHelpOptions = true,
            description = "Resume a paused journey: whoever's time came meanwhile moves on, in order.")
    int resume(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The journey.") String name) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            Journey journey = workspace.journeyRuns().resume(named(workspace.journeys(), name).id());
            spec.commandLine().getOut().printf("Resumed journey \"%s\".%n", journey.name());
        }
        return 0;
    }

    @Command(name = "stop", mixinStandardHelpOptions = true,
            description = "Stop a published or paused journey for good: its participants leave and its unsent "
                    + "messages are cancelled.")
    int stop(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The journey.") String name) {
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            Journey journey = workspace.journeyRuns().stop(named(workspace.journeys(), name).id());
            spec.commandLine().getOut().printf("Stopped journey \"%s\"; its participants left it.%n", journey.name());
        }
        return 0;
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Print a journey's state and, per activity, how many entered, were sent its message, wait "
                    + "there and left the journey there, and how many took each path of a split.")
    int status(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The journey.") String name) {
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            Journey journey = named(workspace.journeys(), name);
            out.print(new JourneyStatusText(journey, workspace.journeyRuns().counts(journey.id()),
                    workspace.journeyRuns().catchUpNotice(journey.id()).orElse(null),
                    workspace.journeyRuns().lastFailure(journey.id()).orElse(null)).text());
            // print() does not flush the command line's writer as printf does: without this, nothing shows.
            out.flush();
        }
        return 0;
    }

    @Command(name = "simulate", mixinStandardHelpOptions = true,
            description = "Run a journey with a virtual clock over its entry segment, another segment, a test list or "
                    + "generated personas, sending nothing; print each activity's counts and sample paths with reasons.")
    int simulate(
            @Mixin WorkspaceOption workspaceOption,
            @Option(names = "--name", required = true, paramLabel = "NAME", description = "The journey.") String name,
            @Option(names = "--days", required = true, paramLabel = "D", description = "Days to simulate (1-540).")
            int days,
            @Option(names = "--segment", paramLabel = "S", description = "A segment (name or id) instead of the "
                    + "journey's entry segment.") String segment,
            @Option(names = "--personas", paramLabel = "N", description = "N generated personas.") Integer personas,
            @Option(names = "--test-list", paramLabel = "FILE", description = "A file of endpoint ids or addresses, "
                    + "one per line.") Path testList,
            @Option(names = "--open-rate", paramLabel = "P", description = "Percent of delivered messages opened "
                    + "(default: the sandbox's).") Double openRate,
            @Option(names = "--click-rate", paramLabel = "P", description = "Percent of opened emails clicked "
                    + "(default: the sandbox's).") Double clickRate,
            @Option(names = "--sample", paramLabel = "N", defaultValue = "5", description = "Paths to print "
                    + "(default: 5).") int sample) {
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace workspace = workspaceOption.open()) {
            Journey journey = named(workspace.journeys(), name);
            SimulationSource source = simulationSource(workspace, journey, segment,
                    personas, testList);
            var request = new SimulationRequest(journey.graph(),
                    String.valueOf(journey.id()), source, days, openRate, clickRate, Math.max(0, sample));
            var result = workspace.journeySimulator().simulate(request,
                    new ProgressLine(spec.commandLine().getErr()));
            SimulationReport.print(out, journey.name(), sourceWords(source), journey.graph(), result, sample);
        }
        return 0;
    }

    private static SimulationSource simulationSource(OpenedWorkspace workspace,
            Journey journey, String segment, Integer personas, Path testList) {
        int given = (segment == null ? 0 : 1) + (personas == null ? 0 : 1) + (testList == null ? 0 : 1);
        if (given > 1) {
            throw new IllegalArgumentException("Give one of --segment, --personas and --test-list, not " + given + ".");
        }
        if (personas != null) {
            return new SimulationSource.Personas(personas);
        }
        if (testList != null) {
            return SimulationSource.TestList.read(testList);
        }
        if (segment != null) {
            return new SimulationSource.FromSegment(segment);
        }
        Long entrySegment = journey.graph().entry() instanceof JourneyEntry.FromSegment fromSegment
                ? Long.valueOf(fromSegment.segmentId()) : journey.graph().entry() instanceof JourneyEntry.OnEvent event
                        ? event.segmentId() : null;
        if (entrySegment == null) {
            throw new IllegalArgumentException("The journey has no entry segment to simulate: give --segment, "
                    + "--personas or --test-list.");
        }
        return new SimulationSource.FromSegment(workspace.segments().find(entrySegment)
                .map(Segment::name).orElse(String.valueOf(entrySegment)));
    }

    private static String sourceWords(SimulationSource source) {
        if (source instanceof SimulationSource.Personas personas) {
            return String.format("%,d generated personas", personas.count());
        }
        if (source instanceof SimulationSource.TestList list) {
            return "a test list of " + list.entries().size();
        }
        return "segment " + Quote.of(((SimulationSource.FromSegment) source).segment());
    }

    private static Journey named(JourneyService journeys, String name) {
        return journeys.findByName(name).orElseThrow(() ->
                new InvalidJourneyException("There is no journey called " + Quote.of(name) + "."));
    }

    /** Errors, then warnings, then notes, each on its line under {@code heading}; nothing when there are none. */
    private static void printIssues(PrintWriter out, List<Issue> issues, String heading) {
        if (issues.isEmpty()) {
            return;
        }
        out.println(heading);
        for (Issue.Severity severity : Issue.Severity.values()) {
            issues.stream().filter(issue -> issue.severity() == severity).forEach(issue ->
                    out.println("  " + word(severity.name()) + ": " + Quote.message(issue.message())));
        }
    }

    /** "4 activities from the segment "Everyone"". */
    private static String describe(OpenedWorkspace workspace, Journey journey) {
        int activities = journey.graph().activities().size();
        return activities + (activities == 1 ? " activity" : " activities") + ", entry "
                + entry(workspace, journey.graph().entry());
    }

    private static String entry(OpenedWorkspace workspace, JourneyEntry entry) {
        if (entry instanceof JourneyEntry.FromSegment segment) {
            return "segment " + segmentName(workspace, segment.segmentId());
        }
        if (entry instanceof JourneyEntry.OnEvent event) {
            return "event " + String.join(", ", event.dimensions().eventTypes());
        }
        return "none yet";
    }

    private static String segmentName(OpenedWorkspace workspace, long segmentId) {
        return workspace.segments().find(segmentId).map(found -> Quote.of(found.name())).orElse("(deleted)");
    }

    private static String word(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
