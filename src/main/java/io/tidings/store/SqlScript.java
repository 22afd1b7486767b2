package io.tidings.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits a migration script into statements. A statement ends with a semicolon at the end of a
 * line; a {@code CREATE TRIGGER} runs until its {@code END;}. Lines starting with {@code --} are
 * comments.
 */
final class SqlScript {

    private SqlScript() {
    }

    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            if (current.isEmpty()) {
                inTrigger = trimmed.toUpperCase(Locale.ROOT).startsWith("CREATE TRIGGER");
            }
            current.append(line).append('\n');
            boolean ends = inTrigger
                    ? trimmed.equalsIgnoreCase("END;")
                    : trimmed.endsWith(";");
            if (ends) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
