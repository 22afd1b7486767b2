package io.tidings.audience;

import java.util.List;

/** Turns a read row into the preview the mapping step shows: the endpoint as it would be stored, and its problems. */
final class ImportPreviews {

    private ImportPreviews() {
    }

    /** @param existing the stored endpoint the row would update (by its Id, or its channel and address), or null */
    static PreviewRow previewOf(ImportedRow row, StoredEndpoint existing, EndpointRules rules) {
        List<FieldProblem> problems = row.problems();
        Endpoint endpoint = row.endpoint();
        if (problems.isEmpty() && !row.selectsUser()) {
            EndpointRules.Checked checked = existing == null ? rules.inspectWhole(endpoint)
                    : rules.inspect(EndpointOverlay.of(existing.endpoint(), endpoint));
            endpoint = checked.endpoint();
            problems = checked.problems();
        }
        List<RejectedRow> rejected = problems.stream()
                .map(problem -> new RejectedRow(row.line(), problem.field(), problem.reason()))
                .toList();
        return new PreviewRow(row.line(), endpoint, rejected);
    }
}
