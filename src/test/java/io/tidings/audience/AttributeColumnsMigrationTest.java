package io.tidings.audience;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.store.Database;
import io.tidings.store.Migrations;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workspace written before attribute columns keeps every value, in order, after migration 11. */
class AttributeColumnsMigrationTest {

    @TempDir
    Path folder;

    @Test
    void valuesAndMetricsMoveIntoColumnsInTheirOrder() {
        Path file = folder.resolve("old.tidings");
        try (Database database = Database.open(file)) {
            Migrations.migrateTo(database, 10);
            database.write(connection -> {
                try (var statement = connection.createStatement()) {
                    statement.execute("""
                            INSERT INTO endpoint (key, id, channel_type, address, creation_date, cohort_id, user_id, country)
                            VALUES (1, 'ep-1', 'EMAIL', 'ana@example.com', '2026-01-01T00:00:00Z', 7, 'ana', 'PT'),
                                   (2, 'ep-2', 'SMS', '+14155550100', '2026-01-01T00:00:00Z', 8, NULL, 'US')""");
                    statement.execute("""
                            INSERT INTO attribute_name (id, scope, name) VALUES
                                (1, 'ATTRIBUTE', 'Interests'), (2, 'USER_ATTRIBUTE', 'FirstName'), (3, 'METRIC', 'Purchases')""");
                    statement.execute("""
                            INSERT INTO endpoint_attribute (name_id, value, endpoint_key, position) VALUES
                                (1, 'yoga', 1, 1), (1, 'running', 1, 0), (1, 'chess', 1, 2), (2, 'Ana', 1, 0), (1, '', 2, 0)""");
                    statement.execute("INSERT INTO endpoint_metric (endpoint_key, name_id, value) VALUES (1, 3, 4.5)");
                }
                return null;
            });

            Migrations.migrate(database);

            AudienceService audience = new AudienceService(database);
            Endpoint ana = audience.endpoint("ep-1").orElseThrow();
            assertThat(ana.attributes()).isEqualTo(Map.of("Interests", List.of("running", "yoga", "chess")));
            assertThat(ana.user().userAttributes()).isEqualTo(Map.of("FirstName", List.of("Ana")));
            assertThat(ana.metrics()).isEqualTo(Map.of("Purchases", 4.5));
            Endpoint sms = audience.endpoint("ep-2").orElseThrow();
            assertThat(sms.attributes()).isEqualTo(Map.of("Interests", List.of("")));
            assertThat(sms.metrics()).isEmpty();
            int segmentIndexes = database.read(connection -> {
                try (var statement = connection.createStatement();
                        var rows = statement.executeQuery("SELECT count(*) FROM sqlite_master WHERE name = 'endpoint_segment'")) {
                    rows.next();
                    return rows.getInt(1);
                }
            });
            assertThat(segmentIndexes).isEqualTo(1);
        }
    }
}
