package io.tidings.journey;

/** A workspace template a message activity sends: a saved version, or (null) its active version when it sends. */
public record TemplateChoice(long templateId, Integer version) {
}
