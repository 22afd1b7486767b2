package io.tidings.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Creates indexes over a large table with the page cache that SQLite's sorter works fastest
 * with. SQLite sorts an index's keys in runs as large as the page cache, then merges them; runs
 * of a few megabytes stay in the processor's caches, while the writer's usual 64 MB made building
 * a million endpoints' indexes half again as slow (docs/BENCHMARKS.md, "Audience import").
 */
public final class IndexBuild {

    private static final int SORT_RUN_KIB = 8_000;

    private IndexBuild() {
    }

    /** Runs each {@code CREATE INDEX} statement in turn, then gives the connection its page cache back. */
    public static void create(Connection connection, String... createStatements) throws SQLException {
        try (var statement = connection.createStatement()) {
            long cacheSize;
            try (var result = statement.executeQuery("PRAGMA cache_size")) {
                result.next();
                cacheSize = result.getLong(1);
            }
            statement.execute("PRAGMA cache_size = -" + SORT_RUN_KIB);
            try {
                for (String create : createStatements) {
                    statement.execute(create);
                }
            } finally {
                statement.execute("PRAGMA cache_size = " + cacheSize);
            }
        }
    }
}
