package io.tidings.template;

/** A template with the content of its active version. */
public record Template(TemplateSummary summary, TemplateContent content) {

    public long id() {
        return summary.id();
    }

    public String name() {
        return summary.name();
    }

    public TemplateType type() {
        return summary.type();
    }
}
