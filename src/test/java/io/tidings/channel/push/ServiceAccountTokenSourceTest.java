package io.tidings.channel.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tidings.channel.http.ClosedPort;
import io.tidings.channel.http.FakeProvider;
import io.tidings.channel.http.FakeProvider.Answer;
import io.tidings.channel.http.FakeProvider.Received;
import io.tidings.channel.http.HttpTimeouts;
import java.nio.charset.StandardCharsets;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ServiceAccountTokenSourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpTimeouts SHORT = new HttpTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2));
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    private final AtomicReference<Instant> now = new AtomicReference<>(START);
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };

    private TestServiceAccount account;
    private FakeProvider google;

    @BeforeEach
    void start() throws Exception {
        account = new TestServiceAccount();
        google = new FakeProvider();
        AtomicInteger issued = new AtomicInteger();
        google.answer(request -> Answer.json(200, "{\"access_token\":\"ya29.token-" + issued.incrementAndGet()
                + "\",\"expires_in\":3599,\"token_type\":\"Bearer\"}"));
    }

    @AfterEach
    void stop() {
        google.close();
    }

    private ServiceAccountTokenSource source() throws Exception {
        return new ServiceAccountTokenSource(
                ServiceAccountKey.parse(account.keyFile(google.baseUrl() + "/token")), SHORT, clock);
    }

    @Test
    void exchangesAJwtSignedByTheServiceAccountsKey() throws Exception {
        try (ServiceAccountTokenSource tokens = source()) {
            assertThat(tokens.accessToken()).isEqualTo("ya29.token-1");
        }

        Received request = google.onlyRequest();
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/token");
        assertThat(request.header("Content-Type")).isEqualTo("application/x-www-form-urlencoded");
        assertThat(request.form()).containsEntry("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer");
        String[] jwt = request.form().get("assertion").split("\\.");
        assertThat(jwt).hasSize(3);

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(account.keyPair.getPublic());
        verifier.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(jwt[2]))).isTrue();

        JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(jwt[0]));
        assertThat(header).isEqualTo(JSON.readTree("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"key-1\"}"));
        JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(jwt[1]));
        assertThat(claims.get("iss").asText()).isEqualTo(TestServiceAccount.EMAIL);
        assertThat(claims.get("scope").asText()).isEqualTo("https://www.googleapis.com/auth/firebase.messaging");
        assertThat(claims.get("aud").asText()).isEqualTo(google.baseUrl() + "/token");
        assertThat(claims.get("iat").asLong()).isEqualTo(START.getEpochSecond());
        assertThat(claims.get("exp").asLong()).isEqualTo(START.getEpochSecond() + 3600);
    }

    @Test
    void aSignatureFromAnotherKeyDoesNotVerify() throws Exception {
        try (ServiceAccountTokenSource tokens = source()) {
            tokens.accessToken();
        }
        String[] jwt = google.onlyRequest().form().get("assertion").split("\\.");

        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(new TestServiceAccount().keyPair.getPublic());
        verifier.update((jwt[0] + "." + jwt[1]).getBytes(StandardCharsets.US_ASCII));
        assertThat(verifier.verify(Base64.getUrlDecoder().decode(jwt[2]))).isFalse();
    }

    @Test
    void keepsTheTokenUntilShortlyBeforeItExpires() throws Exception {
        try (ServiceAccountTokenSource tokens = source()) {
            assertThat(tokens.accessToken()).isEqualTo("ya29.token-1");
            now.set(START.plus(Duration.ofMinutes(56)));
            assertThat(tokens.accessToken()).isEqualTo("ya29.token-1");
            now.set(START.plus(Duration.ofMinutes(58)));
            assertThat(tokens.accessToken()).isEqualTo("ya29.token-2");
            tokens.forget("ya29.token-2");
            assertThat(tokens.accessToken()).isEqualTo("ya29.token-3");
        }
        assertThat(google.received()).hasSize(3);
    }

    @Test
    void aRefusedAccountIsPermanentAndAnUnreachableEndpointTransient() throws Exception {
        google.answerAlways(Answer.json(400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}"));
        try (ServiceAccountTokenSource tokens = source()) {
            assertThatThrownBy(tokens::accessToken)
                    .isInstanceOfSatisfying(AccessTokenException.class, refused -> assertThat(refused.isTransient()).isFalse())
                    .hasMessage("Google refused to sign in service account " + TestServiceAccount.EMAIL
                            + " (HTTP 400): Invalid JWT Signature.");
        }
        google.answerAlways(Answer.json(503, "{}"));
        try (ServiceAccountTokenSource tokens = source()) {
            assertThatThrownBy(tokens::accessToken)
                    .isInstanceOfSatisfying(AccessTokenException.class, busy -> assertThat(busy.isTransient()).isTrue());
        }
        ServiceAccountKey key = ServiceAccountKey.parse(account.keyFile("https://oauth2.googleapis.com/token"))
                .withTokenUri(ClosedPort.baseUrl() + "/token");
        try (ServiceAccountTokenSource tokens = new ServiceAccountTokenSource(key, SHORT, clock)) {
            assertThatThrownBy(tokens::accessToken)
                    .isInstanceOfSatisfying(AccessTokenException.class, down -> assertThat(down.isTransient()).isTrue())
                    .hasMessageStartingWith("Could not sign in to Google: Could not reach");
        }
    }

    @Test
    void keyFileProblemsNameTheField() throws Exception {
        String good = account.keyFile("https://oauth2.googleapis.com/token");

        assertThat(ServiceAccountKey.parse(good).toString()).doesNotContain("PRIVATE");
        assertThatThrownBy(() -> ServiceAccountKey.parse("[1]"))
                .hasMessage("The service account key is not a JSON object.");
        assertThatThrownBy(() -> ServiceAccountKey.parse(good.replace("service_account", "authorized_user")))
                .hasMessage("The key file's \"type\" is \"authorized_user\", not \"service_account\".");
        assertThatThrownBy(() -> ServiceAccountKey.parse(good.replace(TestServiceAccount.EMAIL, "")))
                .hasMessage("The key file's \"client_email\" is missing.");
        assertThatThrownBy(() -> ServiceAccountKey.parse(good.replace("BEGIN PRIVATE KEY", "BEGIN RSA PRIVATE KEY")))
                .hasMessageStartingWith("The private key is not a PEM PKCS#8 key");
        assertThatThrownBy(() -> PemPrivateKey.read("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----"))
                .hasMessageStartingWith("The private key could not be read as an RSA key");
    }
}
