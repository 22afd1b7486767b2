package io.tidings.audience;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * For a CSV whose header is not Pinpoint's: the field path each column goes to (such as
 * {@code Address}, {@code User.UserAttributes.FirstName} or {@code Attributes.Interests}), in
 * column order. A null entry leaves that column out.
 *
 * @param fixedValues values given to every row, by field path, such as {@code ChannelType = EMAIL}
 *     for a list of email addresses; a column with a value for the same field wins
 */
public record ColumnMapping(List<String> fieldPaths, Map<String, String> fixedValues) {

    public ColumnMapping {
        fieldPaths = Collections.unmodifiableList(new ArrayList<>(fieldPaths));
        fixedValues = Collections.unmodifiableMap(new LinkedHashMap<>(fixedValues == null ? Map.of() : fixedValues));
    }

    public ColumnMapping(List<String> fieldPaths) {
        this(fieldPaths, Map.of());
    }
}
