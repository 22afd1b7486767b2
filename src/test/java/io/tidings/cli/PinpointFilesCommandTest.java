package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files as Pinpoint, AWS's documentation and the AWS command line write them, through the real command line. */
class PinpointFilesCommandTest {

    @TempDir
    Path folder;

    private Path workspace;

    private CommandRun run(String... args) {
        return CommandRun.of(folder.resolve("home"), args);
    }

    private CommandRun importFile(Path file, String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "import";
        args[1] = "--workspace";
        args[2] = workspace.toString();
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = file.toString();
        CommandRun run = run(args);
        assertThat(run.err()).as("no stack trace").doesNotContain("Exception", "\tat ");
        return run;
    }

    private Path file(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content);
    }

    private String exported(String format) throws IOException {
        Path out = folder.resolve("out." + format);
        assertThat(run("export", "--workspace", workspace.toString(), "--format", format, out.toString()).exitCode()).isZero();
        return Files.readString(out);
    }

    private String endpointCount() {
        return run("workspace", "info", workspace.toString()).out();
    }

    @BeforeEach
    void createWorkspace() {
        workspace = folder.resolve("shop.tidings");
        assertThat(run("workspace", "create", workspace.toString()).exitCode()).isZero();
    }

    // 13: countries as AWS's own examples and get-endpoint write them

    @Test
    void threeLetterCountryCodesAreStoredAsTwoLetterOnes() throws IOException {
        CommandRun imported = importFile(file("people.csv", "Id,ChannelType,Address,Location.Country\n"
                + "e1,EMAIL,a@example.com,USA\ne2,EMAIL,b@example.com,can\ne3,EMAIL,c@example.com,DE\n"));

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("3 created");
        assertThat(exported("ndjson")).contains("\"Country\":\"US\"", "\"Country\":\"CA\"", "\"Country\":\"DE\"")
                .doesNotContain("USA", "CAN");
    }

    @Test
    void aSegmentsCountryValuesMatchInEitherForm() throws IOException {
        importFile(file("people.csv", "Id,ChannelType,Address,Location.Country,User.UserId\n"
                + "e1,EMAIL,a@example.com,US,ann\ne2,EMAIL,b@example.com,CA,bob\ne3,EMAIL,c@example.com,DE,cy\n"));
        Path northAmerica = file("na.json", """
                {"Dimensions": {"Location": {"Country": {"DimensionType": "INCLUSIVE", "Values": ["USA", "ca"]}}}}
                """);
        Path elsewhere = file("elsewhere.json", """
                {"Dimensions": {"Location": {"Country": {"DimensionType": "EXCLUSIVE", "Values": ["usa", "CAN"]}}}}
                """);

        CommandRun inNorthAmerica = run("segment", "count", "--workspace", workspace.toString(), "--definition",
                northAmerica.toString());
        CommandRun notInNorthAmerica = run("segment", "count", "--workspace", workspace.toString(), "--definition",
                elsewhere.toString());

        assertThat(inNorthAmerica.out()).containsPattern("Endpoints: +2\\R");
        assertThat(notInNorthAmerica.out()).containsPattern("Endpoints: +1\\R");
    }

    // 14: a file of user ids, several to a line

    @Test
    void aUserIdFileMayHoldSeveralIdsOnALineSeparatedBySpaces() throws IOException {
        importFile(file("people.csv", "Id,ChannelType,Address,User.UserId\ne1,EMAIL,a@example.com,ann\n"
                + "e2,EMAIL,b@example.com,bob\ne3,EMAIL,c@example.com,cy\ne4,EMAIL,d@example.com,dee\n"));

        CommandRun selected = importFile(file("users.csv", "User.UserId\nann bob\n  cy \n"), "--segment", "Chosen");
        Path members = folder.resolve("chosen.ndjson");
        run("export", "--workspace", workspace.toString(), "--segment", "Chosen", "--format", "ndjson", members.toString());

        assertThat(selected.exitCode()).isZero();
        assertThat(selected.out()).contains("0 rejected");
        assertThat(Files.readString(members)).contains("\"e1\"", "\"e2\"", "\"e3\"").doesNotContain("\"e4\"");
    }

    @Test
    void anUnknownIdAmongSeveralOnALineIsTheOnlyOneToCorrect() throws IOException {
        importFile(file("people.csv", "Id,ChannelType,Address,User.UserId\ne1,EMAIL,a@example.com,ann\n"));
        Path toCorrect = folder.resolve("to-correct.csv");

        CommandRun selected = importFile(file("users.csv", "User.UserId\nann nobody\n"), "--skip-bad-rows",
                "--rejected-rows", toCorrect.toString());

        assertThat(selected.out()).contains("1 rejected",
                "  line 2: User.UserId: no endpoint in this workspace belongs to user \"nobody\"");
        assertThat(Files.readAllLines(toCorrect)).containsExactly("User.UserId", "nobody");
    }
}
