package io.tidings.channel.sms;

/**
 * A provider's delivery report for one SMS part.
 *
 * @param providerMessageId the provider's id of the part, as it answered the send
 * @param state what became of it
 * @param errorCode the provider's or network's error code, or null
 */
public record SmsReceipt(String providerMessageId, ReceiptState state, String errorCode) {

    /** The message states of SMPP 3.4 (section 5.2.28), which HTTP providers' statuses also map to. */
    public enum ReceiptState {
        EN_ROUTE,
        DELIVERED,
        EXPIRED,
        DELETED,
        UNDELIVERABLE,
        /** Read on the recipient's behalf (by customer service, say): final, but not a delivery to the phone. */
        ACCEPTED,
        UNKNOWN,
        REJECTED;

        public boolean isFinal() {
            return this != EN_ROUTE;
        }

        public boolean isFailure() {
            return isFinal() && this != DELIVERED && this != ACCEPTED;
        }
    }
}
