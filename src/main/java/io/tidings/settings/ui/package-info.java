/**
 * The Settings section: {@code SettingsView} and {@code SettingsViewModel}, the app's look, the open workspace's name
 * and phone region, and where Tidings keeps its files. The Channels panel is the channel accounts feature's own
 * screen ({@code io.tidings.channel.accounts.ui}), which the desktop's section composition hands to the view as a
 * node.
 */
package io.tidings.settings.ui;
