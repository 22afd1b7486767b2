package io.tidings.tracking;

/**
 * A message the engine sent, as its opens, clicks and unsubscribe are recorded: who it went to and what sent it
 * (each null when it has none), attributed as the engine's own events are (a journey's as migration 024 attributes them).
 *
 * @param endpointId the endpoint's id, or null when the endpoint is no longer in the audience
 * @param address the address the message went to
 * @param campaignRunId the send job's id when it is a campaign run
 * @param treatmentId the ledger's treatment number ("0" for the default treatment)
 * @param journeyId the journey's id when a journey's activity sent it
 * @param journeyActivityId the key of the journey's activity that sent it
 */
public record SentMessage(long messageId, String endpointId, String userId, String address, String channel,
        String campaignId, String campaignRunId, String treatmentId, String journeyId, String journeyActivityId) {
}
