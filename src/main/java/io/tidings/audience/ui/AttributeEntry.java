package io.tidings.audience.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One row of an attribute or metric table in the endpoint editor: a name and its values as text. */
public final class AttributeEntry {

    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty values = new SimpleStringProperty(this, "values", "");

    public AttributeEntry(String name, String values) {
        this.name.set(name);
        this.values.set(values);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty valuesProperty() {
        return values;
    }

    /** What a list of entries watches, so that editing a cell counts as a change. */
    static javafx.beans.Observable[] observables(AttributeEntry entry) {
        return new javafx.beans.Observable[] {entry.name, entry.values};
    }

    public String name() {
        return name.get().strip();
    }

    public String values() {
        return values.get();
    }
}
