package io.tidings.apikey;

/** A sealed secret cannot be opened on this computer; the message says why, in words. */
public final class UnreadableSecretException extends RuntimeException {

    public UnreadableSecretException(String message) {
        super(message);
    }
}
