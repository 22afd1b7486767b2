/**
 * The Templates section: {@code TemplatesView} and {@code TemplatesViewModel} (list, filter, commands) and the editor
 * ({@code TemplateEditorView}, {@code TemplateEditorViewModel}, {@code TemplateForm}): the fields as typed, a live
 * preview rendered off the FX thread a moment after the last keystroke (older renders dropped) for a chosen endpoint,
 * saving as a new version, versions side by side ({@code VersionsDialog}), and test sends to the sandbox outbox. The
 * previews themselves are the shared {@code io.tidings.ui.preview}.
 */
package io.tidings.template.ui;
