package io.tidings.delivery;

/**
 * A message of a send job that was not sent, and why.
 *
 * @param endpointId the endpoint's id, or null when the endpoint was deleted
 * @param address the address it would have gone to, when known
 * @param reason why; null for a message still queued when its job was cancelled
 * @param detail the provider's words or the engine's, when there are any
 */
public record UnsentMessage(long messageId, String endpointId, String address, MessageState state, ReasonCode reason,
        String detail) {
}
