package io.tidings.channel.push;

/**
 * No access token could be had.
 *
 * @see #isTransient()
 */
public final class AccessTokenException extends Exception {

    private final boolean transientProblem;

    public AccessTokenException(String message, boolean transientProblem, Throwable cause) {
        super(message, cause);
        this.transientProblem = transientProblem;
    }

    /** True when trying later may help (token endpoint unreachable or busy), false when the account is refused. */
    public boolean isTransient() {
        return transientProblem;
    }
}
