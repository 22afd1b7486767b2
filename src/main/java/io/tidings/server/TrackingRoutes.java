package io.tidings.server;

import io.tidings.tracking.Engagement;
import io.tidings.tracking.TrackingLinks;
import java.util.List;

/** The tracking server's own routes: the open pixel, the click redirect and the unsubscribe link. */
public final class TrackingRoutes {

    private TrackingRoutes() {
    }

    public static List<ServerRoute> of(TrackingLinks links, Engagement engagement) {
        return List.of(
                new ServerRoute(TrackingLinks.OPEN + "*", new OpenPixelHandler(links, engagement)),
                new ServerRoute(TrackingLinks.CLICK + "*", new ClickHandler(links, engagement)),
                new ServerRoute(TrackingLinks.UNSUBSCRIBE + "*", new UnsubscribeHandler(links, engagement)));
    }
}
