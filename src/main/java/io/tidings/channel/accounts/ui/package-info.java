/**
 * Settings' Channels panel: {@code ChannelAccountsView} (a row per channel with its state line,
 * {@code ChannelSummary}) and the editor of one channel ({@code ChannelEditorView}, {@code ChannelEditorViewModel}),
 * which holds one {@code Setting} per JSON path of the channel ({@code TextSetting}, {@code ChoiceSetting},
 * {@code SecretSetting}; labels and hints in {@code SettingWords}) and reads the form back through the accounts' own
 * JSON reader, so each problem lands on its field. The desktop hands the panel to {@code io.tidings.settings.ui}'s
 * view. See docs/channels.md, "Channel accounts".
 */
package io.tidings.channel.accounts.ui;
