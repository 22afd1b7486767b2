package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** SQL that reads endpoints for the audience screen: filtered pages, counts, and whole endpoints. */
final class EndpointQueries {

    private static final String ROW_COLUMNS =
            "key, id, channel_type, address, user_id, endpoint_status, opt_out, country, city";

    long count(Connection connection, AudienceFilter filter) throws SQLException {
        FilterSql where = FilterSql.of(filter);
        try (PreparedStatement count = connection.prepareStatement("SELECT count(*) FROM endpoint" + where.sql())) {
            where.bind(count, 1);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    PageIndex pageIndex(Connection connection, AudienceFilter filter, int pageSize) throws SQLException {
        FilterSql where = FilterSql.of(filter);
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
        FilterSql where = FilterSql.of(filter);
        try (PreparedStatement page = connection.prepareStatement(
                "SELECT " + ROW_COLUMNS + " FROM endpoint" + where.sql() + " AND key >= ? ORDER BY key LIMIT ?")) {
            where.bind(page, 1);
            page.setLong(where.parameters().size() + 1, fromKey);
            page.setInt(where.parameters().size() + 2, limit);
            return rows(page, limit);
        }
    }

    private static List<EndpointRow> rows(PreparedStatement page, int limit) throws SQLException {
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

    /**
     * Up to {@code limit} endpoints, in key order, whose address, user id or id starts with {@code text}, or whose
     * person's first name, last name or both ("ada", "Lovelace", "Ada Lov") start with it, in any letter case.
     */
    List<EndpointRow> byAddressOrName(Connection connection, String text, int limit) throws SQLException {
        AudienceFilter search = new AudienceFilter(text, null, null);
        if (!search.hasSearch()) {
            return page(connection, search, Long.MIN_VALUE, limit);
        }
        AttributeNames names = AttributeNames.load(connection);
        String first = names.column(AttributeScope.USER_ATTRIBUTE, PeopleQueries.FIRST_NAME);
        String last = names.column(AttributeScope.USER_ATTRIBUTE, PeopleQueries.LAST_NAME);
        if (first == null && last == null) {
            return page(connection, search, Long.MIN_VALUE, limit);
        }
        FilterSql where = FilterSql.of(search);
        // " ada lovelace": a word of the name starts where the search, after a space, is found in it
        String name = "(' ' || lower(" + words(first) + " || ' ' || " + words(last) + "))";
        try (PreparedStatement page = connection.prepareStatement("SELECT " + ROW_COLUMNS + " FROM endpoint"
                + where.sql() + " OR instr(" + name + ", ?) > 0 ORDER BY key LIMIT ?")) {
            int next = where.bind(page, 1);
            page.setString(next, " " + search.searchLowerCase().replaceAll("\\s+", " "));
            page.setInt(next + 1, limit);
            return rows(page, limit);
        }
    }

    /** A name cell's values as words: the stored separators become spaces. */
    private static String words(String column) {
        return column == null ? "''" : "trim(replace(coalesce(" + column + ", ''), char(31), ' '))";
    }

    boolean matches(Connection connection, AudienceFilter filter, String endpointId) throws SQLException {
        FilterSql where = FilterSql.of(filter);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM endpoint" + where.sql() + " AND id = ?")) {
            select.setString(where.bind(select, 1), endpointId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** Whether an endpoint with this id is in the audience: one look-up by the id's index, no columns read. */
    boolean exists(Connection connection, String id) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM endpoint WHERE id = ?")) {
            select.setString(1, id);
            try (var rows = select.executeQuery()) {
                return rows.next();
            }
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
