package io.tidings.analytics;

/** A line of an events file that was not imported: its number, the field and why. */
public record RejectedEvent(long line, String field, String reason) {
}
