package io.tidings.work;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Says in plain words where a JSON file goes wrong and what belongs there: Jackson's own messages name Java
 * types ("Cannot construct instance of `java.util.ArrayList`"), which mean nothing to the person who wrote the file.
 */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** Where the problem is, as a JSON path such as {@code Groups[0].Dimensions[0].Attributes.Tier.Values}; empty at the top. */
    public static String path(JsonMappingException problem) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : problem.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The line and column, such as " (line 3, column 14)", or nothing when the file's text is not known. */
    public static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** The whole problem: where it is and what was expected there. */
    public static String describe(JsonProcessingException problem) {
        if (!(problem instanceof JsonMappingException mapping)) {
            return "it is not valid JSON" + where(problem.getLocation()) + ": " + syntax(problem);
        }
        String path = path(mapping);
        return (path.isEmpty() ? "at the top" : "at " + path) + where(problem.getLocation()) + ": " + why(mapping);
    }

    /** What is wrong at the problem's path. */
    public static String why(JsonMappingException problem) {
        if (problem instanceof UnrecognizedPropertyException unknown) {
            return Quote.of(unknown.getPropertyName()) + " is not a field that belongs here"
                    + (unknown.getKnownPropertyIds() == null || unknown.getKnownPropertyIds().isEmpty() ? ""
                            : " (the fields here are " + unknown.getKnownPropertyIds().stream().map(Object::toString)
                                    .sorted().collect(Collectors.joining(", ")) + ")");
        }
        if (problem instanceof InvalidFormatException format && format.getTargetType() != null) {
            return Quote.of(String.valueOf(format.getValue())) + " is not " + expected(format.getTargetType());
        }
        if (problem instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String found = found(mismatch);
            return "expected " + expected(mismatch.getTargetType()) + (found.isEmpty() ? "" : ", not " + found);
        }
        if (problem.getCause() != null && problem.getCause().getMessage() != null
                && problem.getCause().getClass().getName().startsWith("io.tidings.")) {
            return problem.getCause().getMessage();
        }
        return "this part is not in the shape expected here";
    }

    /** What a value of {@code type} looks like in JSON, such as "a list, such as [\"a\", \"b\"]". */
    public static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list, such as [\"a\", \"b\"]";
        }
        if (type == String.class || type == char.class || type == Character.class) {
            return "text in quotes";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type.isPrimitive() && type != boolean.class || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.")
                ? "an object, such as {\"Name\": ...}" : "a value of another kind";
    }

    /** What the file had instead, from the token the reader stopped at; empty when that is not known. */
    private static String found(MismatchedInputException problem) {
        JsonToken token = problem.getProcessor() instanceof JsonParser parser ? parser.currentToken() : null;
        if (token == null) {
            return "";
        }
        return switch (token) {
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            case START_ARRAY, END_ARRAY -> "a list";
            case START_OBJECT, END_OBJECT, FIELD_NAME -> "an object";
            default -> "";
        };
    }

    /** What is wrong with text that is not JSON at all, without Jackson's character codes and source notes. */
    public static String syntax(JsonProcessingException problem) {
        String message = problem.getOriginalMessage() == null ? "" : problem.getOriginalMessage();
        if (message.contains("end-of-input")) {
            return "the text ends before the JSON does (a } or ] is missing)";
        }
        if (message.startsWith("Trailing token")) {
            return "more follows where the JSON value ends; one value belongs in the file";
        }
        if (message.contains("nesting depth")) {
            return "it is nested more deeply than the 1,000 levels Tidings reads";
        }
        return message.lines().findFirst().orElse("").replaceAll(" \\(code \\d+\\)", "")
                .replaceAll("\\s*\\(for .*?\\)", "").replaceAll("\\s*at \\[Source.*", "")
                .replaceAll("\\s*\\(bound as `[^`]*`\\)", "").replaceAll(", from `[^`]*`", "").replaceAll("`[\\w.$]+`", "a value");
    }
}
