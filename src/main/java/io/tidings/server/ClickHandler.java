package io.tidings.server;

import io.tidings.tracking.Engagement;
import io.tidings.tracking.TrackingLinks;
import java.util.Optional;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * {@code GET /t/c/ID/TARGET/SIG}: records the click on the message's link and redirects (302) to where the link led.
 * The target is part of what the signature covers, so the server only ever redirects to a link that was in the
 * message; anything else gets 404 and records nothing. HEAD answers the redirect without recording.
 */
final class ClickHandler extends Handler.Abstract {

    private final TrackingLinks links;
    private final Engagement engagement;

    ClickHandler(TrackingLinks links, Engagement engagement) {
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
        Optional<TrackingLinks.Click> click = links.verifiedClick(Requests.path(request));
        if (click.isEmpty()) {
            Answers.notFound(response, callback);
            return true;
        }
        if (get) {
            engagement.clicked(click.get().messageId(), click.get().target());
        }
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, Answers.NO_STORE);
        response.getHeaders().put(HttpHeader.LOCATION, click.get().target());
        Answers.text(response, callback, 302, "This link leads to " + click.get().target());
        return true;
    }
}
