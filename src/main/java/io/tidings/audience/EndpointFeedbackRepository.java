package io.tidings.audience;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The endpoint rows sending changes, written with the caller's connection. */
public final class EndpointFeedbackRepository implements EndpointFeedback {

    @Override
    public void deactivate(Connection connection, long endpointKey) throws SQLException {
        try (var update = connection.prepareStatement("UPDATE endpoint SET endpoint_status = 'INACTIVE' WHERE key = ?")) {
            update.setLong(1, endpointKey);
            update.executeUpdate();
        }
    }

    @Override
    public List<Long> setSmsOptOut(Connection connection, String address, OptOut optOut, Instant now)
            throws SQLException {
        try (var update = connection.prepareStatement("""
                UPDATE endpoint SET opt_out = ?, effective_date = ?
                WHERE channel_type = 'SMS' AND address = ? RETURNING key""")) {
            update.setString(1, optOut.name());
            update.setString(2, now.toString());
            update.setString(3, address);
            List<Long> keys = new ArrayList<>();
            try (var rows = update.executeQuery()) {
                while (rows.next()) {
                    keys.add(rows.getLong(1));
                }
            }
            return keys;
        }
    }

    /**
     * Opts out every endpoint of {@code channelType} with this address (a recipient who followed an unsubscribe link
     * asks for no more messages at the address, whichever endpoint it was sent to); returns the ids of those that
     * were not opted out already.
     */
    public List<String> optOutAddress(Connection connection, ChannelType channelType, String address, Instant now)
            throws SQLException {
        try (var update = connection.prepareStatement("""
                UPDATE endpoint SET opt_out = 'ALL', effective_date = ?
                WHERE channel_type = ? AND address = ? AND opt_out IS NOT 'ALL' RETURNING id""")) {
            update.setString(1, now.toString());
            update.setString(2, channelType.name());
            update.setString(3, address);
            List<String> ids = new ArrayList<>();
            try (var rows = update.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}
