package io.tidings.template;

import java.time.Instant;

/** A template as listed: what it is called, for which channel, and its active version. */
public record TemplateSummary(
        long id,
        String name,
        TemplateType type,
        String description,
        Instant updatedAt,
        int activeVersion) {
}
