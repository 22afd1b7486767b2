package io.tidings.analytics;

import io.tidings.store.EndpointSets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roaringbitmap.FastAggregation;
import org.roaringbitmap.RoaringBitmap;

/**
 * Distinct endpoints over a range of days from the per-day endpoint sets (migration 030): the union of the sets of
 * each group, with the endpoints the engine's trigger queued since the sets were last brought up to date.
 */
final class UniqueEndpoints {

    /** A group's key (the value of the grouping column) and an event type. */
    record GroupAndType(String group, String eventType) {
    }

    /**
     * The endpoints of each group and event type among the rows that {@code condition} selects; the condition and
     * {@code groupColumn} name columns of {@code event_endpoint_set}, the parameters are texts.
     */
    Map<GroupAndType, RoaringBitmap> unions(Connection connection, String groupColumn, String condition,
            List<String> parameters) throws SQLException {
        Map<GroupAndType, List<RoaringBitmap>> sets = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + groupColumn
                + ", event_type, endpoints FROM event_endpoint_set WHERE " + condition)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sets.computeIfAbsent(new GroupAndType(rows.getString(1), rows.getString(2)),
                            key -> new ArrayList<>()).add(EndpointSets.read(rows.getBytes(3)));
                }
            }
        }
        Map<GroupAndType, RoaringBitmap> unions = new HashMap<>();
        sets.forEach((key, bitmaps) -> unions.put(key,
                bitmaps.size() == 1 ? bitmaps.get(0) : FastAggregation.or(bitmaps.iterator())));
        addQueued(connection, groupColumn, condition, parameters, unions);
        return unions;
    }

    private static void addQueued(Connection connection, String groupColumn, String condition, List<String> parameters,
            Map<GroupAndType, RoaringBitmap> unions) throws SQLException {
        // Endpoints outside the audience that no set holds yet get numbers of this read alone, from the top down.
        Map<String, Integer> unnumbered = new HashMap<>();
        try (PreparedStatement query = connection.prepareStatement("SELECT " + groupColumn + ", event_type, "
                + EndpointSets.number("event_endpoint_set_pending.endpoint")
                + ", endpoint FROM event_endpoint_set_pending WHERE " + condition)) {
            bind(query, parameters);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long number = rows.getLong(3);
                    if (rows.wasNull()) {
                        number = unnumbered.computeIfAbsent(rows.getString(4), key -> -1 - unnumbered.size());
                    }
                    unions.computeIfAbsent(new GroupAndType(rows.getString(1), rows.getString(2)),
                            key -> new RoaringBitmap()).add((int) number);
                }
            }
        }
    }

    private static void bind(PreparedStatement query, List<String> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            query.setString(i + 1, parameters.get(i));
        }
    }
}
