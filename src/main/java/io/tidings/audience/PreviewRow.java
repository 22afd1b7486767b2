package io.tidings.audience;

import java.util.List;

/** One row of an import preview: the endpoint as it would be stored, or the problems that stop it. */
public record PreviewRow(long line, Endpoint endpoint, List<RejectedRow> problems) {

    public PreviewRow {
        problems = List.copyOf(problems);
    }
}
