/**
 * The Audience section: {@code AudienceView} and {@code AudienceViewModel} (the endpoint table; {@code AudiencePages}
 * serves the count and the first page at once and deeper pages once the page index has arrived), the endpoint editor
 * ({@code EndpointEditorView}), the import wizard ({@code ImportDialog}, {@code ImportViewModel}: the column mapping
 * for CSVs without Pinpoint headers, a preview of the first rows as they will be stored, what to do with bad rows)
 * with its report ({@code ImportReportDialog}), and the exports, a user's activity included.
 */
package io.tidings.audience.ui;
