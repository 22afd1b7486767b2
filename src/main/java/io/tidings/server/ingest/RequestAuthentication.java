package io.tidings.server.ingest;

import io.tidings.apikey.ApiKey;
import io.tidings.apikey.ApiKeyService;
import io.tidings.apikey.SigningKey;
import io.tidings.apikey.UnreadableSecretException;
import io.tidings.work.Quote;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who sent a PutEvents request: an API key of the workspace, given as {@code Authorization: Bearer <secret access
 * key>} or as an AWS Signature Version 4 made with the key pair for the service {@code mobiletargeting} (any
 * region). An unknown or revoked key, a wrong signature and a request signed more than 15 minutes from now are
 * refused, each with its reason.
 */
final class RequestAuthentication {

    static final String SERVICE = "mobiletargeting";
    static final Duration LARGEST_CLOCK_DIFFERENCE = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(RequestAuthentication.class);
    private static final DateTimeFormatter AMZ_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static final String BEARER = "Bearer ";

    private final ApiKeyService keys;
    private final Clock clock;

    RequestAuthentication(ApiKeyService keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    /**
     * The access key id the request authenticated with.
     *
     * @throws RefusedException saying why not
     */
    String check(Request request, byte[] body) throws RefusedException {
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        if (authorization == null || authorization.isBlank()) {
            throw new RefusedException("The request has no credentials: sign it with an API key of the workspace "
                    + "(AWS Signature Version 4, service mobiletargeting) or send Authorization: Bearer <secret access key>.");
        }
        String accessKeyId;
        if (authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            accessKeyId = keys.keyWithSecret(authorization.substring(BEARER.length()).strip()).map(ApiKey::accessKeyId)
                    .orElseThrow(() -> new RefusedException("The Bearer token is not the secret access key of an active "
                            + "API key of this workspace (was the key revoked?)."));
        } else if (authorization.startsWith(AwsSignature.ALGORITHM)) {
            accessKeyId = checkSignature(request, authorization, body);
        } else {
            throw new RefusedException("The Authorization header is neither an AWS Signature Version 4 "
                    + "(AWS4-HMAC-SHA256 ...) nor Bearer <secret access key>.");
        }
        keys.used(accessKeyId);
        return accessKeyId;
    }

    private String checkSignature(Request request, String header, byte[] body) throws RefusedException {
        AwsSignature.Authorization authorization;
        try {
            authorization = AwsSignature.parse(header);
        } catch (IllegalArgumentException malformed) {
            throw new RefusedException(malformed.getMessage());
        }
        if (!SERVICE.equals(authorization.service())) {
            throw new RefusedException("The request is signed for the service " + Quote.of(authorization.service())
                    + "; PutEvents is signed for " + SERVICE + ".");
        }
        Instant signedAt = signedAt(request, authorization);
        SigningKey key = signingKey(authorization.accessKeyId());
        boolean matches = AwsSignature.matches(authorization, key, signedAt, new AwsSignature.Received(
                request.getMethod(), request.getHttpURI().getPath(), request.getHttpURI().getQuery(), request.getHeaders(),
                body));
        if (!matches) {
            throw new RefusedException("The request's signature does not match the one the secret of "
                    + authorization.accessKeyId() + " makes: check the secret access key, and that nothing changed "
                    + "the request after it was signed.");
        }
        return authorization.accessKeyId();
    }

    private Instant signedAt(Request request, AwsSignature.Authorization authorization) throws RefusedException {
        String amzDate = request.getHeaders().get("X-Amz-Date");
        if (amzDate == null) {
            throw new RefusedException("The signed request has no X-Amz-Date header saying when it was signed.");
        }
        Instant signedAt;
        try {
            signedAt = Instant.from(AMZ_DATE.parse(amzDate));
        } catch (DateTimeParseException e) {
            throw new RefusedException("X-Amz-Date " + Quote.of(amzDate) + " is not a time such as 20240501T120000Z.");
        }
        if (!amzDate.startsWith(authorization.date())) {
            throw new RefusedException("The signature's Credential date " + Quote.of(authorization.date())
                    + " is not the day of X-Amz-Date " + amzDate + ".");
        }
        Duration difference = Duration.between(clock.instant(), signedAt).abs();
        if (difference.compareTo(LARGEST_CLOCK_DIFFERENCE) > 0) {
            throw new RefusedException("The request was signed at " + signedAt + ", " + difference.toMinutes()
                    + " minutes from the server's time " + clock.instant().truncatedTo(ChronoUnit.SECONDS)
                    + "; a signature is good for 15 minutes (is a clock wrong, or is this request replayed?).");
        }
        return signedAt;
    }

    private SigningKey signingKey(String accessKeyId) throws RefusedException {
        Optional<SigningKey> key;
        try {
            key = keys.signingKey(accessKeyId);
        } catch (UnreadableSecretException unreadable) {
            LOG.warn("A request signed with API key {} cannot be checked: {}", accessKeyId, unreadable.getMessage());
            throw new RefusedException("The secret of API key " + accessKeyId + " cannot be read on this computer; "
                    + "the workspace's API keys must be created again here.");
        }
        if (key.isPresent()) {
            return key.get();
        }
        boolean revoked = keys.key(accessKeyId).map(ApiKey::revoked).orElse(false);
        throw new RefusedException(revoked ? "The API key " + accessKeyId + " was revoked."
                : "There is no API key " + Quote.of(accessKeyId) + " in this workspace.");
    }

    /** A request that does not authenticate; the message says why. */
    static final class RefusedException extends Exception {

        RefusedException(String message) {
            super(message);
        }
    }
}
