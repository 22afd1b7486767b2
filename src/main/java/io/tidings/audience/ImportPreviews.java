package io.tidings.audience;

import java.util.List;
import java.util.Map;

/** Turns a read row into the preview the mapping step shows: the endpoint as it would be stored, and its problems. */
final class ImportPreviews {

    private ImportPreviews() {
    }

    static PreviewRow previewOf(ImportedRow row, Map<String, StoredEndpoint> stored, EndpointRules rules) {
        List<FieldProblem> problems = row.problems();
        Endpoint endpoint = row.endpoint();
        if (problems.isEmpty() && !row.selectsUser()) {
            StoredEndpoint existing = endpoint.id() == null ? null : stored.get(endpoint.id());
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
