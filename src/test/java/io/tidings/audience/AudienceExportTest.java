package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.work.Progress;
import io.tidings.work.WorkCancelledException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudienceExportTest {

    @TempDir
    Path folder;

    private static final List<Endpoint> EVERY_FIELD = List.of(
            new Endpoint("email-1", ChannelType.EMAIL, "ann@example.com", EndpointStatus.INACTIVE, OptOut.ALL,
                    Instant.parse("2026-03-01T09:30:00.123Z"), Instant.parse("2025-12-24T18:00:00Z"), 7,
                    Map.of("Interests", List.of("hiking", "=HYPERLINK(\"x\")", "a, \"quoted\"\nvalue"),
                            "Tier", List.of("'Gold"), "Note", List.of("@home", "-minus", "'=kept")),
                    Map.of("Purchases", 3.0, "Balance", -12.75),
                    new EndpointDemographic("1.2.3", "de_DE", "Apple", "iPhone", "15", "ios", "17.1", "Europe/Berlin"),
                    new EndpointLocation("München", "DE", 48.1351, -11.582, "80331", "Bayern"),
                    new EndpointUser("user-1", Map.of("FirstName", List.of("Zoë"), "Tags", List.of("+vip", "b")))),
            new Endpoint("sms-1", ChannelType.SMS, "+14155550132", EndpointStatus.ACTIVE, OptOut.NONE,
                    Instant.parse("2026-03-01T09:30:00Z"), Instant.parse("2026-03-01T09:30:00Z"), 99,
                    Map.of("Interests", List.of("yoga")), Map.of(), null, null, new EndpointUser("user-1", Map.of())),
            new Endpoint("push-1", ChannelType.APNS, "device-token-abc", EndpointStatus.ACTIVE, OptOut.NONE,
                    Instant.parse("2026-01-02T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"), 0, null, null, null,
                    null, null));

    @Test
    void everyFieldSurvivesCsvAndNdjsonRoundTrips() {
        try (AudienceFixture original = new AudienceFixture(folder, "original", 2);
                AudienceFixture viaCsv = new AudienceFixture(folder, "via-csv", 2);
                AudienceFixture viaJson = new AudienceFixture(folder, "via-json", 2)) {
            new AudienceService(original.workspace.database()).addEndpoints(EVERY_FIELD);

            Path csv = original.export(ExportFormat.CSV, new ExportScope.All(), "all.csv");
            ImportResult fromCsv = viaCsv.importFile(csv, ErrorPolicy.STOP_AT_FIRST_ERROR);
            Path json = viaCsv.export(ExportFormat.NDJSON, new ExportScope.All(), "all.ndjson");
            ImportResult fromJson = viaJson.importFile(json, ErrorPolicy.STOP_AT_FIRST_ERROR);

            assertThat(fromCsv.rejections()).isEmpty();
            assertThat(fromJson.rejections()).isEmpty();
            assertThat(original.endpoints()).hasSize(3);
            assertThat(viaCsv.endpoints()).isEqualTo(original.endpoints());
            assertThat(viaJson.endpoints()).isEqualTo(original.endpoints());
        }
    }

    /**
     * A value with a NUL character, as a workspace written before NUL was refused may hold: SQLite's length()
     * stops at the NUL, so the export counted no values in the column and left the whole column out.
     */
    @Test
    void aValueHoldingANulCharacterKeepsItsColumnInACsvExport() throws IOException {
        try (AudienceFixture fixture = new AudienceFixture(folder, "nul", 2)) {
            new AudienceService(fixture.workspace.database()).addEndpoints(List.of(EVERY_FIELD.get(1)));
            fixture.workspace.database().write(connection -> {
                try (var update = connection.createStatement()) {
                    update.executeUpdate("UPDATE endpoint SET " + column(connection, "Interests")
                            + " = char(31) || 'yo' || char(0) || 'ga' || char(31)");
                }
                return null;
            });

            Path csv = fixture.export(ExportFormat.CSV, new ExportScope.All(), "nul.csv");

            assertThat(Files.readAllLines(csv).get(0)).endsWith(",Attributes.Interests");
            assertThat(Files.readAllLines(csv).get(1)).endsWith(",yo\u0000ga");
        }
    }

    private static String column(java.sql.Connection connection, String name) throws java.sql.SQLException {
        try (var query = connection.prepareStatement("SELECT column_name FROM attribute_name WHERE name = ?")) {
            query.setString(1, name);
            try (var rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    @Test
    void aNameEndingInGzWritesACompressedFileThatImportsBackUnchanged() throws IOException {
        try (AudienceFixture original = new AudienceFixture(folder, "original", 2);
                AudienceFixture viaCsv = new AudienceFixture(folder, "via-csv", 2);
                AudienceFixture viaJson = new AudienceFixture(folder, "via-json", 2)) {
            new AudienceService(original.workspace.database()).addEndpoints(EVERY_FIELD);

            Path csv = original.export(ExportFormat.CSV, new ExportScope.All(), "all.csv.gz");
            Path json = original.export(ExportFormat.NDJSON, new ExportScope.All(), "all.json.gz");

            for (Path file : List.of(csv, json)) {
                byte[] start = java.util.Arrays.copyOf(Files.readAllBytes(file), 2);
                assertThat(start).as(file + " starts as gzip does").containsExactly(0x1F, 0x8B);
            }
            assertThat(viaCsv.importFile(csv, ErrorPolicy.STOP_AT_FIRST_ERROR).rejections()).isEmpty();
            assertThat(viaJson.importFile(json, ErrorPolicy.STOP_AT_FIRST_ERROR).rejections()).isEmpty();
            assertThat(viaCsv.endpoints()).isEqualTo(original.endpoints());
            assertThat(viaJson.endpoints()).isEqualTo(original.endpoints());
        }
    }

    @Test
    void csvCellsThatCouldRunAsFormulasAreNeutralised() throws IOException {
        try (AudienceFixture audience = new AudienceFixture(folder, "formulas", 2)) {
            new AudienceService(audience.workspace.database()).addEndpoints(EVERY_FIELD);

            String csv = Files.readString(audience.export(ExportFormat.CSV, new ExportScope.All(), "all.csv"));

            assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"", ",'@home,", ",'-minus,", ",''=kept", ",'+vip,");
            // Issue 16, item 21: plain numbers (an E.164 phone number, a negative longitude) are no formulas and
            // are written as they are, as Pinpoint's import reads them; they were guarded with ' before.
            assertThat(csv).contains(",+14155550132,", ",-11.582,");
            assertThat(csv).doesNotContain(",=", ",@", ",+vip", ",-minus");
        }
    }

    @Test
    void repeatsAnAttributeHeaderAsOftenAsTheMostValuesAnEndpointHas() throws IOException {
        try (AudienceFixture audience = new AudienceFixture(folder, "headers", 2)) {
            new AudienceService(audience.workspace.database()).addEndpoints(EVERY_FIELD);

            List<String> header = audience.importer.headers(
                    audience.export(ExportFormat.CSV, new ExportScope.All(), "all.csv"));

            assertThat(header).filteredOn("Attributes.Interests"::equals).hasSize(3);
            assertThat(header).filteredOn("User.UserAttributes.Tags"::equals).hasSize(2);
            assertThat(header).contains("Metrics.Purchases", "Metrics.Balance", "Location.Country", "CohortId");
        }
    }

    @Test
    void exportsOneUserOrOneSegment() throws IOException {
        try (AudienceFixture audience = new AudienceFixture(folder, "scopes", 2)) {
            new AudienceService(audience.workspace.database()).addEndpoints(EVERY_FIELD);
            audience.importer.run(new ImportRequest(audience.file("push.csv", "Id\npush-1\n"), null, null,
                    ErrorPolicy.STOP_AT_FIRST_ERROR, "Push", null), Progress.NONE);

            long userEndpoints = audience.exporter.run(new ExportRequest(ExportFormat.NDJSON,
                    new ExportScope.User("user-1"), folder.resolve("user.ndjson")), Progress.NONE);
            long segmentEndpoints = audience.exporter.run(new ExportRequest(ExportFormat.NDJSON,
                    new ExportScope.Segment("push"), folder.resolve("push.ndjson")), Progress.NONE);

            assertThat(userEndpoints).isEqualTo(2);
            assertThat(Files.readAllLines(folder.resolve("user.ndjson"))).hasSize(2)
                    .allSatisfy(line -> assertThat(line).contains("\"UserId\":\"user-1\""));
            assertThat(segmentEndpoints).isEqualTo(1);
            assertThat(Files.readString(folder.resolve("push.ndjson"))).startsWith("{\"Id\":\"push-1\"");
            assertThatThrownBy(() -> audience.exporter.run(new ExportRequest(ExportFormat.CSV,
                    new ExportScope.Segment("Nope"), folder.resolve("none.csv")), Progress.NONE))
                    .hasMessage("There is no segment called \"Nope\"");
        }
    }

    @Test
    void aCancelledExportLeavesTheFileThatWasThereAndNothingHalfWritten() throws IOException {
        try (AudienceFixture audience = new AudienceFixture(folder, "cancel", 500)) {
            StringBuilder csv = new StringBuilder("ChannelType,Address\n");
            for (int row = 0; row < 2_500; row++) {
                csv.append("EMAIL,person").append(row).append("@example.com\n");
            }
            audience.importCsv(csv.toString());
            Path out = Files.writeString(folder.resolve("audience.csv"), "last week's export\n");
            Progress cancelAfterFirstPage = new Progress() {
                private boolean updated;

                @Override
                public void update(long done, long total, String message) {
                    updated = true;
                }

                @Override
                public boolean isCancelled() {
                    return updated;
                }
            };

            assertThatThrownBy(() -> audience.exporter.run(
                    new ExportRequest(ExportFormat.CSV, new ExportScope.All(), out), cancelAfterFirstPage))
                    .isInstanceOf(WorkCancelledException.class);

            assertThat(Files.readString(out)).isEqualTo("last week's export\n");
            assertThat(folder.resolve("audience.csv.partial")).doesNotExist();
            assertThat(audience.exporter.run(new ExportRequest(ExportFormat.CSV, new ExportScope.All(), out),
                    Progress.NONE)).isEqualTo(2_500);
            assertThat(Files.readAllLines(out)).hasSize(2_501);
        }
    }

    @Test
    void anExportIntoAFolderThatDoesNotExistSaysSo() {
        try (AudienceFixture audience = new AudienceFixture(folder, "nowhere", 2)) {
            Path out = folder.resolve("missing").resolve("audience.csv");

            assertThatThrownBy(() -> audience.exporter.run(
                    new ExportRequest(ExportFormat.CSV, new ExportScope.All(), out), Progress.NONE))
                    .hasMessage("Cannot write " + out.toAbsolutePath() + ": there is no folder " + out.getParent());
            assertThatThrownBy(() -> audience.exporter.run(
                    new ExportRequest(ExportFormat.CSV, new ExportScope.All(), folder), Progress.NONE))
                    .hasMessage(folder.toAbsolutePath() + " is a folder; give the name of a file to write");
        }
    }
}
