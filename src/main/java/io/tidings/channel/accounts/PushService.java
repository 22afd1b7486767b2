package io.tidings.channel.accounts;

import io.tidings.channel.ChannelSender;
import io.tidings.channel.push.PushPlatform;
import io.tidings.channel.push.PushRouter;
import java.util.Map;

/**
 * The account of one push service (APNs or FCM). Its channel adapter is always a {@link PushRouter}, even alone,
 * so that an endpoint of another platform fails saying which account is missing instead of reaching the wrong
 * service.
 */
interface PushService extends ProviderAccount {

    /** This service's senders by the platform each serves (one sender may serve several); nothing stays open on failure. */
    Map<PushPlatform, ChannelSender> openPlatforms(SenderContext context);

    @Override
    default ChannelSender open(SenderContext context) {
        return new PushRouter(openPlatforms(context));
    }
}
