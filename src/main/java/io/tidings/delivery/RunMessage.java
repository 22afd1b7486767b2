package io.tidings.delivery;

import java.time.Instant;

/**
 * One message of a campaign run, for the run monitor's drill-down to endpoints with a given outcome.
 *
 * @param messageId the ledger id
 * @param endpointId the endpoint's Id, or null when the endpoint has been deleted since
 * @param treatment the ledger treatment (0 is the default), or {@link RunPlan#HOLDOUT}
 * @param address where it went or would have gone, or null
 * @param reason why it was not sent, held or failed, or null
 * @param detail the provider's words or Tidings' explanation, or null
 * @param updatedAt when its row last changed, or null
 */
public record RunMessage(long messageId, String endpointId, int treatment, String address, MessageState state,
        ReasonCode reason, String detail, Instant updatedAt) {
}
