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

    // 15: JSON documents as the AWS command line takes and gives them

    @Test
    void aPrettyPrintedUpdateEndpointRequestImports() throws IOException {
        CommandRun imported = importFile(file("update-endpoint.json", """
                {
                    "ApplicationId": "8c2b43c3e7f14fe4a0b5f0b7e6a1c2d3",
                    "EndpointId": "ep-1",
                    "EndpointRequest": {
                        "ChannelType": "SMS",
                        "Address": "+12065550142",
                        "Location": {"Country": "USA", "City": "Seattle"},
                        "User": {"UserId": "ann", "UserAttributes": {"FirstName": ["Ann"]}}
                    }
                }
                """));

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("1 created");
        assertThat(exported("ndjson")).contains("\"Id\":\"ep-1\"", "\"Address\":\"+12065550142\"", "\"Country\":\"US\"",
                "\"FirstName\":[\"Ann\"]");
    }

    @Test
    void aBareEndpointAndAGetEndpointResponseImport() throws IOException {
        Path bare = file("endpoint.json", """
                {
                  "ChannelType": "EMAIL",
                  "Address": "bare@example.com",
                  "Id": "ep-bare"
                }
                """);
        Path response = file("get-endpoint.json", """
                {
                    "EndpointResponse": {
                        "Address": "resp@example.com",
                        "ApplicationId": "8c2b43c3e7f14fe4a0b5f0b7e6a1c2d3",
                        "Attributes": {"Interests": ["hiking"]},
                        "ChannelType": "EMAIL",
                        "CohortId": "42",
                        "CreationDate": "2024-05-01T10:00:00.000Z",
                        "EffectiveDate": "2024-05-02T10:00:00.000Z",
                        "EndpointStatus": "ACTIVE",
                        "Id": "ep-resp",
                        "Location": {"Country": "CAN"},
                        "OptOut": "NONE",
                        "RequestId": "d1f9c6a0-0000-4000-8000-000000000000",
                        "User": {"UserId": "bob"}
                    }
                }
                """);
        Path bareResponse = file("bare-response.json", """
                {
                    "Address": "bare-resp@example.com",
                    "ApplicationId": "8c2b43c3e7f14fe4a0b5f0b7e6a1c2d3",
                    "ChannelType": "EMAIL",
                    "CohortId": "7",
                    "Id": "ep-bare-resp",
                    "RequestId": "d1f9c6a0-0000-4000-8000-000000000001"
                }
                """);

        assertThat(importFile(bare).out()).contains("1 created");
        assertThat(importFile(response).out()).contains("1 created");
        assertThat(importFile(bareResponse).out()).contains("1 created");
        assertThat(exported("ndjson")).contains("\"Id\":\"ep-bare\"", "\"Id\":\"ep-resp\"", "\"CohortId\":\"42\"",
                "\"Country\":\"CA\"", "\"Id\":\"ep-bare-resp\"");
    }

    @Test
    void anEndpointBatchRequestImportsEachItemNamingTheLineOfABadOne() throws IOException {
        CommandRun imported = importFile(file("batch.json", """
                {
                  "Item": [
                    {"Id": "b1", "ChannelType": "EMAIL", "Address": "one@example.com"},
                    {
                      "Id": "b2",
                      "ChannelType": "EMAIL",
                      "Address": "nobody"
                    },
                    {"Id": "b3", "ChannelType": "EMAIL", "Address": "three@example.com",
                     "Location": {"Country": "DEU"}}
                  ]
                }
                """), "--skip-bad-rows");

        assertThat(imported.exitCode()).isZero();
        assertThat(imported.out()).contains("2 created, 0 updated, 0 unchanged, 1 rejected",
                "  line 4: Item[1].Address: \"nobody\" is not a valid email address");
        assertThat(exported("ndjson")).contains("\"Id\":\"b1\"", "\"Id\":\"b3\"", "\"Country\":\"DE\"");
    }

    @Test
    void aBatchOnOneLineImportsToo() throws IOException {
        CommandRun imported = importFile(file("batch.json", "{\"Item\":[{\"ChannelType\":\"EMAIL\",\"Address\":"
                + "\"x@example.com\"},{\"ChannelType\":\"EMAIL\",\"Address\":\"y@example.com\"}]}\n"));

        assertThat(imported.out()).contains("2 created");
    }

    @Test
    void anyOtherJsonDocumentSaysWhatIsExpected() throws IOException {
        CommandRun array = importFile(file("list.json", """
                [
                  {"ChannelType": "EMAIL", "Address": "x@example.com"}
                ]
                """));

        assertThat(array.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(array.err()).contains("list.json", "expected one endpoint per line (NDJSON) or {\"Item\":[…]}");
        assertThat(endpointCount()).contains("Endpoints:  0");
    }

    @Test
    void brokenPrettyPrintedJsonSaysWhereWithoutAStackTrace() throws IOException {
        CommandRun broken = importFile(file("broken.json", """
                {
                  "Item": [
                    {"ChannelType": "EMAIL", "Address": "x@example.com"},
                    {"ChannelType": "EMAIL" "Address": "y@example.com"}
                  ]
                }
                """));

        assertThat(broken.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(broken.err()).contains("broken.json, line 4").contains("nothing of this import was kept");
        assertThat(endpointCount()).contains("Endpoints:  0");
    }

    // 16: an import that stops at a bad row says where, and everything wrong with it

    @Test
    void anImportThatStopsSaysAtWhichLineAndListsEveryProblemOfThatRow() throws IOException {
        StringBuilder header = new StringBuilder("ChannelType,Address,Location.Country");
        StringBuilder bad = new StringBuilder(",nobody,XX");
        for (int name = 1; name <= 11; name++) {
            header.append(",Attributes.A").append(name);
            bad.append(',').append("x".repeat(101));
        }
        Path file = file("people.csv", header + "\n" + bad + "\nEMAIL,b@example.com,US" + ",v".repeat(11) + "\n"
                + "EMAIL,c@example.com,US" + ",v".repeat(11) + "\n");

        CommandRun imported = importFile(file);

        assertThat(imported.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(imported.out()).doesNotContain("Read 1 row")
                .contains("Stopped at line 2 of people.csv", "nothing of the file was kept",
                        "  line 2: ChannelType: a new endpoint needs a channel type",
                        "  line 2: Location.Country: \"XX\" is not a two-letter ISO country code",
                        "  line 2: Attributes.A1: a value is 101 characters long",
                        "  line 2: Attributes.A11: a value is 101 characters long")
                .doesNotContain("and more");
        assertThat(endpointCount()).contains("Endpoints:  0");
    }

    // 21: phone numbers exported as Pinpoint reads them

    @Test
    void csvExportLeavesNumbersAloneAndStillGuardsFormulas() throws IOException {
        importFile(file("people.csv", "Id,ChannelType,Address,Location.Longitude,Attributes.Note,Attributes.Note,"
                + "Attributes.Note,Attributes.Note,Metrics.Balance\n"
                + "e1,SMS,+12065550142,-122.33,=1+2,+vip,-minus,@home,-12.5\n"
                + "e2,EMAIL,a@example.com,,''=kept,+1e3,,,\n"));

        String guarded = exported("csv");
        Path raw = folder.resolve("raw.csv");
        CommandRun rawExport = run("export", "--workspace", workspace.toString(), "--format", "csv",
                "--no-formula-guard", raw.toString());

        assertThat(guarded).contains(",+12065550142,", ",-122.33,", ",-12.5", ",'=1+2,", ",'+vip,", ",'-minus,",
                ",'@home", ",''=kept,", ",+1e3,");
        assertThat(rawExport.exitCode()).isZero();
        assertThat(Files.readString(raw)).contains(",=1+2,", ",+vip,", ",-minus,", ",@home", ",'=kept,");
    }

    @Test
    void aGuardedCsvExportImportsBackExactly() throws IOException {
        importFile(file("people.csv", "Id,ChannelType,Address,Attributes.Note,Attributes.Note,Attributes.Note\n"
                + "e1,SMS,+12065550142,=1+2,+vip,''=kept\ne2,EMAIL,a@example.com,-5,'plain,@x\n"));
        String before = exported("ndjson");
        Path csv = folder.resolve("all.csv");
        run("export", "--workspace", workspace.toString(), "--format", "csv", csv.toString());

        workspace = folder.resolve("copy.tidings");
        run("workspace", "create", workspace.toString());
        CommandRun imported = importFile(csv);

        assertThat(imported.out()).contains("2 created");
        assertThat(exported("ndjson")).isEqualTo(before);
    }

    // 22: the same list imported again, without ids

    @Test
    void aListWithoutIdsImportedAgainUpdatesTheEndpointsItCreated() throws IOException {
        String list = "ChannelType,Address,User.UserId,Attributes.Tier\nEMAIL,a@example.com,ann,Gold\n"
                + "SMS,(206) 555-0142,,Silver\nEMAIL,c@example.com,,Bronze\n";
        CommandRun first = importFile(file("list.csv", list));

        CommandRun again = importFile(file("list.csv", list));
        CommandRun changed = importFile(file("list.csv", list.replace("Silver", "Gold")));
        CommandRun otherUser = importFile(file("other.csv", "ChannelType,Address,User.UserId\nEMAIL,a@example.com,bob\n"
                + "EMAIL,c@example.com,cy\n"));

        assertThat(first.out()).contains("3 created, 0 updated, 0 unchanged, 0 rejected");
        assertThat(again.out()).contains("0 created, 0 updated, 3 unchanged, 0 rejected");
        assertThat(changed.out()).contains("0 created, 1 updated, 2 unchanged, 0 rejected");
        assertThat(otherUser.out()).as("a row that names a user matches only that user's endpoint")
                .contains("2 created, 0 updated, 0 unchanged, 0 rejected");
        assertThat(endpointCount()).contains("Endpoints:  5");
    }

    @Test
    void anAddressTwiceInOneFileWithoutIdsIsOneEndpoint() throws IOException {
        CommandRun imported = importFile(file("list.csv", "ChannelType,Address,Attributes.Tier\n"
                + "EMAIL,a@example.com,Gold\nEMAIL,b@example.com,Gold\nEMAIL,a@example.com,Silver\n"));

        assertThat(imported.out()).contains("2 created, 1 updated, 0 unchanged, 0 rejected");
        assertThat(endpointCount()).contains("Endpoints:  2");
        assertThat(exported("csv").split("a@example.com", -1)).hasSize(2);
        assertThat(exported("ndjson")).contains("\"Address\":\"a@example.com\"", "\"Tier\":[\"Silver\"]");
    }

    // 12: more attribute names than Pinpoint allows

    /** A file of one new endpoint with attributes A1 to A{@code names}, then the given columns. */
    private Path wideFile(int names, String moreHeaders, String moreCells) throws IOException {
        StringBuilder header = new StringBuilder("ChannelType,Address");
        StringBuilder row = new StringBuilder("EMAIL,a@example.com");
        for (int name = 1; name <= names; name++) {
            header.append(",Attributes.A").append(name);
            row.append(",v");
        }
        return file("wide.csv", header + moreHeaders + "\n" + row + moreCells + "\n");
    }

    @Test
    void aFileWithMoreAttributeNamesThanAllowedSaysHowManyItAddsAndWhichAreOver() throws IOException {
        CommandRun imported = importFile(wideFile(10_000, "", ""));

        assertThat(imported.exitCode()).isEqualTo(TidingsCommand.FAILED);
        assertThat(imported.out()).doesNotContain("already has 0")
                .contains("line 2: Attributes.A251: the file adds 10,000 attribute names",
                        "Pinpoint allows at most 250", "Attributes.A251, Attributes.A252, Attributes.A253",
                        "and 9,747 more");
    }

    @Test
    void twoHundredAndFiftyOneNamesNameTheOneOver() throws IOException {
        CommandRun imported = importFile(wideFile(250, ",Metrics.Visits", ",3"));

        assertThat(imported.out()).contains("line 2: Metrics.Visits: the file adds 251 attribute names",
                "Pinpoint allows at most 250").doesNotContain("already has");
    }
}
