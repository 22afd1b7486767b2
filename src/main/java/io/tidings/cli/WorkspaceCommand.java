package io.tidings.cli;

import io.tidings.audience.AudienceSummary;
import io.tidings.audience.ChannelType;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import io.tidings.workspace.WorkspaceInfo;
import io.tidings.workspace.WorkspaceService;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code tidings workspace ...}: create and describe workspace files. */
@Command(name = "workspace", mixinStandardHelpOptions = true,
        description = "Create and describe workspaces (one SQLite file each).")
final class WorkspaceCommand {

    @Spec
    private CommandSpec spec;

    /** "6 December 2026, 08:14", in this computer's time zone. */
    private static final DateTimeFormatter FOR_PEOPLE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final Wiring wiring = WorkspaceOption.wiring();

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create a new, empty workspace file.")
    int create(
            @Parameters(paramLabel = "PATH", description = "The workspace file to create; it must not exist.") Path file,
            @Option(names = "--name", paramLabel = "NAME",
                    description = "The workspace's name (default: the file name).") String name,
            @Option(names = "--sample",
                    description = "Fill it with the sample audience and templates.") boolean sample) {
        String workspaceName = name != null ? name : defaultName(file);
        PrintWriter out = spec.commandLine().getOut();
        try (OpenedWorkspace opened = sample ? wiring.createSample(file, workspaceName, true, Progress.NONE)
                : wiring.create(file, workspaceName)) {
            out.printf("Created workspace \"%s\" at %s%n", opened.workspace().name(), opened.workspace().file());
            if (sample) {
                out.printf("Added the sample audience: %,d endpoints, 3 templates and 2 segments%n",
                        opened.audience().summary().endpoints());
            }
        }
        return 0;
    }

    @Command(name = "info", mixinStandardHelpOptions = true, description = "Describe a workspace file.")
    int info(@Parameters(paramLabel = "PATH", description = "The workspace file.") Path file) {
        try (OpenedWorkspace services = wiring.open(file)) {
            WorkspaceInfo info = services.workspace().info();
            AudienceSummary audience = services.audience().summary();
            int templates = services.templates().list().size();
            int segments = services.segments().list().size();
            int campaigns = services.campaigns().list().size();
            int jobs = services.sendJobs().jobs().size();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Name:       %s%n", info.name());
            out.printf("File:       %s%n", info.file());
            out.printf("Id:         %s%n", info.id());
            out.printf("Application id: %s%n", services.apiKeys().applicationId());
            out.printf("Format:     %d%n", info.schemaVersion());
            out.printf("Created:    %s%n", FOR_PEOPLE.format(info.createdAt().atZone(ZoneId.systemDefault())));
            out.printf("Endpoints:  %,d (email %,d, SMS %,d, push %,d; opted out %,d)%n",
                    audience.endpoints(), audience.endpointsOn(ChannelType.EMAIL), audience.endpointsOn(ChannelType.SMS),
                    audience.pushEndpoints(), audience.optedOut());
            out.printf("Users:      %,d%n", audience.users());
            out.printf("Segments:   %,d%n", segments);
            out.printf("Templates:  %,d%n", templates);
            out.printf("Campaigns:  %,d%n", campaigns);
            out.printf("Send jobs:  %,d%n", jobs);
        }
        return 0;
    }

    private static String defaultName(Path file) {
        String fileName = file.getFileName().toString();
        return fileName.endsWith(WorkspaceService.EXTENSION)
                ? fileName.substring(0, fileName.length() - WorkspaceService.EXTENSION.length())
                : fileName;
    }
}
