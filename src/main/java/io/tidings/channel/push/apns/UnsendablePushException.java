package io.tidings.channel.push.apns;

/** The message cannot become an APNs request (too large, a malformed push attribute); sending it is pointless. */
final class UnsendablePushException extends Exception {

    private static final long serialVersionUID = 1L;

    UnsendablePushException(String message) {
        super(message);
    }
}
