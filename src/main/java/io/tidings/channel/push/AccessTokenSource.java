package io.tidings.channel.push;

/** OAuth 2 access tokens for FCM; implementations are safe for concurrent use and cache what they can. */
public interface AccessTokenSource extends AutoCloseable {

    /** A token valid for at least a little while longer. */
    String accessToken() throws AccessTokenException;

    /** The provider refused this token: do not hand it out again. */
    void forget(String token);

    /** Who the tokens speak for, in the user's words (a service account's email). */
    String accountName();

    @Override
    default void close() {
    }
}
