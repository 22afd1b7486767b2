package io.tidings.template;

import java.util.AbstractList;
import java.util.List;

/**
 * The values of one Pinpoint attribute. Pinpoint attributes are lists; a template that prints the
 * whole attribute ({@code {{Attributes.Interests}}}) gets the values joined with ", ", one that
 * indexes it ({@code {{Attributes.Interests.[0]}}}) or loops over it gets single values.
 */
public final class AttributeValues extends AbstractList<String> {

    static final String SEPARATOR = ", ";

    private final List<String> values;
    private final String joined;

    public AttributeValues(List<String> values) {
        this.values = List.copyOf(values);
        this.joined = String.join(SEPARATOR, this.values);
    }

    @Override
    public String get(int index) {
        return values.get(index);
    }

    @Override
    public int size() {
        return values.size();
    }

    @Override
    public String toString() {
        return joined;
    }
}
