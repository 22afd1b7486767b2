package io.tidings.audience;

import io.tidings.work.Quote;

/**
 * A row an import could not accept: the file's line number (the first line of a quoted
 * multi-line record; 1 is a CSV's header), the field at fault (a field path such as
 * {@code Location.Country}, or empty when the whole row is at fault), and why, in plain words.
 * Both are as a terminal may show them: a field shortened and a reason of bounded length, their control
 * characters written out ({@link Quote}).
 */
public record RejectedRow(long line, String field, String reason) {

    public RejectedRow {
        field = Quote.shown(field);
        reason = Quote.message(reason);
    }
}
