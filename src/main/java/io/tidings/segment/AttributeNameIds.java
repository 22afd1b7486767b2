package io.tidings.segment;

import java.util.Map;
import java.util.OptionalLong;

/** The ids under which the workspace stores custom attribute, user attribute and metric names. */
record AttributeNameIds(Map<String, Long> attributes, Map<String, Long> userAttributes, Map<String, Long> metrics) {

    OptionalLong attribute(String name) {
        return find(attributes, name);
    }

    OptionalLong userAttribute(String name) {
        return find(userAttributes, name);
    }

    OptionalLong metric(String name) {
        return find(metrics, name);
    }

    private static OptionalLong find(Map<String, Long> ids, String name) {
        Long id = ids.get(name);
        return id == null ? OptionalLong.empty() : OptionalLong.of(id);
    }
}
