package io.tidings.segment;

/** A value some endpoints have in a field, and how many: a suggestion in the builder. */
public record ValueCount(String value, long endpoints) {
}
