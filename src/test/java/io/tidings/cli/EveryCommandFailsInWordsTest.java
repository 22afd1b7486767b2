package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.tidings.channel.DeliveryChannel;
import io.tidings.template.TemplateSummary;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.workspace.AppDirectories;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Every command of the command line, found by walking picocli's tree (a new command is covered without
 * touching this test), run with bad input: a workspace that does not exist, a file that is not a workspace,
 * and, for a command that reads a file, files of garbage. Each must fail with exit code 1 or 2 and words on
 * stderr: never a stack trace.
 */
class EveryCommandFailsInWordsTest {

    @TempDir
    static Path folder;

    private static Path home;
    private static Path sample;
    private static Path notAWorkspace;
    private static Path missing;
    private static List<Path> garbage;

    @BeforeAll
    static void files() throws IOException {
        home = folder.resolve("home");
        sample = folder.resolve("sample.tidings");
        assertThat(CommandRun.of(home, "workspace", "create", sample.toString(), "--sample").exitCode()).isZero();
        queueAJob(sample);
        notAWorkspace = Files.writeString(folder.resolve("notes.tidings"), "Shopping list: eggs, milk\n");
        // Under a file, so that not even 'workspace create' can make it.
        missing = notAWorkspace.resolve("missing.tidings");
        byte[] binary = new byte[2048];
        new java.util.Random(16).nextBytes(binary);
        garbage = List.of(
                Files.write(folder.resolve("binary.dat"), binary),
                Files.writeString(folder.resolve("truncated.json"), "{\"Dimensions\": {\"Attributes\": [", StandardCharsets.UTF_8),
                Files.writeString(folder.resolve("wrong-shape.json"), """
                        {"Dimensions": {"Attributes": {"Tier": {"Values": "Gold"}}}, "Item": 7, "Subject": ["x"],
                         "email": {"provider": 12}, "HtmlPart": {"a": 1}}
                        """),
                // Pretty-printed JSON imports now (a Pinpoint endpoint document), so this one names no real channel.
                Files.writeString(folder.resolve("pretty.json"), """
                        {
                          "Id": "e1",
                          "ChannelType": "PIGEON",
                          "Address": "ann@example.com"
                        }
                        """),
                Files.writeString(folder.resolve("quote.csv"), "Id,ChannelType,Address\n\"e1,EMAIL\n"));
    }

    /** A job waiting to be sent, so that 'outbox resume' has work and reads its options. */
    private static void queueAJob(Path workspaceFile) {
        try (OpenedWorkspace workspace = WorkspaceOption.wiring().open(workspaceFile)) {
            TemplateSummary template = workspace.templates().list().get(0);
            workspace.sendJobs().create(template.name(), workspace.segments().list().get(0).name(),
                    DeliveryChannel.valueOf(template.type().name()));
        }
    }

    @TestFactory
    Stream<DynamicTest> everyCommandFailsInWords() {
        List<DynamicTest> tests = new ArrayList<>();
        for (CommandSpec command : commands(root().getCommandSpec())) {
            String name = command.qualifiedName(" ").substring("tidings ".length());
            tests.add(dynamicTest(name + " with a workspace that does not exist",
                    () -> failsInWords(arguments(command, missing, missing))));
            tests.add(dynamicTest(name + " with a file that is not a workspace",
                    () -> failsInWords(arguments(command, notAWorkspace, notAWorkspace))));
            if (readsAFile(command)) {
                for (Path input : garbage) {
                    tests.add(dynamicTest(name + " reading " + input.getFileName(),
                            () -> failsInWords(arguments(command, sample, input))));
                }
            }
        }
        return tests.stream();
    }

    /**
     * Two imports at once, or 'workspace info' during an import: another program holds the file in a write of
     * its own. Every command is refused in words.
     */
    @Test
    void aWorkspaceAnotherProgramIsWritingIsRefusedInWords() throws Exception {
        Path busy = Files.copy(sample, folder.resolve("busy.tidings"));
        Path csv = Files.writeString(folder.resolve("people.csv"), "ChannelType,Address\nEMAIL,ann@example.com\n");
        try (HeldWorkspace held = HeldWorkspace.hold(busy)) {
            CommandRun secondImport = CommandRun.of(home, "import", "--workspace", busy.toString(), csv.toString());
            CommandRun info = CommandRun.of(home, "workspace", "info", busy.toString());

            failedInWords(List.of("import"), secondImport);
            failedInWords(List.of("workspace info"), info);
            assertThat(secondImport.err()).contains("another program is writing to it");
            assertThat(info.err()).contains("another program is writing to it");
            for (CommandSpec command : commands(root().getCommandSpec())) {
                failsInWords(arguments(command, busy, csv));
            }
        }
    }

