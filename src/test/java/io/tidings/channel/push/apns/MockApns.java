package io.tidings.channel.push.apns;

import com.eatthepath.pushy.apns.auth.AuthenticationToken;
import com.eatthepath.pushy.apns.server.MockApnsServer;
import com.eatthepath.pushy.apns.server.MockApnsServerBuilder;
import com.eatthepath.pushy.apns.server.RejectedNotificationException;
import com.eatthepath.pushy.apns.server.RejectionReason;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBuf;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.handler.codec.http2.Http2Headers;
import io.tidings.channel.TestTlsIdentity;
import io.tidings.channel.http.HttpTimeouts;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Pushy's {@link MockApnsServer} on a free loopback port with TLS, checking each request's provider token against
 * a fresh auth key the way APNs does, recording every push and answering as the test scripts.
 */
public final class MockApns implements AutoCloseable {

    public static final String BUNDLE_ID = "com.example.shop";
    public static final HttpTimeouts SHORT = new HttpTimeouts(Duration.ofSeconds(5), Duration.ofSeconds(10));
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the server does with one push: it accepts it unless the answer throws. */
    @FunctionalInterface
    public interface Answer {
        void to(Received push) throws RejectedNotificationException;
    }

    /** One request as the server read it. */
    public record Received(String deviceToken, Map<String, String> headers, String payload) {

        public JsonNode json() {
            try {
                return JSON.readTree(payload);
            } catch (IOException unreadable) {
                throw new AssertionError("APNs received a payload that is not JSON: " + payload, unreadable);
            }
        }
    }

    private final TestAuthKey key = new TestAuthKey();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final NioEventLoopGroup eventLoop = new NioEventLoopGroup(2);
    private final MockApnsServer server;
    private final int port;
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile Answer answer = push -> { };

    public MockApns() throws Exception {
        TestTlsIdentity tls = TestTlsIdentity.localhost();
        server = new MockApnsServerBuilder()
                .setServerCredentials(new X509Certificate[] {tls.certificate()}, tls.privateKey(), null)
                .setEventLoopGroup(eventLoop)
                .setHandlerFactory(session -> this::handle)
                .build();
        port = server.start(0).get(10, TimeUnit.SECONDS);
    }

    /** Rejects a push for the given reason, as APNs does. */
    public static Answer rejectWith(RejectionReason reason) {
        return push -> {
            throw new RejectedNotificationException(reason);
        };
    }

    public void answer(Answer next) {
        answer = next;
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    public int port() {
        return port;
    }

    /** The account of this server's key and bundle ID, on this server. */
    public ApnsSettings settings() {
        return new ApnsSettings(new ApnsServer("localhost", port), BUNDLE_ID, TestAuthKey.TEAM_ID, TestAuthKey.KEY_ID,
                key.p8(), 8);
    }

    public List<X509Certificate> trustedCertificates() {
        return List.of(TestTlsIdentity.localhost().certificate());
    }

    public ApnsSender sender(ApnsSettings settings, Clock clock) {
        return new ApnsSender(settings, SHORT, clock, trustedCertificates());
    }

    public ApnsSender sender() {
        return sender(settings(), Clock.systemUTC());
    }

    private void handle(Http2Headers headers, ByteBuf payload) throws RejectedNotificationException {
        Map<String, String> values = new HashMap<>();
        headers.forEach(header -> values.put(header.getKey().toString(), header.getValue().toString()));
        Received push = new Received(values.get(":path").substring("/3/device/".length()), values,
                payload == null ? "" : payload.toString(StandardCharsets.UTF_8));
        received.add(push);
        checkProviderToken(values.get("authorization"));
        answer.to(push);
    }

    private void checkProviderToken(String authorization) throws RejectedNotificationException {
        if (authorization == null || !authorization.startsWith("bearer ")) {
            throw new RejectedNotificationException(RejectionReason.MISSING_PROVIDER_TOKEN);
        }
        AuthenticationToken token = new AuthenticationToken(authorization.substring("bearer ".length()));
        if (!token.getTeamId().equals(TestAuthKey.TEAM_ID) || !token.getKeyId().equals(TestAuthKey.KEY_ID)
                || !token.verifySignature(key.verificationKey())) {
            throw new RejectedNotificationException(RejectionReason.INVALID_PROVIDER_TOKEN);
        }
    }

    /** Stops the server; a test may call it early to see a server that is down. */
    @Override
    public void close() throws Exception {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.shutdown().get(10, TimeUnit.SECONDS);
        eventLoop.shutdownGracefully(0, 5, TimeUnit.SECONDS).await(10, TimeUnit.SECONDS);
    }
}
