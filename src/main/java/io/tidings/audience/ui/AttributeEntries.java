package io.tidings.audience.ui;

import io.tidings.audience.FieldProblem;
import io.tidings.shell.NumberText;
import io.tidings.shell.ValueList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attributes and metrics as rows of the endpoint editor and back: rows sorted by name, values as
 * comma-separated text, and, reading back, a problem for every row that is not valid. A row with
 * neither name nor value is ignored.
 */
final class AttributeEntries {

    private AttributeEntries() {
    }

    static List<AttributeEntry> ofAttributes(Map<String, List<String>> values) {
        return values.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new AttributeEntry(entry.getKey(), ValueList.format(entry.getValue())))
                .toList();
    }

    static List<AttributeEntry> ofMetrics(Map<String, Double> metrics) {
        return metrics.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(metric -> new AttributeEntry(metric.getKey(), NumberText.format(metric.getValue())))
                .toList();
    }

    /** Attribute rows as a map; problems are added to {@code found} under {@code prefix} and the name. */
    static Map<String, List<String>> attributes(List<AttributeEntry> entries, String prefix, List<FieldProblem> found) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (AttributeEntry entry : entries) {
            if (entry.name().isEmpty() && entry.values().isBlank()) {
                continue;
            }
            String path = prefix + entry.name();
            if (entry.name().isEmpty()) {
                found.add(new FieldProblem(path, "an attribute needs a name"));
                continue;
            }
            if (values.containsKey(entry.name())) {
                found.add(new FieldProblem(path, "the attribute " + entry.name() + " is listed twice"));
                continue;
            }
            try {
                List<String> parsed = ValueList.parse(entry.values());
                if (parsed.isEmpty()) {
                    found.add(new FieldProblem(path, "give at least one value, or remove the attribute"));
                } else {
                    values.put(entry.name(), parsed);
                }
            } catch (IllegalArgumentException e) {
                found.add(new FieldProblem(path, e.getMessage()));
            }
        }
        return values;
    }

    /** Metric rows as a map; problems are added to {@code found} under "Metrics." and the name. */
    static Map<String, Double> metrics(List<AttributeEntry> entries, List<FieldProblem> found) {
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (AttributeEntry metric : entries) {
            if (metric.name().isEmpty() && metric.values().isBlank()) {
                continue;
            }
            String path = "Metrics." + metric.name();
            if (metric.name().isEmpty()) {
                found.add(new FieldProblem(path, "a metric needs a name"));
            } else {
                NumberText.parse(metric.values()).ifPresentOrElse(value -> metrics.put(metric.name(), value),
                        () -> found.add(new FieldProblem(path, "\"" + metric.values() + "\" is not a number")));
            }
        }
        return metrics;
    }
}
