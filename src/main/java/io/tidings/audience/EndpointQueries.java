package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL that reads endpoints for the audience screen: filtered pages, counts, and whole endpoints. */
final class EndpointQueries {

    /** Above every character: the end of a prefix range in SQLite's binary order. */
    private static final String AFTER_PREFIX = "\uDBFF\uDFFF";

    private static final String ROW_COLUMNS =
            "key, id, channel_type, address, user_id, endpoint_status, opt_out, country, city";

    /** A WHERE clause and its parameters, built from a filter with bound values only. */
    private record Where(String sql, List<Object> parameters) {

        static Where of(AudienceFilter filter) {
            StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
            List<Object> parameters = new ArrayList<>();
            if (filter.channel() != null) {
                sql.append(" AND channel_type = ?");
                parameters.add(filter.channel().name());
            }
            if (filter.optOut() != null) {
                sql.append(" AND opt_out = ?");
                parameters.add(filter.optOut().name());
            }
            if (filter.hasSearch()) {
                sql.append(" AND (address >= ? AND address < ? OR address >= ? AND address < ?"
                        + " OR user_id >= ? AND user_id < ? OR id >= ? AND id < ?)");
                for (String prefix : List.of(filter.search(), filter.searchLowerCase(), filter.search(), filter.search())) {
                    parameters.add(prefix);
                    parameters.add(prefix + AFTER_PREFIX);
                }
            }
            return new Where(sql.toString(), parameters);
        }

        void bind(PreparedStatement statement, int first) throws SQLException {
            for (int index = 0; index < parameters.size(); index++) {
                statement.setObject(first + index, parameters.get(index));
            }
        }
    }

    long count(Connection connection, AudienceFilter filter) throws SQLException {
        Where where = Where.of(filter);
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM endpoint" + where.sql())) {
            where.bind(count, 1);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    PageIndex pageIndex(Connection connection, AudienceFilter filter, int pageSize) throws SQLException {
        Where where = Where.of(filter);
        long total = count(connection, filter);
        long[] starts = new long[(int) ((total + pageSize - 1) / pageSize)];
        try (PreparedStatement anchors = connection.prepareStatement(
                "SELECT key FROM (SELECT key, row_number() OVER (ORDER BY key) AS n FROM endpoint" + where.sql()
                        + ") WHERE (n - 1) % ? = 0 ORDER BY key")) {
            where.bind(anchors, 1);
            anchors.setInt(where.parameters().size() + 1, pageSize);
            try (ResultSet rows = anchors.executeQuery()) {
                int page = 0;
                while (rows.next() && page < starts.length) {
                    starts[page++] = rows.getLong(1);
                }
            }
        }
        return new PageIndex(filter, total, pageSize, starts);
    }

    List<EndpointRow> page(Connection connection, AudienceFilter filter, long fromKey, int limit) throws SQLException {
        Where where = Where.of(filter);
        try (PreparedStatement page = connection.prepareStatement(
                "SELECT " + ROW_COLUMNS + " FROM endpoint" + where.sql() + " AND key >= ? ORDER BY key LIMIT ?")) {
            where.bind(page, 1);
            page.setLong(where.parameters().size() + 1, fromKey);
            page.setInt(where.parameters().size() + 2, limit);
            List<EndpointRow> rows = new ArrayList<>(limit);
            try (ResultSet result = page.executeQuery()) {
                while (result.next()) {
                    rows.add(new EndpointRow(
                            result.getLong(1),
                            result.getString(2),
                            ChannelType.valueOf(result.getString(3)),
                            result.getString(4),
                            result.getString(5),
                            EndpointStatus.valueOf(result.getString(6)),
                            OptOut.valueOf(result.getString(7)),
                            result.getString(8),
                            result.getString(9)));
                }
            }
            return rows;
        }
    }

    Optional<Endpoint> endpoint(Connection connection, String id) throws SQLException {
        AttributeNames names = AttributeNames.load(connection);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT " + EndpointColumns.list(names, "") + " FROM endpoint WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(EndpointColumns.read(row, 1, names)) : Optional.empty();
            }
        }
    }

    List<String> idsOfUser(Connection connection, String userId) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM endpoint WHERE user_id = ? ORDER BY key")) {
            select.setString(1, userId);
            List<String> ids = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
            }
            return ids;
        }
    }
}
