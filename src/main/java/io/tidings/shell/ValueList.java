package io.tidings.shell;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * A list of values as one line of text in an editor: separated by commas, and quoted
 * when a value holds a comma or a quote ({@code running, "Paris, TX"}).
 */
public final class ValueList {

    private static final CSVFormat LINE = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();

    private ValueList() {
    }

    public static String format(List<String> values) {
        List<String> written = new ArrayList<>();
        for (String value : values) {
            boolean quote = value.contains(",") || value.contains("\"") || !value.equals(value.strip());
            written.add(quote ? '"' + value.replace("\"", "\"\"") + '"' : value);
        }
        return String.join(", ", written);
    }

    /** The values in {@code text}; blanks are left out. */
    public static List<String> parse(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        try (var parser = LINE.parse(new StringReader(text.replace('\n', ' ')))) {
            List<String> values = new ArrayList<>();
            for (CSVRecord record : parser) {
                record.forEach(value -> {
                    if (!value.isBlank()) {
                        values.add(value);
                    }
                });
            }
            return values;
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new IllegalArgumentException("the values have an unclosed quote");
        }
    }
}
