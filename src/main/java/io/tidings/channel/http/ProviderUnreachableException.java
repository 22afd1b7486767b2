package io.tidings.channel.http;

/** The provider gave no HTTP answer: refused or reset connection, timeout, interrupted wait. */
public final class ProviderUnreachableException extends Exception {

    public ProviderUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
