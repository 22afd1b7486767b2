/**
 * The window around the sections: {@code MainWindow}, {@code HeaderBar} (workspace switcher, theme),
 * {@code Sidebar}, {@code StatusBar}, {@code ShellViewModel}, the dialogs ({@code DialogService}), the planned page
 * of a section not built yet ({@code PlannedSectionView}), and the one background-work runner.
 *
 * <p>The shell is generic over the workspace it shows: it knows only its own {@code OpenWorkspace} (name, file,
 * rename, start sending, close), {@code WorkspaceOpener} and {@code SectionViewFactory}, which {@code io.tidings.app}
 * implements. A section's screen is built on its first visit and kept while the workspace is open; one that
 * implements {@code ReloadsOnReturn} (Audience, Dashboard) reads the workspace again each time the user comes back,
 * so that a command-line import shows.
 *
 * <p>Editors: a view model that edits something implements {@code UnsavedEdits}; leaving it goes through
 * {@code LeavingEditors}, which asks Save / Discard / Cancel; its screen implements {@code EditorScreen}, so the shell
 * asks before another section, another workspace or closing the window. {@code UnsavedMarker} shows the unsaved
 * state; {@code SaveShortcut} makes Ctrl+S save.
 *
 * <h2>Background work</h2>
 * <ul>
 *   <li>View models never block the FX thread: they hand a {@code BackgroundJob} (title, work, success, failure and
 *       cancel handlers) to the injected {@code BackgroundWork}. In the app that is {@code FxBackgroundWork}: a pool
 *       of daemon threads (three in the app), each job a JavaFX {@code Task} whose handlers run on the FX thread.
 *       Jobs a user waits on show in the status bar with progress and a cancel button; {@code quiet()} jobs (short
 *       reads, settings saves) do not.</li>
 *   <li>The work receives a {@code io.tidings.work.Progress}: {@code update(done, total, message)} feeds the status
 *       bar; {@code checkCancelled()} throws {@code WorkCancelledException}, which the runner reports as a cancel,
 *       not a failure. A job marked {@code reportsWhenStopped()} (the audience import) is asked rather than
 *       abandoned: the cancel button only makes its {@code Progress} cancelled, the work winds down and returns what
 *       it did, and that result goes to its success handler (the import's report of the lines that landed).</li>
 *   <li>Tests use {@code ImmediateBackgroundWork} (runs on the calling thread) and {@code RecordingDialogs}.</li>
 * </ul>
 */
package io.tidings.shell;
