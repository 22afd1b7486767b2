package io.tidings.audience;

import java.util.List;

/** The first rows of a file as the import would store them, for the mapping step. */
public record ImportPreview(List<String> headers, List<PreviewRow> rows) {

    public ImportPreview {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }
}
