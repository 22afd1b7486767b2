/**
 * The sending engine. {@code SendJobs} creates a job (one template version to one segment on one channel, with its
 * {@code JobOptions}: quiet time, caps) and expands it into the ledger, one {@code outbox_message} row per endpoint;
 * {@code DeliveryEngine}'s workers claim due rows ({@code MessageClaims}, {@code SendingRules}), render them
 * ({@code MessageComposer} with the template feature's {@code TemplateRenderer}), hand them to the channel's
 * {@code ChannelSender}, and pass the outcomes to {@code OutcomeRecorder}, which saves each with its event in group
 * commits. A row is SENDING only while a worker holds it or its outcome waits to be saved: the crash rule.
 *
 * <p>The engine receives its collaborators from the composition root: the {@code EndpointLookup} and
 * {@code TemplateVersions} ports it declares, the audience's {@code EndpointFeedback}, and the channel senders map.
 * This package implements other features' ports: the channel's {@code ProviderReports} ({@code MessageReports}) and
 * {@code SmsFeedback} ({@code ProviderFeedback}), the audience's {@code UserRecords} ({@code SentMessageRecords}) and
 * {@code UserActivity} ({@code UserActivityExport}). {@code Outbox} and {@code OutboxQueries} are the Outbox screen's
 * reads ({@code delivery.ui}).
 *
 * <p>See docs/sending-engine.md.
 */
package io.tidings.delivery;
