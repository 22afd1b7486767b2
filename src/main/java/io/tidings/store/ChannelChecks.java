package io.tidings.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Migration 27: the channel columns' CHECK constraints take CUSTOM. SQLite has no ALTER for a constraint, and
 * rebuilding {@code send_job} would cascade through its foreign keys and trip the triggers that name it; SQLite's own
 * procedure for loosening a constraint is to rewrite the table's stored definition with {@code writable_schema} and
 * move the schema version on, inside the migration's transaction. Every existing row satisfies the wider check.
 */
final class ChannelChecks {

    static final String FOUR = "channel IN ('EMAIL', 'SMS', 'PUSH', 'VOICE')";
    static final String FIVE = "channel IN ('EMAIL', 'SMS', 'PUSH', 'VOICE', 'CUSTOM')";
    /** The tables whose channel column is checked: jobs, suppressed addresses, accounts, the sandbox's messages. */
    static final List<String> TABLES = List.of("send_job", "suppressed_address", "channel_account", "sandbox_message");

    private ChannelChecks() {
    }

    static void allowCustom(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            int version;
            try (var rows = statement.executeQuery("PRAGMA schema_version")) {
                rows.next();
                version = rows.getInt(1);
            }
            statement.execute("PRAGMA writable_schema = ON");
            try (var update = connection.prepareStatement(
                    "UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE type = 'table' AND name = ? "
                            + "AND instr(sql, ?) > 0")) {
                for (String table : TABLES) {
                    update.setString(1, FOUR);
                    update.setString(2, FIVE);
                    update.setString(3, table);
                    update.setString(4, FOUR);
                    if (update.executeUpdate() != 1) {
                        // Nothing is half-changed: the migration's transaction gives every table back.
                        throw new SQLException("The workspace's table " + table + " does not have the channel check "
                                + "this migration widens, so custom messages cannot be let in.");
                    }
                }
            } finally {
                statement.execute("PRAGMA schema_version = " + (version + 1));
                statement.execute("PRAGMA writable_schema = OFF");
            }
        }
    }
}
