/**
 * Starts the desktop app. {@link io.tidings.app.Launcher} is the jar's entry point: with no arguments it launches
 * {@link io.tidings.app.TidingsApp}, with arguments it runs the command line ({@code io.tidings.cli}).
 *
 * <p>{@link io.tidings.app.Desktop} puts the window together: a {@code Wiring} for the desktop, the shell's
 * {@code ShellViewModel} with {@link io.tidings.app.DesktopWorkspace#openerOf} as its workspace opener, and a
 * {@code MainWindow} with {@code SectionViews}, which builds each section's view and view model from the services of
 * the open workspace (Dashboard, Audience, Segments, Templates, Outbox, Settings; a planned page for Campaigns,
 * Journeys and Analytics). {@link io.tidings.app.DesktopWorkspace} adapts the root's {@code OpenedWorkspace} to the
 * shell's own {@code OpenWorkspace} interface.
 */
package io.tidings.app;
