package io.tidings.segment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.store.AttributeColumns;
import io.tidings.store.SqlText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A criterion's list of values as SQL. A short list binds each value, in the shape the segment count was measured
 * with (docs/BENCHMARKS.md); a long one is bound once, as a JSON array SQLite reads with {@code json_each}, so that
 * no list, however long, nests SQLite's expression tree (at most 1,000 deep: 998 values were too many) or
 * lengthens its statement (60,000 values were too long).
 */
final class ValueList {

    /** Lists of more values than this are bound as one JSON array. */
    static final int LONG_FROM = 100;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEPARATOR = String.valueOf(AttributeColumns.SEPARATOR);

    private final List<String> values;
    private final boolean asJson;

    /** @param longFrom lists of more values than this are bound as JSON */
    ValueList(List<String> values, int longFrom) {
        this.values = values;
        this.asJson = values.size() > longFrom;
    }

    /** The column's value is one of the values. */
    SqlCondition in(String column) {
        return asJson ? SqlCondition.of(column + " IN (SELECT j.value FROM json_each(?) AS j)", json())
                : new SqlCondition(column + " IN (" + SqlText.placeholders(values.size()) + ")", new ArrayList<>(values));
    }

    /** One of the attribute cell's values (each between two separators) is one of the values. */
    SqlCondition anyEqual(String cell) {
        if (asJson) {
            return SqlCondition.of(SegmentCompiler.anyValue(cell, "value IN (SELECT j.value FROM json_each(?) AS j)"), json());
        }
        return anyInstr(cell, values.stream().map(value -> SEPARATOR + value + SEPARATOR).toList());
    }

    /** The attribute cell contains one of the values. */
    SqlCondition anyContained(String cell) {
        return asJson ? SqlCondition.of("EXISTS (SELECT 1 FROM json_each(?) AS j WHERE instr(" + cell + ", j.value) > 0)", json())
                : anyInstr(cell, values);
    }

    private static SqlCondition anyInstr(String cell, List<String> parts) {
        return new SqlCondition("(" + String.join(" OR ", Collections.nCopies(parts.size(), "instr(" + cell + ", ?) > 0")) + ")",
                new ArrayList<>(parts));
    }

    private String json() {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A list of text values is always JSON", e);
        }
    }
}
