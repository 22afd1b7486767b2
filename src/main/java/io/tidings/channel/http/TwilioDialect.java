package io.tidings.channel.http;

import io.tidings.channel.SendResult;
import java.util.Map;
import java.util.Optional;

/**
 * Twilio's answers: the new resource's {@code sid}, errors as {@code {"code": 21211, "message": ...}}.
 *
 * @param providerName how messages name the provider ("The SMS provider")
 * @param deadAddressCodes the Twilio error codes that mean the recipient itself is unusable, each with the
 *     words the ledger records
 */
public record TwilioDialect(String providerName, Map<Integer, String> deadAddressCodes) implements ProviderDialect {

    @Override
    public String providerMessageId(ProviderResponse response) {
        return JsonAnswers.firstText(JsonAnswers.read(response.body()), "/sid");
    }

    @Override
    public String errorMessage(ProviderResponse response) {
        String message = JsonAnswers.errorMessage(response, "/message");
        String code = JsonAnswers.firstText(JsonAnswers.read(response.body()), "/code");
        return code == null ? message : message + " (error " + code + ")";
    }

    @Override
    public Optional<SendResult> addressRejection(ProviderResponse response) {
        String code = JsonAnswers.firstText(JsonAnswers.read(response.body()), "/code");
        if (code == null || !code.chars().allMatch(Character::isDigit) || code.length() > 9) {
            return Optional.empty();
        }
        String meaning = deadAddressCodes.get(Integer.parseInt(code));
        return Optional.ofNullable(meaning)
                .map(words -> SendResult.addressRejected(words + ": " + errorMessage(response)));
    }
}
