package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.http.HttpTimeouts;
import io.tidings.channel.push.PushPlatform;
import io.tidings.channel.push.apns.ApnsSender;
import io.tidings.channel.push.apns.ApnsServer;
import io.tidings.channel.push.apns.ApnsSettings;
import java.security.cert.X509Certificate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An Apple Push Notification service account with token-based authentication (section {@code push.apns}); it
 * sends to endpoints of channel type APNS and/or APNS_SANDBOX, as {@code environment} says.
 *
 * @param bundleId the app's bundle ID, such as com.example.shop
 * @param teamId the 10-character Team ID of the Apple developer account
 * @param keyId the 10-character Key ID of the auth key
 * @param authKey the auth key, usually its file: {@code file:/path/AuthKey_KEYID.p8}
 * @param environment null for production
 * @param host null for Apple's server of each environment; another host (a proxy) then serves all of them
 * @param port null for 443
 * @param trustedCertificate a PEM file of the certificates to trust instead of the JDK's authorities (a
 *     TLS-inspecting proxy's), or null
 * @param maxConcurrency pushes in flight per server; null for {@link ApnsSettings#DEFAULT_MAX_CONCURRENCY}
 */
public record ApnsAccount(String bundleId, String teamId, String keyId, Secret authKey, ApnsEnvironment environment,
        String host, Integer port, String trustedCertificate, Integer maxConcurrency) implements PushService {

    private static final AdapterFields FIELDS = new AdapterFields("Bundle ID", "bundleId", "Team ID", "teamId",
            "Key ID", "keyId", "APNs auth key", "authKey", "APNs host", "host", "APNs port", "port",
            "Max concurrency", "maxConcurrency");

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.PUSH;
    }

    public ApnsEnvironment chosenEnvironment() {
        return environment == null ? ApnsEnvironment.PRODUCTION : environment;
    }

    @Override
    public String describe() {
        return "APNs for " + bundleId + " (" + chosenEnvironment().name().toLowerCase(Locale.ROOT)
                + (host == null && port == null ? "" : ", through " + (host == null ? "Apple's server" : host)
                        + ":" + (port == null ? ApnsServer.PRODUCTION.port() : port)) + ")";
    }

    @Override
    public void check(SenderContext context) {
        if (authKey == null) {
            throw new AccountFieldException("authKey", "the auth key is missing: choose the AuthKey_"
                    + (keyId == null ? "KEYID" : keyId.strip()) + ".p8 file downloaded from Apple's developer site.");
        }
        authKey.check("authKey");
        TrustedCertificateFile.checkPath(trustedCertificate);
        // Checking reads no file or variable: a generated key stands in for one kept outside the workspace.
        String key = authKey.isReference() ? StandInKey.PEM : authKey.value("authKey", variable -> null);
        servers().values().forEach(server -> settings(server, key));
    }

    @Override
    public Map<PushPlatform, ChannelSender> openPlatforms(SenderContext context) {
        check(context);
        String key = context.secret("authKey", authKey);
        List<X509Certificate> trusted = TrustedCertificateFile.read(trustedCertificate);
        Map<ApnsServer, ChannelSender> byServer = new LinkedHashMap<>();
        Map<PushPlatform, ChannelSender> senders = new EnumMap<>(PushPlatform.class);
        try {
            servers().forEach((platform, server) -> senders.put(platform, byServer.computeIfAbsent(server,
                    each -> new ApnsSender(settings(each, key), HttpTimeouts.DEFAULT, context.clock(), trusted))));
        } catch (RuntimeException failed) {
            byServer.values().forEach(ChannelSender::close);
            throw failed;
        }
        return senders;
    }

    private Map<PushPlatform, ApnsServer> servers() {
        Map<PushPlatform, ApnsServer> servers = new EnumMap<>(PushPlatform.class);
        for (PushPlatform platform : chosenEnvironment().platforms()) {
            ApnsServer apple = platform == PushPlatform.APNS ? ApnsServer.PRODUCTION : ApnsServer.DEVELOPMENT;
            servers.put(platform, FIELDS.check(() -> new ApnsServer(host == null ? apple.host() : host,
                    port == null ? apple.port() : port)));
        }
        return servers;
    }

    private ApnsSettings settings(ApnsServer server, String key) {
        return FIELDS.check(() -> new ApnsSettings(server, bundleId, teamId, keyId, key,
                maxConcurrency == null ? ApnsSettings.DEFAULT_MAX_CONCURRENCY : maxConcurrency));
    }
}