    private static void failsInWords(List<String> args) {
        failedInWords(args, CommandRun.of(home, args.toArray(String[]::new)));
    }

    private static void failedInWords(List<String> args, CommandRun run) {

        assertThat(run.exitCode()).as("tidings %s%n%s", String.join(" ", args), run.err()).isIn(1, 2);
        assertThat(run.out() + run.err()).as("tidings %s", String.join(" ", args)).isNotBlank();
        assertThat(run.err() + run.out()).as("tidings %s", String.join(" ", args))
                .doesNotContain("\tat ", "Exception", "java.");
    }

    private static CommandLine root() {
        return TidingsCommand.commandLine(new AppDirectories(home), new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
    }

    /** Every command below the root that does something when run: a method, a Runnable or a Callable. */
    private static List<CommandSpec> commands(CommandSpec parent) {
        List<CommandSpec> found = new ArrayList<>();
        for (CommandLine sub : parent.subcommands().values()) {
            CommandSpec spec = sub.getCommandSpec();
            if (found.stream().anyMatch(known -> known.qualifiedName().equals(spec.qualifiedName()))) {
                continue; // an alias
            }
            Object user = spec.userObject();
            if (user instanceof java.lang.reflect.Method || user instanceof Runnable
                    || user instanceof java.util.concurrent.Callable) {
                found.add(spec);
            }
            found.addAll(commands(spec));
        }
        return found;
    }

    private static boolean readsAFile(CommandSpec command) {
        return command.args().stream().anyMatch(arg -> isFile(arg) && !isWorkspace(arg) && !isWorkspaceFile(arg)
                && !writes(arg));
    }

    /**
     * The command's name and the arguments it needs: the workspace, every required option and parameter,
     * one option of each required group, and every file it reads; files it writes go where nothing can be written.
     */
    private static List<String> arguments(CommandSpec command, Path workspace, Path input) {
        List<String> args = new ArrayList<>(List.of(command.qualifiedName(" ").split(" ")));
        args.remove(0);
        for (OptionSpec option : command.options()) {
            if (option.usageHelp() || option.versionHelp() || option.group() != null) {
                continue;
            }
            if (isWorkspace(option)) {
                args.addAll(List.of(option.longestName(), workspace.toString()));
            } else if (option.required() || isFile(option) && !writes(option)) {
                addOption(args, option, input);
            }
        }
        for (ArgGroupSpec group : command.argGroups()) {
            if (group.multiplicity().min() > 0) {
                OptionSpec chosen = group.options().stream().filter(EveryCommandFailsInWordsTest::isFile).findFirst()
                        .orElse(group.options().get(0));
                addOption(args, chosen, input);
            }
        }
        for (var parameter : command.positionalParameters()) {
            args.add(value(parameter, isWorkspaceFile(parameter) ? workspace : input));
        }
        return args;
    }

    private static void addOption(List<String> args, OptionSpec option, Path input) {
        args.add(option.longestName());
        if (option.arity().max() > 0) {
            args.add(value(option, input));
        }
    }

    private static String value(ArgSpec arg, Path input) {
        Class<?> type = arg.type();
        if (isFile(arg)) {
            return writes(arg) ? missing.resolveSibling("out").resolve("written").toString() : input.toString();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString().toLowerCase(Locale.ROOT);
        }
        if (Number.class.isAssignableFrom(box(type))) {
            return "7";
        }
        return "Nobody";
    }

    private static Class<?> box(Class<?> type) {
        return type == int.class ? Integer.class : type == long.class ? Long.class : type == double.class ? Double.class : type;
    }

    private static boolean isFile(ArgSpec arg) {
        return arg.type() == Path.class;
    }

    private static boolean isWorkspace(ArgSpec arg) {
        return arg instanceof OptionSpec option && option.longestName().equals("--workspace");
    }

    /** A positional workspace file, as 'workspace info PATH' takes. */
    private static boolean isWorkspaceFile(ArgSpec arg) {
        return isFile(arg) && String.join(" ", arg.description()).toLowerCase(Locale.ROOT).contains("workspace file");
    }

    private static boolean writes(ArgSpec arg) {
        String said = (arg.paramLabel() + " " + String.join(" ", arg.description())).toLowerCase(Locale.ROOT);
        return said.contains("write") || arg.paramLabel().startsWith("OUT");
    }
}
