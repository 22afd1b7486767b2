package io.tidings.audience;

/**
 * A row as the import file gave it, before any reading into fields: what a rejected row is saved
 * as, so that it can be corrected and imported again. Readers hand over what they already hold
 * (a CSV record's cells, a JSON line's bytes), so keeping it costs no copy. They keep it only when
 * the import writes a rejected rows file: holding every queued row's cells until the row is
 * written sometimes cost the command line's import of a million rows in a 256 MB heap seconds of
 * garbage collection.
 */
sealed interface OriginalRow {

    /** A CSV row's cells as written in the file (formula guards included). */
    record CsvRow(String[] cells) implements OriginalRow {
    }

    /** One line of a newline-delimited JSON file, without its line end. */
    record JsonLine(byte[] bytes) implements OriginalRow {
    }
}
