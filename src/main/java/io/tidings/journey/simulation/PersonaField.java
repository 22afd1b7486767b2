package io.tidings.journey.simulation;

import java.util.List;

/** An attribute generated personas get, with the values they draw from (the workspace's most common ones). */
record PersonaField(boolean userAttribute, String name, List<String> values) {

    PersonaField {
        values = List.copyOf(values);
    }
}
