package io.tidings.analytics;

import java.util.Map;

/**
 * An event's attributes or metrics as the JSON object text the event table keeps, written by hand: the import writes
 * two for every event, and Jackson's general serializer was a tenth of its time. Text is escaped as Jackson escapes
 * it (quote, backslash and control characters); numbers as {@link Double#toString}, as Jackson writes a double.
 */
final class JsonObjectText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private JsonObjectText() {
    }

    static String of(Map<String, ?> values) {
        if (values.isEmpty()) {
            return "{}";
        }
        StringBuilder json = new StringBuilder(16 + values.size() * 24).append('{');
        boolean first = true;
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            quoted(json, entry.getKey()).append(':');
            Object value = entry.getValue();
            if (value instanceof Double number) {
                if (number.isNaN() || number.isInfinite()) {
                    json.append('"').append(number).append('"'); // as Jackson writes a non-finite double
                } else {
                    json.append(number.doubleValue());
                }
            } else {
                quoted(json, String.valueOf(value));
            }
        }
        return json.append('}').toString();
    }

    private static StringBuilder quoted(StringBuilder json, String text) {
        json.append('"');
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                case '\b' -> json.append("\\b");
                case '\f' -> json.append("\\f");
                default -> {
                    if (c < 0x20) {
                        json.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
