package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An INSERT that writes many rows per statement ({@code VALUES (..), (..), ...}). The SQLite
 * driver pays a native call per bound value, per step and per reset; sending 64 rows per step
 * made inserts about a quarter faster than JDBC batches in a measurement (docs/BENCHMARKS.md).
 * A column that is empty in all 64 rows is written as a literal NULL rather than bound 64 times:
 * imported files leave most optional fields empty. Rows are queued until a statement is full;
 * {@link #flush()} writes the rest.
 */
final class MultiRowInsert implements AutoCloseable {

    static final int ROWS_PER_STATEMENT = 64;
    /** Statements kept for different sets of empty columns; a file rarely has more than a few. */
    private static final int SHAPES_KEPT = 8;

    private final Connection connection;
    private final String insert;
    private final PreparedStatement single;
    private final int columns;
    private final Object[] values;
    private final Map<BitSet, PreparedStatement> fullByEmptyColumns = new LinkedHashMap<>(16, 0.75f, true);
    private int rows;
    private int filled;

    /** @param insert the statement up to and including {@code VALUES}, such as "INSERT INTO t (a, b) VALUES" */
    MultiRowInsert(Connection connection, String insert, int columns) throws SQLException {
        this.connection = connection;
        this.insert = insert;
        this.single = connection.prepareStatement(insert + " " + row(columns, new BitSet()));
        this.columns = columns;
        this.values = new Object[columns * ROWS_PER_STATEMENT];
    }

    /** Adds the next value of the current row; after {@code columns} values the row is complete. */
    void add(Object value) throws SQLException {
        values[filled++] = value;
        if (filled % columns == 0) {
            rows++;
            if (rows == ROWS_PER_STATEMENT) {
                writeFullStatement();
                rows = 0;
                filled = 0;
            }
        }
    }

    /** Adds a whole row: its first value, then the rest. */
    void addRow(Object first, Object[] rest) throws SQLException {
        if (rest.length + 1 != columns || filled % columns != 0) {
            throw new IllegalStateException("A row of " + columns + " values goes in whole");
        }
        values[filled] = first;
        System.arraycopy(rest, 0, values, filled + 1, rest.length);
        filled += columns;
        rows++;
        if (rows == ROWS_PER_STATEMENT) {
            writeFullStatement();
            rows = 0;
            filled = 0;
        }
    }

    /** Writes the queued rows. */
    void flush() throws SQLException {
        BitSet none = new BitSet();
        for (int row = 0; row < rows; row++) {
            bind(single, row * columns, none);
            single.executeUpdate();
        }
        rows = 0;
        filled = 0;
    }

    private void writeFullStatement() throws SQLException {
        BitSet empty = new BitSet(columns);
        empty.set(0, columns);
        for (int index = 0; index < values.length; index++) {
            if (values[index] != null) {
                empty.clear(index % columns);
            }
        }
        PreparedStatement full = fullByEmptyColumns.get(empty);
        if (full == null) {
            full = connection.prepareStatement(insert + (" " + row(columns, empty) + ",").repeat(ROWS_PER_STATEMENT)
                    .replaceAll(",$", ""));
            fullByEmptyColumns.put(empty, full);
            if (fullByEmptyColumns.size() > SHAPES_KEPT) {
                var eldest = fullByEmptyColumns.entrySet().iterator();
                eldest.next().getValue().close();
                eldest.remove();
            }
        }
        int parameter = 1;
        for (int row = 0; row < ROWS_PER_STATEMENT; row++) {
            parameter = bind(full, parameter, row * columns, empty);
        }
        full.executeUpdate();
    }

    private static String row(int columns, BitSet empty) {
        StringBuilder row = new StringBuilder("(");
        for (int column = 0; column < columns; column++) {
            row.append(column == 0 ? "" : ", ").append(empty.get(column) ? "NULL" : "?");
        }
        return row.append(')').toString();
    }

    private void bind(PreparedStatement statement, int from, BitSet empty) throws SQLException {
        bind(statement, 1, from, empty);
    }

    /** Binds one row's values, skipping the empty columns; returns the next parameter number. */
    private int bind(PreparedStatement statement, int parameter, int from, BitSet empty) throws SQLException {
        for (int column = 0; column < columns; column++) {
            if (empty.get(column)) {
                continue;
            }
            Object value = values[from + column];
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
            parameter++;
        }
        return parameter;
    }

    @Override
    public void close() throws SQLException {
        try (single) {
            for (PreparedStatement full : fullByEmptyColumns.values()) {
                full.close();
            }
        }
    }
}
