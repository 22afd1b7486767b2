/**
 * The sandbox channel: where a channel without a provider account sends, so that nothing leaves the laptop.
 *
 * <ul>
 *   <li>{@code SandboxSender} (one per channel, opened by the channel accounts for every channel without an
 *       account) captures each message of a send job in {@code sandbox_message} ({@code SandboxOutbox}) with its
 *       ledger id, at most once per id (migration 009: a unique partial index), so a message sent again after a
 *       crash is not captured twice. Test sends from the template editor go to the same table without a ledger id
 *       and get no events.</li>
 *   <li>Simulated provider reports: {@code SimulatedOutcomes} decides from the message id alone (SplitMix64's
 *       finaliser over the id and a per-decision index, so one rate changing does not reshuffle the others) whether
 *       the message is delivered, hard or soft bounced, complained about, opened and clicked (email), delivered or
 *       failed (SMS, push, voice), at the workspace's rates ({@code sandbox_settings}, one JSON row,
 *       {@code SandboxSettingsStore}; {@code SandboxSettings} names the wrong field: each rate 0-100, a channel's
 *       outcomes of messages sent at most 100 together, the rest never reported). The same id and rates always give
 *       the same reports at the same delays, so tests and demos repeat. Simulated events carry
 *       {@code "simulated": "true"}.</li>
 *   <li>Decision: the reports are written at send time with the times a provider would send them (deliveries
 *       seconds later, soft bounces after 15 min to 4 h, opens over two days, log-uniform), rather than by a
 *       scheduler. One transaction, nothing to resume after a crash; the price is that events can lie in the future,
 *       so readers that count "so far" only count events up to now. Suppression from a hard bounce or complaint
 *       takes effect at send time, not when the report is due.</li>
 *   <li>The reports go through the {@code io.tidings.channel.ProviderReports} port, which the sending engine's
 *       {@code MessageReports} implements: the sandbox does not depend on delivery.</li>
 *   <li>{@code SandboxCaptures} is the sandbox's {@code UserRecords}: erasing a user deletes the captures of their
 *       endpoints and the test sends to their addresses, before the ledger rows those captures name.</li>
 * </ul>
 */
package io.tidings.channel.sandbox;
