package io.tidings.delivery;

/**
 * One message of a send job that was not sent, and why.
 *
 * @param endpointId the endpoint's Id, or null when the endpoint has been deleted since
 * @param address where it would have gone, or null when the endpoint had none
 * @param reason Pinpoint's reason code, or null when the ledger holds none
 * @param detail the provider's words or Tidings' explanation, or null
 */
public record UnsentMessage(long messageId, String endpointId, String address, MessageState state, ReasonCode reason,
        int attempts, String detail) {
}
