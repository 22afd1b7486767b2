package io.tidings.audience.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One CSV column in the mapping step: its header and the field it goes to. */
public final class ColumnChoice {

    /** The target that leaves a column out of the import. */
    public static final String LEAVE_OUT = "(leave out)";

    private final String header;
    private final StringProperty target = new SimpleStringProperty(this, "target");

    ColumnChoice(String header, String target) {
        this.header = header;
        this.target.set(target);
    }

    public String header() {
        return header;
    }

    public StringProperty targetProperty() {
        return target;
    }

    /** The field path, or null when the column is left out. */
    String fieldPath() {
        String chosen = target.get();
        return chosen == null || chosen.isBlank() || LEAVE_OUT.equals(chosen) ? null : chosen.strip();
    }
}
