package io.tidings.audience;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * SQL that reads the audience by person: the endpoint table grouped by user id. A person is listed
 * when any of their endpoints matches the filter, and then shows all of their endpoints' channels.
 * The segment index starts with the user id, so a page of people reads only their rows.
 */
final class PeopleQueries {

    static final String FIRST_NAME = "FirstName";
    static final String LAST_NAME = "LastName";

    long count(Connection connection, AudienceFilter filter) throws SQLException {
        FilterSql where = FilterSql.of(filter);
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(DISTINCT user_id) FROM endpoint" + where.sql() + " AND user_id IS NOT NULL")) {
            where.bind(count, 1);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    PeopleIndex index(Connection connection, AudienceFilter filter, int pageSize) throws SQLException {
        FilterSql where = FilterSql.of(filter);
        long total = count(connection, filter);
        List<String> starts = new ArrayList<>();
        try (PreparedStatement anchors = connection.prepareStatement(
                "SELECT user_id FROM (SELECT user_id, row_number() OVER (ORDER BY user_id) AS n FROM "
                        + "(SELECT DISTINCT user_id FROM endpoint" + where.sql() + " AND user_id IS NOT NULL)) "
                        + "WHERE (n - 1) % ? = 0 ORDER BY user_id")) {
            int next = where.bind(anchors, 1);
            anchors.setInt(next, pageSize);
            try (ResultSet rows = anchors.executeQuery()) {
                while (rows.next()) {
                    starts.add(rows.getString(1));
                }
            }
        }
        return new PeopleIndex(filter, total, pageSize, starts);
    }

    /** Up to {@code limit} people from user id {@code fromUserId} on (all when it is ""), in user id order. */
    List<PersonRow> page(Connection connection, AudienceFilter filter, String fromUserId, int limit)
            throws SQLException {
        AttributeNames names = AttributeNames.load(connection);
        FilterSql where = FilterSql.of(filter);
        String sql = "SELECT user_id, group_concat(DISTINCT channel_type), count(*), total(opt_out = 'ALL'), "
                + nameColumn(names, FIRST_NAME) + ", " + nameColumn(names, LAST_NAME)
                + " FROM endpoint WHERE user_id IN (SELECT DISTINCT user_id FROM endpoint" + where.sql()
                + " AND user_id >= ? ORDER BY user_id LIMIT ?) GROUP BY user_id ORDER BY user_id";
        try (PreparedStatement page = connection.prepareStatement(sql)) {
            int next = where.bind(page, 1);
            page.setString(next, fromUserId);
            page.setInt(next + 1, limit);
            List<PersonRow> people = new ArrayList<>(limit);
            try (ResultSet rows = page.executeQuery()) {
                while (rows.next()) {
                    people.add(new PersonRow(rows.getString(1), firstValue(rows.getString(5)),
                            firstValue(rows.getString(6)), channels(rows.getString(2)), rows.getInt(3),
                            (int) rows.getDouble(4)));
                }
            }
            return people;
        }
    }

    boolean matches(Connection connection, AudienceFilter filter, String userId) throws SQLException {
        FilterSql where = FilterSql.of(filter);
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT 1 FROM endpoint" + where.sql() + " AND user_id = ? LIMIT 1")) {
            select.setString(where.bind(select, 1), userId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next();
            }
        }
    }

    /** The user attribute's column, any endpoint's value that is set; NULL when no endpoint has the name. */
    private static String nameColumn(AttributeNames names, String name) {
        String column = names.column(AttributeScope.USER_ATTRIBUTE, name);
        return column == null ? "NULL" : "max(" + column + ")";
    }

    private static String firstValue(String cell) {
        List<String> values = EndpointColumns.unpack(cell);
        return values.isEmpty() || values.get(0).isBlank() ? null : values.get(0);
    }

    private static Set<ChannelType> channels(String list) {
        Set<ChannelType> channels = EnumSet.noneOf(ChannelType.class);
        if (list != null) {
            for (String code : list.split(",")) {
                channels.add(ChannelType.valueOf(code));
            }
        }
        return channels;
    }
}
