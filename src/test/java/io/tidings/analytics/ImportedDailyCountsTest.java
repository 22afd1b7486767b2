package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import adds up its daily counts from the events as they go by: they are the counts migration 015's trigger
 * keeps for each event (here its query over the imported rows), group for group, amounts included (to a millionth:
 * the sums of a group's amounts may be added in another order), whether the file is one transaction or is imported in
 * batches that skip bad lines.
 */
class ImportedDailyCountsTest {

    /**
     * Migration 015's trigger's event_daily row for each event, over all of them. The trigger takes an engine event's
     * channel from its send job first, which for a custom message (a webhook call) is CUSTOM: imported _custom.*
     * events, which name no job, get it from their type.
     */
    private static final String AS_THE_TRIGGER_COUNTS = """
            SELECT substr(timestamp, 1, 10), event_type,
                   COALESCE(channel, CASE WHEN event_type LIKE '\\_email.%' ESCAPE '\\' THEN 'EMAIL'
                       WHEN event_type LIKE '\\_SMS.%' ESCAPE '\\' THEN 'SMS'
                       WHEN event_type LIKE '\\_push.%' ESCAPE '\\' THEN 'PUSH'
                       WHEN event_type LIKE '\\_voice.%' ESCAPE '\\' THEN 'VOICE'
                       WHEN event_type LIKE '\\_custom.%' ESCAPE '\\' THEN 'CUSTOM' END, ''),
                   COALESCE(campaign_id, ''), COALESCE(campaign_activity_id, ''), COALESCE(treatment_id, ''),
                   COALESCE(journey_id, ''), COALESCE(journey_activity_id, ''), count(*),
                   round(sum(CASE WHEN event_type = '_monetization.purchase'
                            THEN COALESCE(json_extract(metrics, '$._item_price'), 0)
                                 * COALESCE(json_extract(metrics, '$._quantity'), 1)
                            WHEN metrics <> '{}' THEN COALESCE(json_extract(metrics, '$.price_in_millicents_usd'), 0)
                            ELSE 0 END), 6)
            FROM event GROUP BY 1, 2, 3, 4, 5, 6, 7, 8 ORDER BY 1, 2, 3, 4, 5, 6, 7, 8""";
    private static final String AS_KEPT = """
            SELECT day, event_type, channel, campaign_id, campaign_activity_id, treatment_id, journey_id,
                   journey_activity_id, events, round(amount, 6)
            FROM event_daily ORDER BY 1, 2, 3, 4, 5, 6, 7, 8""";

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;

    @BeforeEach
    void open() {
        workspace = new Wiring(Wiring.Host.COMMAND_LINE).create(folder.resolve("daily.tidings"), "Daily");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void theDailyCountsOfAWholeFileAreTheTriggersCounts() throws Exception {
        EventImportResult result = workspace.eventImport().run(file(), false);

        assertThat(result.imported()).isEqualTo(lines().size());
        assertThat(rows(AS_KEPT)).isEqualTo(rows(AS_THE_TRIGGER_COUNTS)).hasSizeGreaterThan(10);
        assertThat(rows("SELECT event_type FROM event_type_seen ORDER BY 1"))
                .isEqualTo(rows("SELECT DISTINCT event_type FROM event ORDER BY 1"));
        assertThat(rows("SELECT DISTINCT channel FROM event_daily WHERE event_type LIKE '\\_custom.%' ESCAPE '\\'"))
                .as("the webhook calls' channel").containsExactly(List.of("CUSTOM"));
    }

    @Test
    void theDailyCountsOfAnImportInBatchesAreTheTriggersCounts() throws Exception {
        List<String> lines = new ArrayList<>();
        while (lines.size() <= 3 * EventImport.BATCH) {
            lines.addAll(lines());
        }
        lines.add(7, "{\"event_type\": \"_email.open\"}");
        Path file = Files.write(folder.resolve("batches.ndjson"), lines);

        EventImportResult result = workspace.eventImport().run(file, true);

        assertThat(result.imported()).isEqualTo(lines.size() - 1).isGreaterThan(3 * EventImport.BATCH);
        assertThat(result.rejected()).isEqualTo(1);
        assertThat(rows(AS_KEPT)).isEqualTo(rows(AS_THE_TRIGGER_COUNTS));
    }

    private Path file() throws Exception {
        return Files.write(folder.resolve("events.ndjson"), lines());
    }

    /**
     * Purchases with and without a quantity, priced SMS, a channel named by its delivery type, journeys, webhook calls
     * (custom messages), days.
     */
    private static List<String> lines() {
        List<String> lines = new ArrayList<>();
        long may = 1714521600000L;
        for (int index = 0; index < 40; index++) {
            long at = may + (index % 3) * 86_400_000L + index * 61_000L;
            String campaign = "\"campaign_id\":\"c%d\",\"campaign_activity_id\":\"r%d\",\"treatment_id\":\"%d\""
                    .formatted(index % 2, index % 2, index % 3);
            lines.add(record("_email.send", at, "e" + index, "{" + campaign + "}", "{}"));
            lines.add(record("_email.open", at + 1000, "e" + index, "{" + campaign + "}", "{}"));
            lines.add(record("_SMS.SUCCESS", at, "s" + index, "{" + campaign + "}",
                    "{\"price_in_millicents_usd\":%s}".formatted(index % 4 == 0 ? "645" : "0.1")));
            lines.add(record("_monetization.purchase", at, "e" + index, "{}", index % 2 == 0
                    ? "{\"_item_price\":9.99,\"_quantity\":%d}".formatted(index % 5) : "{\"_item_price\":0.1}"));
            lines.add(record("_email.delivered", at, "e" + index,
                    "{\"journey_id\":\"j1\",\"journey_activity_id\":\"welcome\",\"delivery_type\":\"SMS\"}", "{}"));
            lines.add(record("level_complete", at, "e" + index, "{\"level\":\"%d\"}".formatted(index), "{}"));
            String call = "{\"journey_id\":\"j2\",\"journey_activity_id\":\"hook\"}";
            lines.add(record(index % 5 == 0 ? "_custom.failure" : "_custom.send", at, "e" + index, call, "{}"));
            if (index % 5 != 0) {
                lines.add(record("_custom.delivered", at, "e" + index, call, "{}"));
            }
        }
        return lines;
    }

    private static String record(String type, long at, String endpoint, String attributes, String metrics) {
        return ("{\"event_type\":\"%s\",\"event_timestamp\":%d,\"client\":{\"client_id\":\"%s\"},\"attributes\":%s,"
                + "\"metrics\":%s}").formatted(type, at, endpoint, attributes, metrics);
    }

    private List<List<Object>> rows(String sql) {
        return workspace.workspace().database().read(connection -> {
            List<List<Object>> rows = new ArrayList<>();
            try (var query = connection.prepareStatement(sql); var result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        Object value = result.getObject(column);
                        row.add(value instanceof Number number ? (Object) number.doubleValue() : value);
                    }
                    rows.add(row);
                }
            }
            return rows;
        });
    }
}
