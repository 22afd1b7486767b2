package io.tidings.channel.http;

import io.tidings.channel.ChannelSender.ConnectionCheck;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

/**
 * A Twilio-compatible account (Twilio itself or a provider that speaks its 2010-04-01 API): the resource
 * addresses, the Basic authorization, and the connection test both Twilio adapters use.
 */
public record TwilioAccount(String baseUrl, String accountSid, String authToken) {

    /** {@code {base}/2010-04-01/Accounts/{AccountSid}{suffix}}, e.g. suffix {@code /Messages.json}. */
    public URI resource(String suffix) {
        return URI.create(baseUrl + "/2010-04-01/Accounts/"
                + URLEncoder.encode(accountSid, StandardCharsets.UTF_8) + suffix);
    }

    public String authorization() {
        return BasicAuthorization.header(accountSid, authToken);
    }

    /** A form POST to one of the account's resources. */
    public HttpRequest post(HttpProviderClient client, String suffix, FormBody form) {
        return client.request(resource(suffix))
                .header("Authorization", authorization())
                .header("Content-Type", FormBody.CONTENT_TYPE)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.encoded(), StandardCharsets.UTF_8))
                .build();
    }

    /** Reads the account resource: the cheapest request that proves the SID and token. */
    public ConnectionCheck check(HttpProviderClient client) {
        HttpRequest request = client.request(resource(".json"))
                .header("Authorization", authorization())
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            ProviderResponse response = client.exchange(request);
            if (response.isSuccess()) {
                String name = JsonAnswers.firstText(JsonAnswers.read(response.body()), "/friendly_name");
                return new ConnectionCheck(true, "Signed in to account " + accountSid
                        + (name == null ? "" : " (" + name + ")") + ".");
            }
            if (response.status() == 401 || response.status() == 403 || response.status() == 404) {
                return new ConnectionCheck(false, "The provider refused Account SID " + accountSid
                        + " with this Auth Token (HTTP " + response.status() + "): check both.");
            }
            return new ConnectionCheck(false, "The provider answered HTTP " + response.status() + ": "
                    + JsonAnswers.errorMessage(response, "/message"));
        } catch (ProviderUnreachableException unreachable) {
            return new ConnectionCheck(false, unreachable.getMessage());
        }
    }
}
