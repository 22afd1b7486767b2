package io.tidings.bench;

import io.tidings.store.AttributeColumns;
import io.tidings.store.Database;
import io.tidings.store.IndexBuild;
import io.tidings.workspace.WorkspaceService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * What an import costs without Tidings' own work: the flat table's rows, with their cells already
 * as Tidings stores them, read on one thread and written on another through the JDBC driver,
 * 64 rows per statement, into an empty workspace's endpoint table; then the address and segment
 * indexes, the commit and the close, as a command-line import into an empty audience does (with the
 * workspace to itself: through the rollback journal). What remains
 * between this and the import is parsing, checking and building rows in Java (and their JIT
 * compilation and garbage), on the same two cores.
 */
final class DriverFloor {

    private static final int ROWS_PER_STATEMENT = 64;
    private static final int BATCH_ROWS = 2_000;
    private static final List<Object[]> END = new ArrayList<>();
    private static final String COLUMNS = "key, id, channel_type, address, endpoint_status, opt_out, effective_date,"
            + " creation_date, cohort_id, country, city, platform, timezone, user_id, user_attribute_1,"
            + " user_attribute_2, attribute_3, attribute_4, metric_5";
    private static final int COLUMN_COUNT = 19;
    /** The flat table's 18 text columns as Tidings' cells: attribute values packed, the metric a number. */
    private static final String CELLS = "SELECT rowid, c1, c2, c3, c4, c5, c6, c6, rowid % 100, c7, c8, c9, c10, c11,"
            + " char(31) || c12 || char(31), char(31) || c13 || char(31),"
            + " char(31) || c14 || char(31) || iif(c15 <> '', c15 || char(31), '') || iif(c16 <> '', c16 || char(31), ''),"
            + " char(31) || c17 || char(31), CAST(c18 AS REAL) FROM flat";

    private DriverFloor() {
    }

    /** Seconds from opening the workspace to closing it, with every row committed and indexed. */
    static double load(Path flat, Path workspace) throws Exception {
        Files.deleteIfExists(workspace);
        new WorkspaceService().create(workspace, "Driver floor").close();
        BlockingQueue<List<Object[]>> queue = new ArrayBlockingQueue<>(4);
        long started = System.nanoTime();
        Thread reader = new Thread(() -> read(flat, queue), "driver-floor-reader");
        reader.start();
        try (Database database = Database.open(workspace)) {
            database.writeAlone(connection -> {
                prepareColumns(connection);
                long written = write(connection, queue);
                try (var statement = connection.createStatement();
                        var count = statement.executeQuery("SELECT count(*) FROM endpoint")) {
                    count.next();
                    if (written == 0 || count.getLong(1) != written) {
                        throw new IllegalStateException("The driver floor wrote " + count.getLong(1) + " of " + written);
                    }
                }
                IndexBuild.create(connection, "CREATE INDEX endpoint_by_address ON endpoint (address)");
                AttributeColumns.rebuildSegmentIndex(connection);
                return null;
            });
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        reader.join();
        Files.deleteIfExists(workspace);
        return seconds;
    }

    private static void prepareColumns(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    INSERT INTO attribute_name (id, scope, name, column_name) VALUES
                        (1, 'USER_ATTRIBUTE', 'FirstName', 'user_attribute_1'),
                        (2, 'USER_ATTRIBUTE', 'LastName', 'user_attribute_2'),
                        (3, 'ATTRIBUTE', 'Interests', 'attribute_3'), (4, 'ATTRIBUTE', 'Tier', 'attribute_4'),
                        (5, 'METRIC', 'Purchases', 'metric_5')""");
            for (String column : List.of("user_attribute_1 TEXT", "user_attribute_2 TEXT", "attribute_3 TEXT",
                    "attribute_4 TEXT", "metric_5 REAL")) {
                statement.execute("ALTER TABLE endpoint ADD COLUMN " + column);
            }
            statement.execute("DROP INDEX IF EXISTS endpoint_by_address");
            statement.execute("DROP INDEX IF EXISTS " + AttributeColumns.SEGMENT_INDEX);
        }
    }

    /** Writes every row the reader hands over; returns how many. */
    private static long write(Connection connection, BlockingQueue<List<Object[]>> queue) throws SQLException {
        String row = "(" + "?, ".repeat(COLUMN_COUNT - 1) + "?)";
        String insert = "INSERT INTO endpoint (" + COLUMNS + ") VALUES ";
        try (PreparedStatement full = connection.prepareStatement(insert + (row + ", ").repeat(ROWS_PER_STATEMENT - 1) + row);
                PreparedStatement single = connection.prepareStatement(insert + row)) {
            Object[][] pending = new Object[ROWS_PER_STATEMENT][];
            int waiting = 0;
            long written = 0;
            List<Object[]> batch;
            while ((batch = take(queue)) != END) {
                written += batch.size();
                for (Object[] values : batch) {
                    pending[waiting++] = values;
                    if (waiting == ROWS_PER_STATEMENT) {
                        for (int index = 0; index < waiting; index++) {
                            bind(full, index * COLUMN_COUNT, pending[index]);
                        }
                        full.executeUpdate();
                        waiting = 0;
                    }
                }
            }
            for (int index = 0; index < waiting; index++) {
                bind(single, 0, pending[index]);
                single.executeUpdate();
            }
            return written;
        }
    }

    private static void bind(PreparedStatement statement, int offset, Object[] values) throws SQLException {
        for (int column = 0; column < COLUMN_COUNT; column++) {
            statement.setObject(offset + column + 1, values[column]);
        }
    }

    private static void read(Path flat, BlockingQueue<List<Object[]>> queue) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + flat.toAbsolutePath());
                var statement = connection.createStatement(); var rows = statement.executeQuery(CELLS)) {
            List<Object[]> batch = new ArrayList<>(BATCH_ROWS);
            while (rows.next()) {
                Object[] values = new Object[COLUMN_COUNT];
                for (int column = 0; column < COLUMN_COUNT; column++) {
                    values[column] = rows.getObject(column + 1);
                }
                batch.add(values);
                if (batch.size() == BATCH_ROWS) {
                    queue.put(batch);
                    batch = new ArrayList<>(BATCH_ROWS);
                }
            }
            if (!batch.isEmpty()) {
                queue.put(batch);
            }
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException("Could not read " + flat + ": " + e.getMessage(), e);
        } finally {
            try {
                queue.put(END);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static List<Object[]> take(BlockingQueue<List<Object[]>> queue) {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
