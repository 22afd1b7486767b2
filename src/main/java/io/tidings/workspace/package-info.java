/**
 * Workspaces and the app's own files. {@code WorkspaceService} creates, opens (migrating an older schema), inspects
 * and renames workspace files and sets their phone region; {@code WorkspaceFileCheck} refuses foreign and too-new
 * files without writing a byte; {@code Workspace} is an open file. {@code AppDirectories}, {@code AppSettings} and
 * {@code AppSettingsStore} (theme, window, recent workspaces), {@code Theme} and {@code WindowBounds} belong to the
 * app rather than to a workspace. See docs/storage.md.
 */
package io.tidings.workspace;
