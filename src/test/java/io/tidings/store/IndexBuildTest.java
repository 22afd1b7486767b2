package io.tidings.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Building indexes with a sort-sized page cache, and the writer's settings for large sorts. */
class IndexBuildTest {

    private static final String INDEXES_ON_PERSON =
            "SELECT count(*) FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'person'";

    @TempDir
    Path folder;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(folder.resolve("index.tidings"));
        database.write(connection -> {
            try (var statement = connection.createStatement()) {
                statement.execute("CREATE TABLE person (name TEXT, city TEXT)");
                statement.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)"
                        + " INSERT INTO person SELECT 'person ' || i, 'city ' || (i % 97) FROM n");
            }
            return null;
        });
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theIndexesAreBuiltAndTheWriterGetsItsPageCacheBack() {
        long before = onWriter("PRAGMA cache_size");

        database.write(connection -> {
            IndexBuild.create(connection, "CREATE INDEX person_by_name ON person (name)",
                    "CREATE INDEX person_by_city ON person (city, name)");
            return null;
        });

        assertThat(onReader(INDEXES_ON_PERSON)).isEqualTo(2L);
        assertThat(onReader("SELECT count(*) FROM person INDEXED BY person_by_city WHERE city = 'city 5'"))
                .isEqualTo(207L);
        assertThat(onWriter("PRAGMA cache_size")).isEqualTo(before);
    }

    @Test
    void aFailedBuildAlsoGivesThePageCacheBackAndKeepsNothing() {
        long before = onWriter("PRAGMA cache_size");

        assertThatThrownBy(() -> database.write(connection -> {
            IndexBuild.create(connection, "CREATE INDEX person_by_name ON person (name)",
                    "CREATE INDEX person_by_age ON person (age)");
            return null;
        })).isInstanceOf(StoreException.class).hasMessageContaining("age");

        assertThat(onWriter("PRAGMA cache_size")).isEqualTo(before);
        assertThat(onReader(INDEXES_ON_PERSON)).isZero();
    }

    @Test
    void theWriterSortsInTemporaryFilesWithHelperThreadsAndReadersInMemory() {
        assertThat(onWriter("PRAGMA temp_store")).isEqualTo(1L);
        assertThat(onWriter("PRAGMA threads"))
                .isEqualTo((long) Math.min(8, Runtime.getRuntime().availableProcessors() - 1));
        assertThat(onReader("PRAGMA temp_store")).isEqualTo(2L);
    }

    private long onWriter(String sql) {
        return database.write(connection -> number(connection, sql));
    }

    private long onReader(String sql) {
        return database.read(connection -> number(connection, sql));
    }

    private static Long number(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
