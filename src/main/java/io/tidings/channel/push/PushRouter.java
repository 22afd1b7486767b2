package io.tidings.channel.push;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.SendResult;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The engine's one push sender: passes each message to the service of its endpoint's channel type, read from
 * {@link PushAttributes#PLATFORM} (APNS to production APNs, APNS_SANDBOX to development APNs, GCM to FCM).
 * A platform without an account, or a channel type Tidings does not send to, fails the message permanently, saying
 * so. Each service keeps its own concurrency limit; the router's is their sum.
 */
public final class PushRouter implements ChannelSender {

    private final Map<PushPlatform, Route> routes = new EnumMap<>(PushPlatform.class);
    private final List<Route> distinctRoutes = new ArrayList<>();

    /** @param senders the services with an account; one sender may serve several platforms */
    public PushRouter(Map<PushPlatform, ? extends ChannelSender> senders) {
        Map<ChannelSender, Route> bySender = new IdentityHashMap<>();
        senders.forEach((platform, sender) -> routes.put(platform, bySender.computeIfAbsent(sender, each -> {
            Route route = new Route(each, new Semaphore(Math.max(1, each.maxConcurrency())));
            distinctRoutes.add(route);
            return route;
        })));
    }

    private record Route(ChannelSender sender, Semaphore slots) {
    }

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.PUSH;
    }

    @Override
    public int maxConcurrency() {
        return Math.max(1, distinctRoutes.stream().mapToInt(route -> route.sender().maxConcurrency()).sum());
    }

    @Override
    public SendResult send(OutboundMessage message) {
        String channelType = message.attributes().get(PushAttributes.PLATFORM);
        if (channelType == null) {
            return SendResult.permanentFailure("The message does not say which push service its endpoint uses ("
                    + PushAttributes.PLATFORM + " is missing).");
        }
        PushPlatform platform = PushPlatform.ofChannelType(channelType).orElse(null);
        if (platform == null) {
            return SendResult.permanentFailure(unsupported(channelType));
        }
        Route route = routes.get(platform);
        if (route == null) {
            return SendResult.permanentFailure("No " + platform.serviceName() + " account is configured: add one in "
                    + "Settings to send to endpoints of channel type " + channelType + ".");
        }
        try {
            route.slots().acquire();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return SendResult.transientFailure("Sending was interrupted while waiting for a free "
                    + platform.serviceName() + " connection.", null);
        }
        try {
            return route.sender().send(withoutPlatform(message));
        } finally {
            route.slots().release();
        }
    }

    private static String unsupported(String channelType) {
        return switch (channelType) {
            case "BAIDU" -> "Baidu Cloud Push is not supported: endpoints of channel type BAIDU cannot be sent to.";
            case "ADM" -> "Amazon Device Messaging is not supported: endpoints of channel type ADM cannot be sent to.";
            case "APNS_VOIP", "APNS_VOIP_SANDBOX" -> "VoIP pushes are not supported: Apple allows them only for "
                    + "incoming calls, so endpoints of channel type " + channelType + " cannot receive campaigns.";
            default -> "Endpoints of channel type " + channelType + " are not push endpoints.";
        };
    }

    private static OutboundMessage withoutPlatform(OutboundMessage message) {
        Map<String, String> attributes = new HashMap<>(message.attributes());
        attributes.remove(PushAttributes.PLATFORM);
        return new OutboundMessage(message.messageId(), message.channel(), message.address(), message.from(),
                message.subject(), message.htmlBody(), message.textBody(), message.promotional(),
                message.unsubscribeUrl(), attributes);
    }

    /** Tests every configured service; the answer holds one line per service. */
    @Override
    public ConnectionCheck testConnection() {
        if (routes.isEmpty()) {
            return new ConnectionCheck(false, "No push account is configured: add an APNs or FCM account in Settings.");
        }
        Map<Route, ConnectionCheck> checks = new IdentityHashMap<>();
        List<String> lines = new ArrayList<>();
        routes.forEach((platform, route) -> {
            ConnectionCheck check = checks.computeIfAbsent(route, each -> each.sender().testConnection());
            lines.add(platform.serviceName() + ": " + check.message());
        });
        boolean allOk = checks.values().stream().allMatch(ConnectionCheck::ok);
        return new ConnectionCheck(allOk, String.join("\n", lines));
    }

    @Override
    public void close() {
        distinctRoutes.forEach(route -> route.sender().close());
    }
}
