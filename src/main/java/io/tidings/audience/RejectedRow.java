package io.tidings.audience;

/**
 * A row an import could not accept: the file's line number (the first line of a quoted
 * multi-line record; 1 is a CSV's header), the field at fault (a field path such as
 * {@code Location.Country}, or empty when the whole row is at fault), and why, in plain words.
 */
public record RejectedRow(long line, String field, String reason) {
}
