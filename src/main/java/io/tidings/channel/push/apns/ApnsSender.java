package io.tidings.channel.push.apns;

import com.eatthepath.pushy.apns.ApnsClient;
import com.eatthepath.pushy.apns.ApnsClientBuilder;
import com.eatthepath.pushy.apns.DeliveryPriority;
import com.eatthepath.pushy.apns.PushNotificationResponse;
import com.eatthepath.pushy.apns.PushType;
import com.eatthepath.pushy.apns.util.SimpleApnsPushNotification;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import io.tidings.channel.http.HttpTimeouts;
import io.tidings.work.Quote;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;
import javax.net.ssl.SSLException;

/**
 * Sends push notifications to Apple devices over APNs with Pushy: one HTTP/2 connection, token-based
 * authentication with the account's .p8 key, the bundle ID as {@code apns-topic}. Each send waits for APNs'
 * answer (at most the request timeout). Safe for concurrent sends; see {@link ApnsNotifications} for the payload
 * and {@link ApnsAnswers} for how answers are classified.
 */
public final class ApnsSender implements ChannelSender {

    private static final Pattern DEVICE_TOKEN = Pattern.compile("(?:[0-9a-fA-F]{2})+");
    private static final Pattern TOKEN_DECORATION = Pattern.compile("[\\s<>]");
    // An all-zero token reaches no device: APNs answers it with BadDeviceToken once the auth key is accepted.
    private static final String PROBE_TOKEN = "0".repeat(64);
    private static final Set<String> PROBE_ANSWERS = Set.of("BadDeviceToken", "DeviceTokenNotForTopic", "Unregistered");

    private final ApnsSettings settings;
    private final HttpTimeouts timeouts;
    private final Clock clock;
    private final EventLoopGroup eventLoop;
    private final ApnsClient client;
    private final AtomicBoolean topicProven = new AtomicBoolean();

    /** A sender that trusts the JDK's certificate authorities, as Apple's servers need. */
    public ApnsSender(ApnsSettings settings, HttpTimeouts timeouts, Clock clock) {
        this(settings, timeouts, clock, List.of());
    }

    /**
     * @param trustedServerCertificates the only certificates to trust instead of the JDK's authorities (a
     *     TLS-inspecting proxy's, a test server's), or empty
     */
    public ApnsSender(ApnsSettings settings, HttpTimeouts timeouts, Clock clock,
            List<X509Certificate> trustedServerCertificates) {
        this.settings = settings;
        this.timeouts = timeouts;
        this.clock = clock;
        this.eventLoop = new NioEventLoopGroup(1, new DefaultThreadFactory("tidings-apns", true));
        ApnsClientBuilder builder = new ApnsClientBuilder()
                .setApnsServer(settings.server().host(), settings.server().port())
                .setSigningKey(settings.signingKey())
                .setConnectionTimeout(timeouts.connect())
                .setEventLoopGroup(eventLoop);
        if (!trustedServerCertificates.isEmpty()) {
            builder.setTrustedServerCertificateChain(trustedServerCertificates.toArray(X509Certificate[]::new));
        }
        try {
            this.client = builder.build();
        } catch (SSLException | RuntimeException unusable) {
            eventLoop.shutdownGracefully(0, 1, TimeUnit.SECONDS);
            throw new IllegalStateException("The APNs client could not be set up: " + unusable.getMessage(), unusable);
        }
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.PUSH;
    }

    @Override
    public int maxConcurrency() {
        return settings.maxConcurrency();
    }

    @Override
    public SendResult send(OutboundMessage message) {
        String deviceToken = deviceToken(message.address());
        if (!DEVICE_TOKEN.matcher(deviceToken).matches()) {
            return SendResult.addressRejected(Quote.of(message.address()) + " is not an APNs device token "
                    + "(hexadecimal digits); it may belong to another push service.");
        }
        SimpleApnsPushNotification notification;
        try {
            notification = ApnsNotifications.of(message, deviceToken, settings.bundleId(), clock.instant());
        } catch (UnsendablePushException unsendable) {
            return SendResult.permanentFailure(unsendable.getMessage());
        }
        SendResult result;
        try {
            result = ApnsAnswers.of(answer(notification), settings, topicProven.get());
        } catch (NoAnswerException noAnswer) {
            return noAnswer.result();
        }
        if (result.outcome() == SendResult.Outcome.ACCEPTED) {
            topicProven.set(true);
        }
        return result;
    }

    private PushNotificationResponse<SimpleApnsPushNotification> answer(SimpleApnsPushNotification notification)
            throws NoAnswerException {
        Future<PushNotificationResponse<SimpleApnsPushNotification>> answer = client.sendNotification(notification);
        try {
            return answer.get(timeouts.request().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failed) {
            throw new NoAnswerException(ApnsAnswers.unreachable(failed.getCause(), settings));
        } catch (TimeoutException silent) {
            answer.cancel(false);
            throw new NoAnswerException(SendResult.transientFailure("APNs at " + settings.server()
                    + " did not answer within " + timeouts.request().toSeconds() + " s.", null));
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            answer.cancel(false);
            throw new NoAnswerException(
                    SendResult.transientFailure("Sending was interrupted before APNs answered.", null));
        }
    }

    /** Tokens are often copied with spaces or in angle brackets, as iOS once printed them. */
    private static String deviceToken(String address) {
        return address == null ? "" : TOKEN_DECORATION.matcher(address).replaceAll("");
    }

    /**
     * Connects and sends a probe to a device token that reaches no device. APNs checks the auth key before the
     * token, so "BadDeviceToken" means the connection and the key work; whether the bundle ID is the app's only
     * a real device token can show.
     */
    @Override
    public ConnectionCheck testConnection() {
        SimpleApnsPushNotification probe = new SimpleApnsPushNotification(PROBE_TOKEN, settings.bundleId(),
                "{\"aps\":{\"content-available\":1}}", Instant.EPOCH, DeliveryPriority.CONSERVE_POWER,
                PushType.BACKGROUND);
        PushNotificationResponse<SimpleApnsPushNotification> response;
        try {
            response = answer(probe);
        } catch (NoAnswerException noAnswer) {
            return new ConnectionCheck(false, noAnswer.result().detail());
        }
        String reason = response.getRejectionReason().orElse("");
        if (response.isAccepted() || PROBE_ANSWERS.contains(reason)) {
            return new ConnectionCheck(true, "Connected to APNs at " + settings.server() + " and signed in with key "
                    + settings.keyId() + " of team " + settings.teamId() + " (with a silent probe to a made-up device "
                    + "token, which shows nothing to anyone). The Bundle ID " + settings.bundleId()
                    + " is confirmed by the first push to a real device.");
        }
        return new ConnectionCheck(false, ApnsAnswers.of(response, settings, true).detail());
    }

    /** The push got no answer from APNs; {@link #result()} says why, as a transient failure. */
    private static final class NoAnswerException extends Exception {

        private static final long serialVersionUID = 1L;
        private final transient SendResult result;

        NoAnswerException(SendResult result) {
            super(result.detail());
            this.result = result;
        }

        SendResult result() {
            return result;
        }
    }

    /** Closes the connection, waiting for pushes in flight, then the event loop thread. */
    @Override
    public void close() {
        try {
            client.close().get(timeouts.request().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException ignored) {
            // The event loop is shut down below either way.
        } finally {
            eventLoop.shutdownGracefully(0, timeouts.connect().toMillis(), TimeUnit.MILLISECONDS)
                    .awaitUninterruptibly(timeouts.connect().toMillis());
        }
    }
}
