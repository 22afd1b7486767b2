package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * An INSERT that writes many rows per statement ({@code VALUES (..), (..), ...}). The SQLite
 * driver pays a native call per step and per reset; sending 64 rows per step made inserts about a
 * quarter faster than JDBC batches in a measurement (docs/BENCHMARKS.md). Rows are queued until
 * a statement is full; {@link #flush()} writes the rest.
 */
final class MultiRowInsert implements AutoCloseable {

    static final int ROWS_PER_STATEMENT = 64;

    private final PreparedStatement full;
    private final PreparedStatement single;
    private final int columns;
    private final Object[] values;
    private int rows;
    private int filled;

    /** @param insert the statement up to and including {@code VALUES}, such as "INSERT INTO t (a, b) VALUES" */
    MultiRowInsert(Connection connection, String insert, int columns) throws SQLException {
        String row = "(?" + ", ?".repeat(columns - 1) + ")";
        this.full = connection.prepareStatement(insert + " " + row + (", " + row).repeat(ROWS_PER_STATEMENT - 1));
        this.single = connection.prepareStatement(insert + " " + row);
        this.columns = columns;
        this.values = new Object[columns * ROWS_PER_STATEMENT];
    }

    /** Adds the next value of the current row; after {@code columns} values the row is complete. */
    void add(Object value) throws SQLException {
        values[filled++] = value;
        if (filled % columns == 0) {
            rows++;
            if (rows == ROWS_PER_STATEMENT) {
                bind(full, 0, values.length);
                full.executeUpdate();
                rows = 0;
                filled = 0;
            }
        }
    }

    /** Writes the queued rows. */
    void flush() throws SQLException {
        for (int row = 0; row < rows; row++) {
            bind(single, row * columns, columns);
            single.executeUpdate();
        }
        rows = 0;
        filled = 0;
    }

    private void bind(PreparedStatement statement, int from, int count) throws SQLException {
        for (int index = 0; index < count; index++) {
            Object value = values[from + index];
            int parameter = index + 1;
            if (value == null) {
                statement.setNull(parameter, Types.NULL);
            } else if (value instanceof String text) {
                statement.setString(parameter, text);
            } else if (value instanceof Long number) {
                statement.setLong(parameter, number);
            } else if (value instanceof Integer number) {
                statement.setInt(parameter, number);
            } else {
                statement.setDouble(parameter, (Double) value);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        try (full; single) {
            // Both closed even if one fails.
        }
    }
}
