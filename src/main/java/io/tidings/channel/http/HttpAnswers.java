package io.tidings.channel.http;

import io.tidings.channel.SendResult;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.util.Optional;

/**
 * The classification all HTTP channels share: 2xx accepted; the dialect's dead-address errors; 429 and 5xx
 * transient (429 with the provider's {@code Retry-After}); any other status permanent.
 */
public final class HttpAnswers {

    private HttpAnswers() {
    }

    public static SendResult classify(ProviderResponse response, ProviderDialect dialect, Clock clock) {
        if (response.isSuccess()) {
            return SendResult.accepted(dialect.providerMessageId(response));
        }
        Optional<SendResult> rejection = dialect.addressRejection(response);
        if (rejection.isPresent()) {
            return rejection.get();
        }
        String provider = dialect.providerName();
        int status = response.status();
        String message = dialect.errorMessage(response);
        if (status == 429) {
            return SendResult.transientFailure(
                    provider + " is throttling requests (HTTP 429): " + message,
                    RetryAfter.parse(response.headers().firstValue("Retry-After").orElse(null), clock));
        }
        if (status >= 500) {
            return SendResult.transientFailure(
                    provider + " had a server error (HTTP " + status + "): " + message, null);
        }
        return SendResult.permanentFailure(provider + " refused the message (HTTP " + status + "): " + message);
    }

    /** No answer: a timeout is {@link SendResult#unanswered unanswered}, anything else a plain transient failure. */
    public static SendResult unreachable(ProviderUnreachableException problem) {
        return problem.getCause() instanceof HttpTimeoutException
                ? SendResult.unanswered(problem.getMessage())
                : SendResult.transientFailure(problem.getMessage(), null);
    }
}
