package io.tidings.audience;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The WHERE clause of an audience filter over the endpoint table, with bound values only. */
record FilterSql(String sql, List<Object> parameters) {

    /** Above every character: the end of a prefix range in SQLite's binary order. */
    private static final String AFTER_PREFIX = "\uDBFF\uDFFF";

    static FilterSql of(AudienceFilter filter) {
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
        return new FilterSql(sql.toString(), parameters);
    }

    /** Binds the parameters from the statement's parameter {@code first} on; returns the next parameter's number. */
    int bind(PreparedStatement statement, int first) throws SQLException {
        for (int index = 0; index < parameters.size(); index++) {
            statement.setObject(first + index, parameters.get(index));
        }
        return first + parameters.size();
    }
}
