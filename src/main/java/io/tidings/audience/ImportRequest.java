package io.tidings.audience;

import java.nio.file.Path;

/**
 * One import of an audience file.
 *
 * @param format the file's format, or null to decide from the file name and content
 * @param mapping for a CSV without Pinpoint headers, where each column goes; null to use the header row
 * @param segmentName when set, creates or refreshes the imported segment of that name with exactly
 *     the endpoints this import touched
 * @param errorsFile when set, every rejected row is written there as CSV (line, field, reason)
 * @param rejectedRowsFile when set, the rejected rows are written there as the file had them, in its
 *     format (a CSV under its header row, or NDJSON lines), to be corrected and imported again
 */
public record ImportRequest(
        Path file,
        ImportFormat format,
        ColumnMapping mapping,
        ErrorPolicy errorPolicy,
        String segmentName,
        Path errorsFile,
        Path rejectedRowsFile) {

    /** An import that keeps no file of the rejected rows themselves. */
    public ImportRequest(Path file, ImportFormat format, ColumnMapping mapping, ErrorPolicy errorPolicy,
            String segmentName, Path errorsFile) {
        this(file, format, mapping, errorPolicy, segmentName, errorsFile, null);
    }
}
