package io.tidings.audience;

import java.util.List;

/**
 * One row of an import preview.
 *
 * @param endpoint the endpoint as it would be stored; for a row with problems, its fields as read,
 *     so that the marketer sees which row it is
 * @param problems what stops the row; empty when it would be imported
 */
public record PreviewRow(long line, Endpoint endpoint, List<RejectedRow> problems) {

    public PreviewRow {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
