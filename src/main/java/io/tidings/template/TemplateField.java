package io.tidings.template;

import java.util.List;

/**
 * One editable part of a template, by its path in Pinpoint's request JSON.
 *
 * @param personalised whether the part may hold Handlebars variables and is rendered
 * @param choices the allowed values of a {@link Kind#CHOICE} field
 */
public record TemplateField(String path, String label, Kind kind, boolean personalised, List<String> choices) {

    /** How the editor shows a field. */
    public enum Kind {
        LINE,
        TEXT,
        HTML,
        CHOICE,
        FLAG
    }

    public TemplateField {
        choices = List.copyOf(choices);
    }

    static TemplateField line(String path, String label) {
        return new TemplateField(path, label, Kind.LINE, true, List.of());
    }

    static TemplateField text(String path, String label) {
        return new TemplateField(path, label, Kind.TEXT, true, List.of());
    }

    static TemplateField setting(String path, String label) {
        return new TemplateField(path, label, Kind.LINE, false, List.of());
    }

    static TemplateField choice(String path, String label, String... choices) {
        return new TemplateField(path, label, Kind.CHOICE, false, List.of(choices));
    }
}
