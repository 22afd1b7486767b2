package io.tidings.channel.http;

import io.tidings.channel.SendResult;
import java.util.Optional;

/** What differs between HTTP providers when reading their answers; the rest is {@link HttpAnswers}. */
public interface ProviderDialect {

    /** The provider's name as the user knows it, for messages ("Twilio", "FCM"). */
    String providerName();

    /** The provider's id of an accepted message, read from a 2xx answer, or null if it gave none. */
    String providerMessageId(ProviderResponse response);

    /** The provider's own words about a failed request, or a short excerpt of the body. */
    String errorMessage(ProviderResponse response);

    /** A failed answer that says the recipient address itself is dead; checked before the status rules. */
    default Optional<SendResult> addressRejection(ProviderResponse response) {
        return Optional.empty();
    }
}
