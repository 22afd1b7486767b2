/**
 * Which provider each channel sends through. {@code ChannelAccounts} holds a {@code ChannelAccount} per configured
 * channel (a {@code ProviderAccount}, or none for the sandbox, and an optional rate) and the email From
 * ({@code EmailSettings}); {@code ChannelAccountsJson} reads and writes the one JSON shape of a {@code --settings}
 * file and the stored form, each problem an {@code AccountProblem} with its JSON path; {@code Secret} is an
 * {@code env:}, {@code file:} or typed secret; {@code Providers.ALL} lists the provider records.
 * {@code ChannelAccountService} loads, validates, saves, tests a connection and opens the engine's adapters
 * ({@code ChannelSenders}), the sandbox's for a channel without an account; {@code LiveChannelSenders} are the app
 * engine's, reopened when the accounts are saved. {@code ui} is Settings' Channels panel. See docs/channels.md.
 */
package io.tidings.channel.accounts;
