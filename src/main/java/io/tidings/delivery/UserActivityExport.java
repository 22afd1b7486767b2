package io.tidings.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.audience.UserActivity;
import io.tidings.store.Database;
import io.tidings.work.FileErrors;
import io.tidings.work.OutputCheck;
import io.tidings.work.WholeFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/**
 * Everything sending recorded about one user, for a right-of-access request: each message a send
 * job sent or tried to send to one of their endpoints, then each engagement event, one JSON object
 * a line, oldest first. Written whole or not at all; gzip-compressed when the name ends in .gz.
 */
public final class UserActivityExport implements UserActivity {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Database database;

    public UserActivityExport(Database database) {
        this.database = database;
    }

    /** Writes the user's messages and events to {@code file}; returns how many it wrote. */
    @Override
    public long export(String userId, Path file) {
        OutputCheck.workspace(database.file()).check(file);
        boolean gzip = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".gz");
        return database.read(connection -> {
            try {
                return WholeFile.write(file, gzip, out -> messages(connection, userId, out) + events(connection, userId, out));
            } catch (IOException e) {
                throw new UncheckedIOException(FileErrors.whyUnwritable(file, e), e);
            }
        });
    }

    private static long messages(Connection connection, String userId, Writer out) throws SQLException, IOException {
        return writeEach(connection, userId, out, """
                SELECT e.id, j.name, j.channel, m.address, m.state, m.attempts, m.reason, m.sent_at, m.updated_at
                FROM endpoint e JOIN outbox_message m ON m.endpoint_key = e.key JOIN send_job j ON j.id = m.job_id
                WHERE e.user_id = ? ORDER BY m.id""", rows -> {
                    ObjectNode message = JSON.createObjectNode().put("Kind", "Message").put("EndpointId", rows.getString(1))
                            .put("Job", rows.getString(2)).put("Channel", rows.getString(3))
                            .put("Address", rows.getString(4)).put("State", rows.getString(5))
                            .put("Attempts", rows.getInt(6)).put("Reason", rows.getString(7));
                    long sentAt = rows.getLong(8);
                    message.put("SentAt", rows.wasNull() ? null : Instant.ofEpochMilli(sentAt).toString());
                    return message.put("UpdatedAt", rows.getString(9));
                });
    }

    private static long events(Connection connection, String userId, Writer out) throws SQLException, IOException {
        return writeEach(connection, userId, out, """
                SELECT e.id, v.event_type, v.timestamp, v.attributes
                FROM endpoint e JOIN event v ON v.endpoint_key = e.key
                WHERE e.user_id = ? ORDER BY v.timestamp, v.id""", rows -> {
                    ObjectNode event = JSON.createObjectNode().put("Kind", "Event").put("EndpointId", rows.getString(1))
                            .put("EventType", rows.getString(2)).put("Timestamp", rows.getString(3));
                    event.set("Attributes", JSON.readTree(rows.getString(4)));
                    return event;
                });
    }

    /** One record as a JSON object, from the current row. */
    private interface RecordLine {
        ObjectNode of(ResultSet rows) throws SQLException, IOException;
    }

    /** Runs {@code sql} for the user and writes a line for each row; returns how many. */
    private static long writeEach(Connection connection, String userId, Writer out, String sql, RecordLine line)
            throws SQLException, IOException {
        long written = 0;
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, userId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    writeLine(out, line.of(rows));
                    written++;
                }
            }
        }
        return written;
    }

    private static void writeLine(Writer out, ObjectNode line) throws IOException {
        try {
            out.write(JSON.writeValueAsString(line));
        } catch (JsonProcessingException e) {
            throw new IOException("A record could not be written as JSON: " + e.getOriginalMessage(), e);
        }
        out.write('\n');
    }
}
