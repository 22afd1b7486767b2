package io.tidings.audience;

/** The file formats the audience export writes. */
public enum ExportFormat {
    CSV,
    NDJSON
}
