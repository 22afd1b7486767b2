/**
 * The Settings section: {@code SettingsView}, a list of pages. Its own page, General ({@code GeneralSettingsView} over
 * {@code SettingsViewModel}), holds the app's look, the open workspace's name and phone region, and where Tidings keeps
 * its files. The other pages ({@code SettingsPage}) are other features' screens, which the desktop's section
 * composition hands in: Sending limits and Channels ({@code io.tidings.channel.accounts.ui}), Sandbox
 * ({@code io.tidings.delivery.ui}).
 */
package io.tidings.settings.ui;
