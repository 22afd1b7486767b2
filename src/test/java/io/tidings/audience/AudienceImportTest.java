package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.work.Progress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudienceImportTest {

    @TempDir
    Path folder;

    private AudienceFixture audience;

    @BeforeEach
    void openWorkspace() {
        audience = new AudienceFixture(folder, "import", 4);
    }

    @AfterEach
    void closeWorkspace() {
        audience.close();
    }

    @Test
    void importsPinpointCsvWithRepeatedHeadersAsSeveralValues() throws IOException {
        ImportResult result = audience.importCsv("""
                Id,ChannelType,Address,Location.Country,User.UserId,User.UserAttributes.FirstName,Attributes.Interests,Attributes.Interests,Metrics.Purchases,Demographic.Timezone
                e1,EMAIL,ann@example.com,us,u1,Ann,hiking,yoga,3,Europe/Berlin
                e2,SMS,(415) 555-0132,US,u1,Ann,running,,0.5,
                """);

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.rejected()).isZero();
        Endpoint ann = audience.endpoint("e1");
        assertThat(ann.attributes()).isEqualTo(Map.of("Interests", List.of("hiking", "yoga")));
        assertThat(ann.metrics()).isEqualTo(Map.of("Purchases", 3.0));
        assertThat(ann.location().country()).isEqualTo("US");
        assertThat(ann.user().userAttributes()).isEqualTo(Map.of("FirstName", List.of("Ann")));
        assertThat(ann.demographic().timezone()).isEqualTo("Europe/Berlin");
        assertThat(ann.cohortId()).isEqualTo(Endpoint.cohortOf("e1"));
        assertThat(audience.endpoint("e2").address()).isEqualTo("+14155550132");
        assertThat(audience.endpoint("e2").attributes()).isEqualTo(Map.of("Interests", List.of("running")));
    }

    @Test
    void readsAByteOrderMarkAndQuotedLineBreaksAndNumbersRowsByTheirFirstLine() throws IOException {
        ImportResult result = audience.importCsv("\uFEFFChannelType,Address,Attributes.Note\n"
                + "EMAIL,a@example.com,\"two\nlines\"\n"
                + "EMAIL,not-an-email,x\n");

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.rejections()).containsExactly(
                new RejectedRow(4, "Address", "\"not-an-email\" is not a valid email address"));
        assertThat(audience.endpoints().values()).extracting(endpoint -> endpoint.attributes().get("Note"))
                .containsExactly(List.of("two\nlines"));
    }

    @Test
    void generatesAnIdForANewEndpointWithout() throws IOException {
        audience.importCsv("ChannelType,Address\nEMAIL,a@example.com\n");

        assertThat(audience.endpoints().keySet()).singleElement().asString()
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    }

    @Test
    void aRowWithAKnownIdUpdatesOnlyWhatItGives() throws IOException {
        audience.importCsv("""
                Id,ChannelType,Address,Location.City,Attributes.Interests,Attributes.Interests,Attributes.Tier,Metrics.Visits
                e1,EMAIL,ann@example.com,Berlin,hiking,yoga,Gold,4
                """);

        ImportResult update = audience.importCsv("""
                Id,Address,Location.City,Attributes.Interests,Metrics.Orders
                e1,ann@example.org,,climbing,2
                """);

        assertThat(update.updated()).isEqualTo(1);
        assertThat(update.created()).isZero();
        Endpoint ann = audience.endpoint("e1");
        assertThat(ann.address()).isEqualTo("ann@example.org");
        assertThat(ann.location().city()).isEqualTo("Berlin");
        assertThat(ann.attributes()).isEqualTo(Map.of("Interests", List.of("climbing"), "Tier", List.of("Gold")));
        assertThat(ann.metrics()).isEqualTo(Map.of("Visits", 4.0, "Orders", 2.0));
    }

    @Test
    void aListImportedAgainCountsTheRowsThatChangeNothingAsUnchanged() throws IOException {
        String list = """
                Id,ChannelType,Address,User.UserId,Attributes.Tier,Metrics.Visits
                e1,EMAIL,ann@example.com,ann,Gold,4
                e2,EMAIL,bob@example.com,bob,Silver,2
                e3,EMAIL,cy@example.com,cy,Bronze,1
                """;
        audience.importCsv(list);

        ImportResult again = audience.importCsv(list.replace("bob,Silver,2", "bob,Gold,2"));

        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(audience.endpoint("e2").attributes()).isEqualTo(Map.of("Tier", List.of("Gold")));
        assertThat(audience.endpoint("e1").attributes()).isEqualTo(Map.of("Tier", List.of("Gold")));
        assertThat(audience.endpoint("e1").metrics()).isEqualTo(Map.of("Visits", 4.0));
    }

    @Test
    void aRowThatRepeatsPartOfWhatIsStoredIsUnchangedAndKeepsTheRest() throws IOException {
        audience.importCsv("""
                Id,ChannelType,Address,Location.City,Attributes.Tier,Attributes.Interests,Metrics.Visits
                e1,SMS,+14155550132,Berlin,Gold,hiking,4
                e2,EMAIL,bob@example.com,Paris,Silver,yoga,2
                """);

        ImportResult again = audience.importCsv("""
                Id,Address,Attributes.Tier,Metrics.Visits
                e1,(415) 555-0132,Gold,4
                e2,bob@example.com,Silver,3
                """);

        assertThat(again.unchanged()).as("e1's number, written as a US number, is what is stored").isEqualTo(1);
        assertThat(again.updated()).isEqualTo(1);
        Endpoint e1 = audience.endpoint("e1");
        assertThat(e1.address()).isEqualTo("+14155550132");
        assertThat(e1.location().city()).isEqualTo("Berlin");
        assertThat(e1.attributes()).isEqualTo(Map.of("Tier", List.of("Gold"), "Interests", List.of("hiking")));
        assertThat(audience.endpoint("e2").metrics()).isEqualTo(Map.of("Visits", 3.0));
        assertThat(audience.endpoint("e2").attributes())
                .isEqualTo(Map.of("Tier", List.of("Silver"), "Interests", List.of("yoga")));
    }

    @Test
    void updatesThatChangeDifferentFieldsEachWriteTheirOwnAndKeepTheIndexesWhole() throws IOException {
        StringBuilder first = new StringBuilder("Id,ChannelType,Address,Location.City,Attributes.Tier,Metrics.Visits\n");
        StringBuilder second = new StringBuilder("Id,Address,Location.City,Attributes.Tier,Metrics.Visits\n");
        for (int row = 0; row < 200; row++) {
            first.append("e").append(row).append(",EMAIL,p").append(row).append("@example.com,Berlin,Gold,").append(row)
                    .append('\n');
            // Each row changes a different mix of fields: 2^4 shapes of update, over and over.
            second.append("e").append(row).append(',')
                    .append((row & 1) != 0 ? "q" + row + "@example.org" : "").append(',')
                    .append((row & 2) != 0 ? "Paris" : "").append(',')
                    .append((row & 4) != 0 ? "Silver" : "").append(',')
                    .append((row & 8) != 0 ? String.valueOf(row * 10) : "").append('\n');
        }
        audience.importCsv(first.toString());

        ImportResult result = audience.importCsv(second.toString());

        assertThat(result.updated()).isEqualTo(200 - 200 / 16 - 1);
        assertThat(result.unchanged()).isEqualTo(200 / 16 + 1);
        for (int row = 0; row < 200; row++) {
            Endpoint endpoint = audience.endpoint("e" + row);
            assertThat(endpoint.address()).isEqualTo((row & 1) != 0 ? "q" + row + "@example.org" : "p" + row + "@example.com");
            assertThat(endpoint.location().city()).isEqualTo((row & 2) != 0 ? "Paris" : "Berlin");
            assertThat(endpoint.attributes().get("Tier")).containsExactly((row & 4) != 0 ? "Silver" : "Gold");
            assertThat(endpoint.metrics().get("Visits")).isEqualTo((row & 8) != 0 ? row * 10.0 : row);
        }
        String integrity = audience.workspace.database().read(connection -> {
            try (var statement = connection.createStatement();
                    var check = statement.executeQuery("PRAGMA integrity_check")) {
                check.next();
                return check.getString(1);
            }
        });
        assertThat(integrity).isEqualTo("ok");
    }

    @Test
    void anIdRepeatedInALaterBatchUpdatesTheEndpointTheFileCreated() throws IOException {
        StringBuilder csv = new StringBuilder("Id,ChannelType,Address,User.UserId\n");
        for (int row = 1; row <= 16; row++) {
            csv.append("e").append(row).append(",EMAIL,a").append(row).append("@example.com,ann\n");
        }
        csv.append("e1,EMAIL,again@example.com,ann\n");
        Path file = audience.file("repeat.csv", csv.toString());

        ImportResult result = audience.importFile(file, ErrorPolicy.STOP_AT_FIRST_ERROR);

        assertThat(result.stoppedAtError()).isTrue();
        assertThat(result.rejections()).containsExactly(new RejectedRow(17, "User.UserId",
                "user \"ann\" already has 15 endpoints, Pinpoint's limit per user"));
        Path first15 = audience.file("first15.csv", csv.toString().replace("e16,EMAIL,a16@example.com,ann\n", ""));
        ImportResult withoutSixteenth = audience.importFile(first15, ErrorPolicy.STOP_AT_FIRST_ERROR);
        assertThat(withoutSixteenth.created()).isEqualTo(15);
        assertThat(withoutSixteenth.updated()).isEqualTo(1);
        assertThat(audience.endpoint("e1").address()).isEqualTo("again@example.com");
    }

    @Test
    void rowsWithoutAnIdUpdateTheEndpointWithTheirChannelAndAddressAcrossBatchesOfAnEmptyAudiencesLoad()
            throws IOException {
        List<String> indexes = audience.endpointIndexes();
        StringBuilder csv = new StringBuilder("ChannelType,Address,Attributes.Tier\n");
        for (int row = 1; row <= 6; row++) {
            csv.append("EMAIL,p").append(row).append("@example.com,Gold\n");
        }
        csv.append("SMS,+14155550132,Gold\nEMAIL,p2@example.com,Silver\nEMAIL,p6@example.com,Gold\n"
                + "SMS,(415) 555-0132,Silver\nEMAIL,p7@example.com,Gold\n");

        ImportResult oneTransaction = audience.importer.run(new ImportRequest(audience.file("list.csv", csv.toString()),
                null, null, ErrorPolicy.STOP_AT_FIRST_ERROR, null, null), Progress.NONE);

        assertThat(oneTransaction.created()).isEqualTo(8);
        assertThat(oneTransaction.updated()).isEqualTo(2);
        assertThat(oneTransaction.unchanged()).isEqualTo(1);
        assertThat(audience.endpoints().values()).hasSize(8).filteredOn(endpoint -> endpoint.address().equals("p2@example.com"))
                .singleElement().extracting(endpoint -> endpoint.attributes().get("Tier")).isEqualTo(List.of("Silver"));
        assertThat(audience.endpointIndexes()).isEqualTo(indexes);
    }

    @Test
    void rowsWithoutAnIdAfterRowsWithIdsInAnEmptyAudiencesLoadMatchWhatThoseCreated() throws IOException {
        List<String> indexes = audience.endpointIndexes();
        String withIds = "e1,EMAIL,a@example.com,ann\ne2,EMAIL,b@example.com,\ne3,SMS,+14155550132,cy\n"
                + "e4,EMAIL,d@example.com,dee\n";
        String withoutIds = ",EMAIL,a@example.com,ann\n,EMAIL,b@example.com,bob\n,SMS,+14155550132,\n"
                + ",EMAIL,d@example.com,\n,EMAIL,e@example.com,\n";

        ImportResult result = audience.importer.run(new ImportRequest(audience.file("mixed.csv",
                "Id,ChannelType,Address,User.UserId\n" + withIds + withoutIds), null, null,
                ErrorPolicy.STOP_AT_FIRST_ERROR, null, null), Progress.NONE);

        assertThat(result.created()).as("e1 to e4, then b@ for bob and e@").isEqualTo(6);
        assertThat(result.unchanged()).isEqualTo(3);
        assertThat(audience.endpoints()).hasSize(6);
        assertThat(audience.endpointIndexes()).isEqualTo(indexes);
    }

    @Test
    void rowsWithoutAnIdMatchAsTheImportThatCommitsAsItGoesWroteThem() throws IOException {
        String list = "ChannelType,Address,User.UserId\nEMAIL,a@example.com,ann\nEMAIL,b@example.com,\n"
                + "EMAIL,c@example.com,cy\nEMAIL,d@example.com,\nEMAIL,a@example.com,ann\nEMAIL,b@example.com,bob\n";

        ImportResult first = audience.importCsv(list);
        ImportResult again = audience.importCsv(list);
        ImportPreview preview = audience.importer.preview(audience.file("one.csv", "ChannelType,Address\nEMAIL,c@example.com\n"),
                null, null, 1);

        assertThat(first.created()).isEqualTo(5);
        assertThat(first.unchanged()).isEqualTo(1);
        assertThat(again.created()).isZero();
        assertThat(again.unchanged()).isEqualTo(6);
        assertThat(preview.rows().get(0).endpoint().user().userId()).as("the stored endpoint, as it would be updated")
                .isEqualTo("cy");
    }

    @Test
    void anUpdateIsCheckedAgainstTheStoredChannel() throws IOException {
        audience.importCsv("Id,ChannelType,Address\ne1,SMS,+14155550132\n");

        ImportResult update = audience.importCsv("Id,Address\ne1,not a phone\n");

        assertThat(update.rejections()).extracting(RejectedRow::field).containsExactly("Address");
        assertThat(audience.endpoint("e1").address()).isEqualTo("+14155550132");
    }

    @Test
    void aNewEndpointNeedsAChannelAndAnAddress() throws IOException {
        ImportResult result = audience.importCsv("Id,Location.City\ne9,Paris\n");

        assertThat(result.rejections()).containsExactly(
                new RejectedRow(2, "ChannelType", "a new endpoint needs a channel type, such as EMAIL or SMS"),
                new RejectedRow(2, "Address", "a new endpoint needs an address"));
    }

    @Test
    void stopAtFirstErrorLeavesTheWorkspaceAsItWas() throws IOException {
        audience.importCsv("Id,ChannelType,Address,Attributes.Tier\nkeep,EMAIL,keep@example.com,Gold\n");
        Map<String, Endpoint> before = audience.endpoints();
        Path errors = folder.resolve("errors.csv");

        ImportResult result = audience.importer.run(new ImportRequest(tenPercentBad(), null, null,
                ErrorPolicy.STOP_AT_FIRST_ERROR, "Spring", errors), Progress.NONE);

        assertThat(result.stoppedAtError()).isTrue();
        assertThat(result.rowsRead()).isEqualTo(10);
        assertThat(result.lastLineLanded()).isZero();
        assertThat(result.created()).isZero();
        assertThat(result.rejections()).containsExactly(
                new RejectedRow(11, "Location.Country", "\"XX\" is not a two-letter ISO country code such as US or DE"));
        assertThat(audience.endpoints()).isEqualTo(before);
        assertThat(audience.segmentMembers("Spring")).isEmpty();
        assertThat(Files.readAllLines(errors)).containsExactly("line,field,reason",
                "11,Location.Country,\"\"\"XX\"\" is not a two-letter ISO country code such as US or DE\"");
    }

    @Test
    void skipBadRowsImportsTheRestAndListsEveryBadLine() throws IOException {
        Path errors = folder.resolve("errors.csv");

        ImportResult result = audience.importer.run(new ImportRequest(tenPercentBad(), null, null,
                ErrorPolicy.SKIP_BAD_ROWS, null, errors), Progress.NONE);

        assertThat(result.rowsRead()).isEqualTo(100);
        assertThat(result.created()).isEqualTo(90);
        assertThat(result.rejected()).isEqualTo(10);
        assertThat(result.lastLineLanded()).isEqualTo(101);
        assertThat(audience.endpoints()).hasSize(90);
        assertThat(Files.readAllLines(errors)).hasSize(11).element(10).asString().startsWith("101,Location.Country,");
        assertThat(Files.readAllLines(errors).subList(1, 11)).extracting(line -> line.split(",")[0])
                .containsExactly("11", "21", "31", "41", "51", "61", "71", "81", "91", "101");
    }

    @Test
    void theRejectedRowsAreSavedAsTheFileHadThemToCorrectAndImportAgain() throws IOException {
        Path file = audience.file("people.csv", """
                Id,ChannelType,Address,Location.Country,User.UserAttributes.Note,Metrics.Visits
                e1,EMAIL,ann@example.com,DE,"says ""hi"", twice",1
                e2,SMS,+14155550123,XX,"two
                lines",2
                e3,EMAIL,bob@example.com,FR,,3
                e4,EMAIL,cy@example.com,DE,'=HYPERLINK(x),many
                """);
        Path toCorrect = folder.resolve("to-correct.csv");

        ImportResult result = audience.importer.run(new ImportRequest(file, null, null, ErrorPolicy.SKIP_BAD_ROWS,
                null, null, toCorrect), Progress.NONE);

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.rejected()).isEqualTo(2);
        // Issue 16, item 21: the phone number is a plain number, written as the file had it (it was guarded with ' before).
        assertThat(Files.readString(toCorrect)).isEqualTo(
                "Id,ChannelType,Address,Location.Country,User.UserAttributes.Note,Metrics.Visits\r\n"
                        + "e2,SMS,+14155550123,XX,\"two\nlines\",2\r\n"
                        + "e4,EMAIL,cy@example.com,DE,'=HYPERLINK(x),many\r\n");

        Path corrected = Files.writeString(folder.resolve("corrected.csv"),
                Files.readString(toCorrect).replace(",XX,", ",US,").replace(",many", ",7"));
        ImportResult again = audience.importFile(corrected, ErrorPolicy.STOP_AT_FIRST_ERROR);

        assertThat(again.created()).isEqualTo(2);
        assertThat(audience.endpoints()).hasSize(4);
        assertThat(audience.endpoint("e2").address()).isEqualTo("+14155550123");
        assertThat(audience.endpoint("e2").user().userAttributes()).containsEntry("Note", List.of("two\nlines"));
        assertThat(audience.endpoint("e4").user().userAttributes()).containsEntry("Note", List.of("=HYPERLINK(x)"));
    }

    @Test
    void readsCsvSeparatedBySemicolonsOrTabsAsSpreadsheetsSaveIt() throws IOException {
        Path semicolons = audience.file("europe.csv", """
                Id;ChannelType;Address;Location.City;Metrics.Visits
                e1;EMAIL;ann@example.com;"Saint-Denis; Réunion";3
                e2;EMAIL;bob@example.com;Lyon;3,5
                """);
        Path tabs = audience.file("export.txt", "Id\tChannelType\tAddress\tLocation.City\ne3\tEMAIL\tcy@example.com\tOslo, Norway\n");
        Path toCorrect = folder.resolve("to-correct.csv");

        ImportResult europe = audience.importer.run(new ImportRequest(semicolons, ImportFormat.CSV, null,
                ErrorPolicy.SKIP_BAD_ROWS, null, null, toCorrect), Progress.NONE);
        ImportResult export = audience.importer.run(new ImportRequest(tabs, ImportFormat.CSV, null,
                ErrorPolicy.STOP_AT_FIRST_ERROR, null, null), Progress.NONE);

        assertThat(europe.created()).isEqualTo(1);
        assertThat(audience.endpoint("e1").location().city()).isEqualTo("Saint-Denis; Réunion");
        assertThat(europe.rejections()).containsExactly(new RejectedRow(3, "Metrics.Visits", "\"3,5\" is not a number"));
        assertThat(Files.readAllLines(toCorrect)).as("the rows to correct keep the file's separator")
                .containsExactly("Id;ChannelType;Address;Location.City;Metrics.Visits", "e2;EMAIL;bob@example.com;Lyon;3,5");
        assertThat(export.created()).isEqualTo(1);
        assertThat(audience.endpoint("e3").location().city()).isEqualTo("Oslo, Norway");
        assertThat(audience.importer.headers(semicolons)).containsExactly("Id", "ChannelType", "Address",
                "Location.City", "Metrics.Visits");
    }

    @Test
    void aDateAloneIsThatDaysStartInUtcAndOtherDateFormsAreRefused() throws IOException {
        ImportResult result = audience.importCsv("""
                Id,ChannelType,Address,EffectiveDate,CreationDate
                e1,EMAIL,ann@example.com,2026-03-01,2026-03-01T09:30:00+02:00
                e2,EMAIL,bob@example.com,1/3/2026,
                """);

        assertThat(audience.endpoint("e1").effectiveDate()).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(audience.endpoint("e1").creationDate()).isEqualTo(Instant.parse("2026-03-01T07:30:00Z"));
        assertThat(result.rejections()).containsExactly(new RejectedRow(3, "EffectiveDate",
                "\"1/3/2026\" is not a date and time such as 2026-03-01T09:30:00Z (or a date such as 2026-03-01)"));
    }

    @Test
    void rowsRejectedAgainstTheWorkspaceAreAmongTheRowsToCorrect() throws IOException {
        StringBuilder csv = new StringBuilder("ChannelType,Address,User.UserId\n");
        for (int endpoint = 1; endpoint <= 16; endpoint++) {
            csv.append("EMAIL,a").append(endpoint).append("@example.com,ann\n");
        }
        csv.append("EMAIL,solo@example.com,nobody\n").append(",,ghost\n");
        Path toCorrect = folder.resolve("to-correct.csv");

        ImportResult result = audience.importer.run(new ImportRequest(audience.file("users.csv", csv.toString()), null,
                null, ErrorPolicy.SKIP_BAD_ROWS, null, null, toCorrect), Progress.NONE);

        assertThat(result.rejections()).extracting(RejectedRow::line).containsExactly(17L, 19L);
        assertThat(Files.readAllLines(toCorrect))
                .as("an empty first cell is quoted, so that the row is not read as a blank line")
                .containsExactly("ChannelType,Address,User.UserId", "EMAIL,a16@example.com,ann", "\"\",,ghost");
    }

    @Test
    void theRejectedItemsOfABatchDocumentAreSavedAsLinesToCorrectAndImportAgain() throws IOException {
        Path batch = audience.file("batch.json.gz.src", """
                {
                  "ApplicationId": "8c2b43c3e7f14fe4a0b5f0b7e6a1c2d3",
                  "EndpointBatchRequest": {
                    "Item": [
                      {"Id": "b1", "ChannelType": "EMAIL", "Address": "one@example.com"},
                      {"Id": "b2", "ChannelType": "EMAIL", "Address": "nobody",
                       "Location": {"Country": "Atlantis"}},
                      "not an endpoint"
                    ]
                  }
                }
                """);
        Path gzipped = folder.resolve("batch.json.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gzipped))) {
            out.write(Files.readAllBytes(batch));
        }
        Path toCorrect = folder.resolve("to-correct.json");

        ImportResult result = audience.importer.run(new ImportRequest(gzipped, null, null, ErrorPolicy.SKIP_BAD_ROWS,
                null, null, toCorrect), Progress.NONE);
        Files.writeString(toCorrect, Files.readString(toCorrect).replace("nobody", "two@example.com")
                .replace("Atlantis", "DEU").replace("\"not an endpoint\"\n", ""));
        ImportResult again = audience.importFile(toCorrect, ErrorPolicy.STOP_AT_FIRST_ERROR);

        assertThat(result.created()).isEqualTo(1);
        assertThat(result.rejections()).containsExactly(
                new RejectedRow(6, "EndpointBatchRequest.Item[1].Address", "\"nobody\" is not a valid email address"),
                new RejectedRow(6, "EndpointBatchRequest.Item[1].Location.Country",
                        "\"Atlantis\" is not a two-letter ISO country code such as US or DE"),
                new RejectedRow(8, "EndpointBatchRequest.Item[2]", "must be an endpoint object"));
        assertThat(again.created()).isEqualTo(1);
        assertThat(audience.endpoint("b2").location().country()).isEqualTo("DE");
    }

    @Test
    void theRejectedLinesOfAJsonFileAreSavedByteForByte() throws IOException {
        byte[] notUtf8 = {'{', '"', 'I', 'd', '"', ':', '"', (byte) 0xE9, '"', '}'};
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("""
                {"Id":"e1","ChannelType":"EMAIL","Address":"ann@example.com"}
                {"Id":"e2", broken
                """.getBytes(StandardCharsets.UTF_8));
        file.writeBytes(notUtf8);
        file.writeBytes("\r\n{\"Id\":\"e3\",\"ChannelType\":\"PIGEON\",\"Address\":\"roof\"}\n".getBytes(StandardCharsets.UTF_8));
        Path json = Files.write(folder.resolve("audience.json"), file.toByteArray());
        Path toCorrect = folder.resolve("to-correct.json");

        ImportResult result = audience.importer.run(new ImportRequest(json, null, null, ErrorPolicy.SKIP_BAD_ROWS,
                null, null, toCorrect), Progress.NONE);

        assertThat(result.created()).isEqualTo(1);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.writeBytes("{\"Id\":\"e2\", broken\n".getBytes(StandardCharsets.UTF_8));
        expected.writeBytes(notUtf8);
        expected.writeBytes("\n{\"Id\":\"e3\",\"ChannelType\":\"PIGEON\",\"Address\":\"roof\"}\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readAllBytes(toCorrect)).isEqualTo(expected.toByteArray());
    }

    @Test
    void aMappedFilesRowsToCorrectKeepItsOwnHeader() throws IOException {
        Path file = audience.file("list.csv", "email,first_name,country\nann@example.com,Ann,DE\nbob@example,Bob,US\n");
        Path toCorrect = folder.resolve("to-correct.csv");
        ColumnMapping mapping = new ColumnMapping(List.of("Address", "User.UserAttributes.FirstName", "Location.Country"),
                Map.of("ChannelType", "EMAIL"));

        ImportResult result = audience.importer.run(new ImportRequest(file, ImportFormat.CSV, mapping,
                ErrorPolicy.SKIP_BAD_ROWS, null, null, toCorrect), Progress.NONE);

        assertThat(result.created()).isEqualTo(1);
        assertThat(Files.readAllLines(toCorrect)).containsExactly("email,first_name,country", "bob@example,Bob,US");
    }

    @Test
    void theMappingStepReadsCountriesByTheirEnglishNamesOrEitherCode() throws IOException {
        Path file = audience.file("list.csv", "email,country\na@example.com,United States\nb@example.com,germany\n"
                + "c@example.com,CAN\nd@example.com,Cote d'Ivoire\ne@example.com,Atlantis\n");
        ColumnMapping mapping = new ColumnMapping(List.of("Address", "Location.Country"), Map.of("ChannelType", "EMAIL"));

        ImportResult result = audience.importer.run(new ImportRequest(file, ImportFormat.CSV, mapping,
                ErrorPolicy.SKIP_BAD_ROWS, null, null), Progress.NONE);
        ImportResult pinpointHeader = audience.importCsv("ChannelType,Address,Location.Country\nEMAIL,f@example.com,Germany\n");

        assertThat(audience.endpoints().values()).extracting(endpoint -> endpoint.location().country())
                .containsExactlyInAnyOrder("US", "DE", "CA", "CI");
        assertThat(result.rejections()).containsExactly(new RejectedRow(6, "Location.Country",
                "\"Atlantis\" is not a two-letter ISO country code such as US or DE"));
        assertThat(pinpointHeader.rejections()).as("a Pinpoint file holds codes, as Pinpoint's import takes them")
                .extracting(RejectedRow::field).containsExactly("Location.Country");
    }

    /** 100 rows on lines 2 to 101; every tenth row (lines 11, 21, ... 101) has an unknown country. */
    private Path tenPercentBad() throws IOException {
        StringBuilder csv = new StringBuilder("Id,ChannelType,Address,Location.Country\n");
        for (int row = 1; row <= 100; row++) {
            csv.append("e").append(row).append(",EMAIL,p").append(row).append("@example.com,")
                    .append(row % 10 == 0 ? "XX" : "DE").append('\n');
        }
        return audience.file("people.csv", csv.toString());
    }

    /** A progress whose user cancels once it has heard {@code updates} updates (the first comes before any batch). */
    private static Progress cancelledAfter(int updates) {
        AtomicInteger heard = new AtomicInteger();
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
                heard.incrementAndGet();
            }

            @Override
            public boolean isCancelled() {
                return heard.get() > updates;
            }
        };
    }

    @Test
    void aCancelledImportKeepsWholeBatchesAndSaysWhichLinesLanded() throws IOException {
        Progress cancelAfterTwoBatches = cancelledAfter(2);

        ImportResult result = audience.importer.run(new ImportRequest(tenPercentBad(), null, null,
                ErrorPolicy.SKIP_BAD_ROWS, "Partial", null), cancelAfterTwoBatches);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.lastLineLanded()).isEqualTo(9);
        assertThat(audience.endpoints().keySet())
                .containsExactlyInAnyOrder("e1", "e2", "e3", "e4", "e5", "e6", "e7", "e8");
        assertThat(audience.segmentMembers("Partial")).hasSize(8);
        assertThat(audience.endpointIndexes()).as("loaded into an empty audience: indexed at the end, stopped or not")
                .containsExactly("endpoint_by_address", "endpoint_segment");
    }

    @Test
    void aCancelledAllOrNothingImportLeavesNothing() throws IOException {
        Progress cancelAfterTwoBatches = cancelledAfter(2);
        Path file = audience.file("good.csv", "ChannelType,Address\n" + "EMAIL,a@example.com\n".repeat(20));

        ImportResult result = audience.importer.run(new ImportRequest(file, null, null,
                ErrorPolicy.STOP_AT_FIRST_ERROR, "Partial", null), cancelAfterTwoBatches);

        assertThat(result.cancelled()).isTrue();
        assertThat(result.lastLineLanded()).isZero();
        assertThat(result.created()).isZero();
        assertThat(audience.endpoints()).isEmpty();
        assertThat(audience.segmentMembers("Partial")).isEmpty();
    }

    @Test
    void theImportedSegmentHoldsExactlyTheEndpointsTouched() throws IOException {
        audience.importCsv("Id,ChannelType,Address\ne1,EMAIL,a@example.com\ne2,EMAIL,b@example.com\n");
        Path second = audience.file("second.csv", "Id,ChannelType,Address\ne2,EMAIL,b@example.org\ne3,EMAIL,c@example.com\n");

        audience.importer.run(new ImportRequest(second, null, null, ErrorPolicy.SKIP_BAD_ROWS, "Newsletter", null),
                Progress.NONE);
        audience.importer.run(new ImportRequest(second, null, null, ErrorPolicy.SKIP_BAD_ROWS, "Newsletter", null),
                Progress.NONE);

        assertThat(audience.segmentMembers("Newsletter")).containsExactly("e2", "e3");
    }

    @Test
    void aFileOfUserIdsSelectsThoseUsersEndpointsWithoutChangingThem() throws IOException {
        audience.importCsv("""
                Id,ChannelType,Address,User.UserId
                e1,EMAIL,a@example.com,ann
                e2,SMS,+14155550132,ann
                e3,EMAIL,b@example.com,bob
                """);
        Map<String, Endpoint> before = audience.endpoints();
        Path users = audience.file("users.csv", "User.UserId\nann\nnobody\n");

        ImportResult result = audience.importer.run(new ImportRequest(users, null, null, ErrorPolicy.SKIP_BAD_ROWS,
                "Ann only", null), Progress.NONE);

        assertThat(audience.segmentMembers("Ann only")).containsExactly("e1", "e2");
        assertThat(audience.endpoints()).isEqualTo(before);
        assertThat(result.rejections()).containsExactly(
                new RejectedRow(3, "User.UserId", "no endpoint in this workspace belongs to user \"nobody\""));
    }

    @Test
    void aUserHasAtMostFifteenEndpointsCountingThoseStored() throws IOException {
        StringBuilder csv = new StringBuilder("ChannelType,Address,User.UserId\n");
        for (int endpoint = 1; endpoint <= 14; endpoint++) {
            csv.append("EMAIL,a").append(endpoint).append("@example.com,ann\n");
        }
        audience.importCsv(csv.toString());

        ImportResult more = audience.importCsv("ChannelType,Address,User.UserId\nEMAIL,x@example.com,ann\n"
                + "EMAIL,y@example.com,ann\n");

        assertThat(more.created()).isEqualTo(1);
        assertThat(more.rejections()).containsExactly(new RejectedRow(3, "User.UserId",
                "user \"ann\" already has 15 endpoints, Pinpoint's limit per user"));
    }

    @Test
    void theWorkspaceHasAtMost250AttributeNames() throws IOException {
        StringBuilder header = new StringBuilder("ChannelType,Address");
        StringBuilder row = new StringBuilder("EMAIL,a@example.com");
        for (int name = 1; name <= 249; name++) {
            header.append(",Attributes.A").append(name);
            row.append(",v");
        }
        audience.importCsv(header + "\n" + row + "\n");

        ImportResult more = audience.importCsv("ChannelType,Address,Metrics.M1,User.UserAttributes.U1\n"
                + "EMAIL,b@example.com,1,\nEMAIL,c@example.com,,x\n");

        assertThat(more.created()).isEqualTo(1);
        assertThat(more.rejections()).containsExactly(new RejectedRow(3, "User.UserAttributes.U1",
                "the workspace already has 250 attribute names; Pinpoint allows at most 250 across Attributes, "
                        + "User.UserAttributes and Metrics"));
    }

    @Test
    void importsNdjsonInPinpointsShape() throws IOException {
        Path file = audience.file("audience.ndjson", """
                {"Id":"e1","ChannelType":"EMAIL","Address":"ann@example.com","Attributes":{"Interests":["a","b"]},"Metrics":{"Purchases":3},"Demographic":{"Platform":"ios"},"Location":{"Country":"DE","Latitude":52.52},"User":{"UserId":"ann","UserAttributes":{"FirstName":["Ann"]}},"OptOut":"ALL","EndpointStatus":"INACTIVE","EffectiveDate":"2026-01-02T03:04:05.678Z","CreationDate":"2025-01-02T03:04:05Z","CohortId":"42","ApplicationId":"x"}
                {"Id":"e2", broken
                {"Id":"e3","ChannelType":"PIGEON","Address":"roof","Colour":"red"}
                """);

        ImportResult result = audience.importFile(file, ErrorPolicy.SKIP_BAD_ROWS);

        assertThat(result.created()).isEqualTo(1);
        assertThat(audience.endpoint("e1")).isEqualTo(new Endpoint("e1", ChannelType.EMAIL, "ann@example.com",
                EndpointStatus.INACTIVE, OptOut.ALL, Instant.parse("2026-01-02T03:04:05.678Z"),
                Instant.parse("2025-01-02T03:04:05Z"), 42, Map.of("Interests", List.of("a", "b")),
                Map.of("Purchases", 3.0), new EndpointDemographic(null, null, null, null, null, "ios", null, null),
                new EndpointLocation(null, "DE", 52.52, null, null, null),
                new EndpointUser("ann", Map.of("FirstName", List.of("Ann")))));
        assertThat(result.rejections()).extracting(RejectedRow::line, RejectedRow::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, ""),
                org.assertj.core.groups.Tuple.tuple(3L, "Colour"),
                org.assertj.core.groups.Tuple.tuple(3L, "ChannelType"));
        assertThat(result.rejections().get(0).reason()).startsWith("the line is not valid JSON at column");
    }

    @Test
    void refusesAnUnknownHeaderNamingItsColumn() throws IOException {
        Path file = audience.file("odd.csv", "ChannelType,Address,Attributes.\n");

        assertThatThrownBy(() -> audience.importFile(file, ErrorPolicy.SKIP_BAD_ROWS))
                .isInstanceOf(ImportFileException.class)
                .hasMessage("odd.csv, line 1, column 3: \"Attributes.\" needs a name after \"Attributes.\"");
        Path foo = audience.file("foo.csv", "Foo,Address\n");
        assertThatThrownBy(() -> audience.importFile(foo, ErrorPolicy.SKIP_BAD_ROWS))
                .hasMessageStartingWith("foo.csv, line 1, column 1: \"Foo\" is not a Pinpoint endpoint field");
    }

    @Test
    void anUnclosedQuoteFailsTheImportSayingWhereAndWhatLanded() throws IOException {
        StringBuilder csv = new StringBuilder("ChannelType,Address\n");
        for (int row = 1; row <= 8; row++) {
            csv.append("EMAIL,a").append(row).append("@example.com\n");
        }
        csv.append("EMAIL,\"broken@example.com\nEMAIL,b@example.com\n");
        Path file = audience.file("broken.csv", csv.toString());

        assertThatThrownBy(() -> audience.importFile(file, ErrorPolicy.SKIP_BAD_ROWS))
                .isInstanceOfSatisfying(ImportFailedException.class, failed -> {
                    assertThat(failed.getMessage()).isEqualTo("broken.csv, line 10: a quoted value has no closing"
                            + " double quote, so the file ends inside it; the rows up to line 9 were imported");
                    assertThat(failed.landed().lastLineLanded()).isEqualTo(9);
                });
        assertThat(audience.endpoints()).hasSize(8);
    }

    @Test
    void newlineDelimitedJsonWithByteOrderMarkWindowsLineEndsAndBlankLinesKeepsItsLineNumbers() throws IOException {
        Path file = folder.resolve("export.json");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        bytes.write(("{\"Id\":\"e1\",\"ChannelType\":\"EMAIL\",\"Address\":\"ann@example.com\","
                + "\"Location\":{\"City\":\"K\u00f6ln\"}}\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"Id\":\"e2\",\"ChannelType\":\"EMAIL\",\"Address\":\"bob@example.com\",\"Location\":{\"City\":\""
                .getBytes(StandardCharsets.UTF_8));
        bytes.write("K\u00f6ln".getBytes(StandardCharsets.ISO_8859_1));
        bytes.write("\"}}\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("{\"Id\":\"e3\",\"ChannelType\":\"SMS\",\"Address\":\"+14155550132\"}".getBytes(StandardCharsets.UTF_8));
        Files.write(file, bytes.toByteArray());

        ImportResult result = audience.importFile(file, ErrorPolicy.SKIP_BAD_ROWS);

        assertThat(result.created()).isEqualTo(2);
        assertThat(result.rejections()).containsExactly(
                new RejectedRow(3, "", "the line is not UTF-8 text; save the file as UTF-8"));
        assertThat(audience.endpoint("e1").location().city()).isEqualTo("K\u00f6ln");
        assertThat(audience.endpoint("e3").address()).isEqualTo("+14155550132");
    }

    @Test
    void aJsonLineLongerThanAnyEndpointStopsTheImportSayingWhere() throws IOException {
        Path file = folder.resolve("one-line.json");
        try (var out = Files.newBufferedWriter(file)) {
            out.write("{\"Id\":\"e1\",\"ChannelType\":\"EMAIL\",\"Address\":\"ann@example.com\"}\n");
            char[] chunk = new char[1 << 20];
            java.util.Arrays.fill(chunk, 'x');
            out.write("{\"Id\":\"");
            for (int megabyte = 0; megabyte <= 16; megabyte++) {
                out.write(chunk);
            }
        }

        assertThatThrownBy(() -> audience.importFile(file, ErrorPolicy.SKIP_BAD_ROWS))
                .hasMessageStartingWith("one-line.json, line 2: the line is longer than 16 MB");
    }

    @Test
    void gzipCompressedFilesImportAsTheyAreWhateverTheirName() throws IOException {
        Path csv = gzip("march.csv.gz", "Id,ChannelType,Address\ne1,EMAIL,ann@example.com\n");
        Path json = gzip("part-0001.gz", "{\"Id\":\"e2\",\"ChannelType\":\"EMAIL\",\"Address\":\"bob@example.com\"}\n");

        assertThat(ImportFormats.of(json)).isEqualTo(ImportFormat.NDJSON);
        assertThat(audience.importFile(csv, ErrorPolicy.SKIP_BAD_ROWS).created()).isEqualTo(1);
        assertThat(audience.importFile(json, ErrorPolicy.SKIP_BAD_ROWS).created()).isEqualTo(1);
        assertThat(audience.endpoints().keySet()).containsExactlyInAnyOrder("e1", "e2");
    }

    @Test
    void aGzipFileCutShortIsRefusedAndNothingOfItStays() throws IOException {
        StringBuilder csv = new StringBuilder("ChannelType,Address\n");
        for (int row = 0; row < 20_000; row++) {
            csv.append("EMAIL,person").append(row).append("@example.com\n");
        }
        byte[] whole = Files.readAllBytes(gzip("whole.csv.gz", csv.toString()));
        Path cut = Files.write(folder.resolve("cut.csv.gz"), java.util.Arrays.copyOf(whole, whole.length / 2));

        assertThatThrownBy(() -> audience.importFile(cut, ErrorPolicy.STOP_AT_FIRST_ERROR))
                .hasMessageStartingWith("cut.csv.gz ends too soon: it was cut short while it was downloaded or copied");
        assertThat(audience.endpoints()).isEmpty();
    }

    private Path gzip(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    @Test
    void filesThatCannotBeReadAreRefusedSayingWhy() throws IOException {
        Path textAfterQuote = audience.file("after.csv", "ChannelType,Address\nEMAIL,a@example.com\nEMAIL,\"b@x.com\"x\n");
        Path latin1 = folder.resolve("latin1.csv");
        Files.write(latin1, "ChannelType,Address,Location.City\nEMAIL,a@example.com,K\u00f6ln\n"
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> audience.importFile(textAfterQuote, ErrorPolicy.SKIP_BAD_ROWS))
                .hasMessageStartingWith("after.csv, line 3: text follows a quoted value's closing double quote");
        assertThatThrownBy(() -> audience.importFile(latin1, ErrorPolicy.SKIP_BAD_ROWS))
                .hasMessageStartingWith("latin1.csv is not UTF-8 text");
        assertThatThrownBy(() -> audience.importFile(folder.resolve("missing.csv"), ErrorPolicy.SKIP_BAD_ROWS))
                .hasMessage("There is no file at " + folder.resolve("missing.csv").toAbsolutePath());
        assertThatThrownBy(() -> audience.importFile(folder, ErrorPolicy.SKIP_BAD_ROWS))
                .hasMessage(folder.toAbsolutePath() + " is a folder, not a file");
        assertThat(audience.endpoints()).isEmpty();
    }

    @Test
    void aFileForRejectedRowsThatCannotBeWrittenIsNamedAsTheProblem() throws IOException {
        Path file = audience.file("fine.csv", "ChannelType,Address\nEMAIL,a@example.com\n");
        Path errors = folder.resolve("missing").resolve("rejected.csv");

        assertThatThrownBy(() -> audience.importer.run(
                new ImportRequest(file, null, null, ErrorPolicy.SKIP_BAD_ROWS, null, errors), Progress.NONE))
                .hasMessage("The list of rejected rows: Cannot write " + errors.toAbsolutePath()
                        + ": there is no folder " + errors.getParent());
        assertThat(audience.endpoints()).isEmpty();
    }

    @Test
    void aLargeImportGivesBackItsLogsDiskSpaceWhileTheWorkspaceStaysOpen() throws IOException {
        StringBuilder csv = new StringBuilder("Id,ChannelType,Address,Attributes.Interests\n");
        for (int row = 0; row < 20_000; row++) {
            csv.append("e").append(row).append(",EMAIL,person").append(row).append("@example.com,running\n");
        }
        Path wal = audience.workspace.file().resolveSibling(audience.workspace.file().getFileName() + "-wal");

        ImportResult result = audience.importFile(audience.file("large.csv", csv.toString()), ErrorPolicy.STOP_AT_FIRST_ERROR);

        assertThat(result.created()).isEqualTo(20_000);
        assertThat(Files.size(audience.workspace.file())).isGreaterThan(2_000_000);
        assertThat(Files.exists(wal) ? Files.size(wal) : 0).as("the WAL after the import").isLessThan(100_000);
    }

    @Test
    void previewsMappedColumnsAsTheyWouldBeStored() throws IOException {
        Path file = audience.file("list.csv", "email,first_name,country,ignored\nann@example.com,Ann,de,x\nbad,Bob,US,y\n");

        ImportPreview preview = audience.importer.preview(file, ImportFormat.CSV,
                new ColumnMapping(java.util.Arrays.asList("Address", "User.UserAttributes.FirstName", "Location.Country", null)), 5);

        assertThat(audience.importer.headers(file)).containsExactly("email", "first_name", "country", "ignored");
        assertThat(preview.headers()).containsExactly("email", "first_name", "country", "ignored");
        assertThat(preview.rows()).hasSize(2);
        assertThat(preview.rows().get(0).problems()).extracting(RejectedRow::field).containsExactly("ChannelType");
        assertThat(preview.rows().get(0).accepted()).isFalse();
        assertThat(preview.rows().get(0).endpoint().address()).as("shown as read, next to its problems")
                .isEqualTo("ann@example.com");
        assertThat(preview.rows().get(0).endpoint().location().country()).isEqualTo("DE");
        assertThat(AudienceImport.standardFieldPaths()).startsWith("Id", "ChannelType", "Address")
                .contains("Location.Country", "Attributes.<name>");
    }
}
