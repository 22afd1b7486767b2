package io.tidings.audience;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * For a CSV whose header is not Pinpoint's: the field path each column goes to (such as
 * {@code Address}, {@code User.UserAttributes.FirstName} or {@code Attributes.Interests}), in
 * column order. A null entry leaves that column out.
 */
public record ColumnMapping(List<String> fieldPaths) {

    public ColumnMapping {
        fieldPaths = Collections.unmodifiableList(new ArrayList<>(fieldPaths));
    }
}
