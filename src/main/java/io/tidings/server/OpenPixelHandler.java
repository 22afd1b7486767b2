package io.tidings.server;

import io.tidings.tracking.Engagement;
import io.tidings.tracking.TrackingLinks;
import java.util.Base64;
import java.util.OptionalLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /t/o/ID/SIG.gif}: records the message's open and answers a transparent 1x1 GIF that no cache keeps. A
 * path whose signature does not verify gets 404 and records nothing; HEAD answers without recording.
 */
final class OpenPixelHandler extends Handler.Abstract {

    static final byte[] PIXEL = Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

    private final TrackingLinks links;
    private final Engagement engagement;

    OpenPixelHandler(TrackingLinks links, Engagement engagement) {
        this.links = links;
        this.engagement = engagement;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        boolean get = HttpMethod.GET.is(request.getMethod());
        if (!get && !HttpMethod.HEAD.is(request.getMethod())) {
            Answers.wrongMethod(response, callback, request.getMethod(), "GET, HEAD");
            return true;
        }
        OptionalLong message = links.verifiedOpen(Requests.path(request));
        if (message.isEmpty()) {
            Answers.notFound(response, callback);
            return true;
        }
        if (get) {
            engagement.opened(message.getAsLong());
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, Answers.NO_STORE);
        response.getHeaders().put(HttpHeader.PRAGMA, "no-cache");
        response.getHeaders().put(HttpHeader.EXPIRES, "0");
        Answers.bytes(response, callback, 200, "image/gif", PIXEL);
        return true;
    }
}
