package io.tidings.channel.push;

import com.fasterxml.jackson.databind.JsonNode;
import io.tidings.channel.http.FormBody;
import io.tidings.channel.http.HttpProviderClient;
import io.tidings.channel.http.HttpTimeouts;
import io.tidings.channel.http.JsonAnswers;
import io.tidings.channel.http.ProviderResponse;
import io.tidings.channel.http.ProviderUnreachableException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs in as a service account (a signed JWT exchanged with grant type jwt-bearer at the key's token URI)
 * and keeps the access token until shortly before it expires, so that concurrent sends share one token.
 */
public final class ServiceAccountTokenSource implements AccessTokenSource {

    static final String JWT_BEARER_GRANT = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    /** Renew this long before expiry, so that a token never expires between being handed out and used. */
    static final Duration RENEWAL_MARGIN = Duration.ofMinutes(2);

    private record CachedToken(String value, Instant expiresAt) {
    }

    private final ServiceAccountKey key;
    private final HttpProviderClient client;
    private final Clock clock;
    private CachedToken cached;

    public ServiceAccountTokenSource(ServiceAccountKey key, HttpTimeouts timeouts, Clock clock) {
        this.key = key;
        this.client = new HttpProviderClient(timeouts, clock);
        this.clock = clock;
    }

    @Override
    public synchronized String accessToken() throws AccessTokenException {
        Instant now = clock.instant();
        if (cached == null || !now.isBefore(cached.expiresAt().minus(RENEWAL_MARGIN))) {
            cached = fetch(now);
        }
        return cached.value();
    }

    @Override
    public synchronized void forget(String token) {
        if (cached != null && cached.value().equals(token)) {
            cached = null;
        }
    }

    @Override
    public String accountName() {
        return key.clientEmail();
    }

    private CachedToken fetch(Instant now) throws AccessTokenException {
        FormBody form = new FormBody()
                .add("grant_type", JWT_BEARER_GRANT)
                .add("assertion", ServiceAccountJwt.sign(key, ServiceAccountJwt.FIREBASE_MESSAGING_SCOPE, now));
        HttpRequest request = client.request(URI.create(key.tokenUri()))
                .header("Content-Type", FormBody.CONTENT_TYPE)
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form.encoded(), StandardCharsets.UTF_8))
                .build();
        ProviderResponse response;
        try {
            response = client.exchange(request);
        } catch (ProviderUnreachableException unreachable) {
            throw new AccessTokenException("Could not sign in to Google: " + unreachable.getMessage(), true, unreachable);
        }
        if (!response.isSuccess()) {
            String reason = JsonAnswers.errorMessage(response, "/error_description", "/error");
            boolean tryLater = response.status() == 429 || response.status() >= 500;
            throw new AccessTokenException("Google refused to sign in service account " + key.clientEmail()
                    + " (HTTP " + response.status() + "): " + reason, tryLater, null);
        }
        JsonNode answer = JsonAnswers.read(response.body());
        String token = JsonAnswers.firstText(answer, "/access_token");
        if (token == null) {
            throw new AccessTokenException("Google's sign-in answer has no access_token.", true, null);
        }
        long seconds = answer.path("expires_in").asLong(3600);
        return new CachedToken(token, now.plusSeconds(seconds));
    }

    @Override
    public void close() {
        client.close();
    }
}
