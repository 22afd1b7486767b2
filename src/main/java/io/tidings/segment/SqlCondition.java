package io.tidings.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * A condition on an endpoint row {@code e}, as SQL text with bound parameters: values are never
 * written into the text.
 */
record SqlCondition(String sql, List<Object> parameters) {

    static final SqlCondition TRUE = new SqlCondition("1", List.of());
    static final SqlCondition FALSE = new SqlCondition("0", List.of());

    SqlCondition {
        parameters = List.copyOf(parameters);
    }

    static SqlCondition of(String sql, Object... parameters) {
        return new SqlCondition(sql, List.of(parameters));
    }

    static SqlCondition all(List<SqlCondition> conditions) {
        return join(conditions, " AND ", TRUE);
    }

    static SqlCondition any(List<SqlCondition> conditions) {
        return join(conditions, " OR ", FALSE);
    }

    /**
     * The opposite condition. A condition on an empty field is NULL in SQL, which NOT would keep
     * NULL; coalescing first makes "not (country in US)" hold for an endpoint with no country.
     */
    SqlCondition not() {
        return new SqlCondition("NOT coalesce((" + sql + "), 0)", parameters);
    }

    private static SqlCondition join(List<SqlCondition> conditions, String operator, SqlCondition empty) {
        if (conditions.isEmpty()) {
            return empty;
        }
        if (conditions.size() == 1) {
            return conditions.get(0);
        }
        StringBuilder sql = new StringBuilder("(");
        List<Object> parameters = new ArrayList<>();
        for (int index = 0; index < conditions.size(); index++) {
            if (index > 0) {
                sql.append(operator);
            }
            sql.append('(').append(conditions.get(index).sql()).append(')');
            parameters.addAll(conditions.get(index).parameters());
        }
        return new SqlCondition(sql.append(')').toString(), parameters);
    }

}
