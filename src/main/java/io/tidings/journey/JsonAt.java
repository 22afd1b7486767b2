package io.tidings.journey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.tidings.work.Quote;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a journey file together with its JSON path ({@code Activities.welcome.EMAIL.TemplateName}), so that
 * whatever is wrong with it is told where it is. Fields are found by Pinpoint's names, ignoring case, as hand-written
 * files vary.
 */
record JsonAt(JsonNode node, String path) {

    static JsonAt root(JsonNode node) {
        return new JsonAt(node, "");
    }

    /** The member {@code name} (a missing value when absent). */
    JsonAt get(String name) {
        JsonNode found = node.isObject() ? node.get(name) : null;
        if (found == null && node.isObject()) {
            for (Map.Entry<String, JsonNode> member : node.properties()) {
                if (member.getKey().equalsIgnoreCase(name)) {
                    found = member.getValue();
                    name = member.getKey();
                    break;
                }
            }
        }
        return new JsonAt(found == null ? MissingNode.getInstance() : found, under(name));
    }

    boolean isPresent() {
        return !node.isMissingNode() && !node.isNull();
    }

    /** Text (a number or boolean as its text), or null when absent. */
    String text() {
        if (!isPresent()) {
            return null;
        }
        if (!node.isValueNode()) {
            throw wrong("text");
        }
        return node.asText();
    }

    String text(String name) {
        return get(name).text();
    }

    /** Text that must be there and not blank. */
    String requiredText(String name, String example) {
        String value = text(name);
        if (value == null || value.isBlank()) {
            throw new InvalidJourneyException(under(name) + " is missing: give " + example + ".");
        }
        return value.strip();
    }

    /** A whole number ("5" too), or null when absent. */
    Integer whole(String name) {
        JsonAt value = get(name);
        if (!value.isPresent()) {
            return null;
        }
        if (value.node.canConvertToInt() && value.node.isIntegralNumber()) {
            return value.node.intValue();
        }
        if (value.node.isTextual() && value.node.asText().strip().matches("-?\\d{1,9}")) {
            return Integer.valueOf(value.node.asText().strip());
        }
        throw value.wrong("a whole number");
    }

    boolean flag(String name) {
        JsonAt value = get(name);
        if (!value.isPresent()) {
            return false;
        }
        String text = value.node.asText();
        if (value.node.isBoolean() || value.node.isTextual() && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(text);
        }
        throw value.wrong("true or false");
    }

    /** An object member, or null when absent. */
    JsonAt object(String name) {
        JsonAt value = get(name);
        if (!value.isPresent()) {
            return null;
        }
        if (!value.node.isObject()) {
            throw value.wrong("an object ({...})");
        }
        return value;
    }

    /** The elements of a list member, each with its path ({@code Branches[1]}); empty when absent. */
    List<JsonAt> list(String name) {
        JsonAt value = get(name);
        List<JsonAt> elements = new ArrayList<>();
        if (!value.isPresent()) {
            return elements;
        }
        if (!value.node.isArray()) {
            throw value.wrong("a list ([...])");
        }
        for (int index = 0; index < value.node.size(); index++) {
            elements.add(new JsonAt(value.node.get(index), value.path + "[" + index + "]"));
        }
        return elements;
    }

    /** The members of this object by name, each with its path. */
    Map<String, JsonAt> members() {
        if (!node.isObject()) {
            throw wrong("an object ({...})");
        }
        Map<String, JsonAt> members = new LinkedHashMap<>();
        node.properties().forEach(member -> members.put(member.getKey(),
                new JsonAt(member.getValue(), under(member.getKey()))));
        return members;
    }

    String under(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** "PATH is "x": give EXPECTED." */
    InvalidJourneyException wrong(String expected) {
        String found = node.isTextual() ? Quote.of(node.asText()) : node.isObject() ? "an object"
                : node.isArray() ? "a list" : Quote.shown(node.toString());
        return new InvalidJourneyException((path.isEmpty() ? "The journey" : path) + " is " + found + ": give "
                + expected + ".");
    }
}
