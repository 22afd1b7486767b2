package io.tidings.audience;

/** The file formats the audience import reads. */
public enum ImportFormat {
    /** Pinpoint's CSV import format: a header row of field paths. */
    CSV("CSV", "csv"),
    /** Newline-delimited JSON: one Pinpoint endpoint object per line, as a Pinpoint export job writes. */
    NDJSON("Pinpoint JSON (one endpoint per line)", "json");

    private final String label;
    private final String extension;

    ImportFormat(String label, String extension) {
        this.label = label;
        this.extension = extension;
    }

    /** The format's name for people, as a file chooser shows it. */
    public String label() {
        return label;
    }

    /** The file name extension, without its dot. */
    public String extension() {
        return extension;
    }
}
