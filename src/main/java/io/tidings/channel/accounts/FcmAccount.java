package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.http.HttpTimeouts;
import io.tidings.channel.push.FcmSender;
import io.tidings.channel.push.FcmSettings;
import io.tidings.channel.push.PushPlatform;
import io.tidings.channel.push.ServiceAccountKey;
import io.tidings.channel.push.ServiceAccountTokenSource;
import java.util.Map;

/**
 * Firebase Cloud Messaging HTTP v1 (section {@code push.fcm}), signed in as a service account; it sends to
 * endpoints of channel type GCM.
 *
 * @param baseUrl null for {@link FcmSettings#PRODUCTION_URL}
 * @param projectId null for the key file's {@code project_id}
 * @param serviceAccountKey the key file Firebase offers for download, usually {@code file:/path/key.json}
 * @param maxConcurrency null for 8
 */
public record FcmAccount(String baseUrl, String projectId, Secret serviceAccountKey, Integer maxConcurrency)
        implements PushService {

    static final int DEFAULT_CONCURRENCY = 8;
    private static final AdapterFields FIELDS = new AdapterFields(
            "FCM base URL", "baseUrl", "Firebase project ID", "projectId", "Max concurrency", "maxConcurrency");

    @Override
    public DeliveryChannel channel() {
        return DeliveryChannel.PUSH;
    }

    @Override
    public String describe() {
        return "Firebase Cloud Messaging" + (projectId == null ? "" : " (project " + projectId + ")")
                + (baseUrl == null ? "" : " at " + baseUrl);
    }

    @Override
    public void check(SenderContext context) {
        if (SenderContext.standIn("serviceAccountKey", serviceAccountKey) == null) {
            throw new AccountFieldException("serviceAccountKey",
                    "the service account key is missing: give its file as file:/path/key.json.");
        }
        settings(projectId == null ? "from-the-key" : projectId);
    }

    @Override
    public Map<PushPlatform, ChannelSender> openPlatforms(SenderContext context) {
        check(context);
        ServiceAccountKey key;
        try {
            key = ServiceAccountKey.parse(context.secret("serviceAccountKey", serviceAccountKey));
        } catch (AccountFieldException unreadable) {
            throw unreadable;
        } catch (IllegalArgumentException malformed) {
            throw new AccountFieldException("serviceAccountKey", malformed.getMessage());
        }
        String project = projectId != null ? projectId : key.projectId();
        if (project == null) {
            throw new AccountFieldException("projectId", "the key file names no project_id: enter the Firebase project ID.");
        }
        return Map.of(PushPlatform.GCM, new FcmSender(settings(project),
                new ServiceAccountTokenSource(key, HttpTimeouts.DEFAULT, context.clock()), HttpTimeouts.DEFAULT,
                context.clock()));
    }

    private FcmSettings settings(String project) {
        return FIELDS.check(() -> new FcmSettings(baseUrl == null ? FcmSettings.PRODUCTION_URL : baseUrl, project,
                maxConcurrency == null ? DEFAULT_CONCURRENCY : maxConcurrency));
    }
}
