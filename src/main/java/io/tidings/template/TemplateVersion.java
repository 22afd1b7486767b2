package io.tidings.template;

import java.time.Instant;

/** One saved version of a template; {@code active} marks the one messages are sent with. */
public record TemplateVersion(int version, Instant createdAt, boolean active) {
}
