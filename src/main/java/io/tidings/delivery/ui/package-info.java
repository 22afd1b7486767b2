/**
 * The Outbox section ({@code OutboxView}): send jobs with live counts, pause, resume and cancel
 * ({@code SendJobsView}), the sandbox's captured messages with their events in the shared previews of
 * {@code io.tidings.ui.preview} ({@code SandboxMessagesView}), and the sandbox's simulated report rates
 * ({@code SimulatedOutcomesView}). See docs/sending-engine.md, "The Outbox screen".
 */
package io.tidings.delivery.ui;
