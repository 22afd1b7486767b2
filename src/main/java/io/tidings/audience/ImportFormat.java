package io.tidings.audience;

/** The file formats the audience import reads. */
public enum ImportFormat {
    /** Pinpoint's CSV import format: a header row of field paths. */
    CSV,
    /** Newline-delimited JSON: one Pinpoint endpoint object per line, as a Pinpoint export job writes. */
    NDJSON
}
