package io.tidings.server;

import io.tidings.tracking.Engagement;
import io.tidings.tracking.TrackingLinks;
import java.io.IOException;
import java.util.OptionalLong;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The unsubscribe link, {@code /u/ID/SIG}. {@code POST} with {@code List-Unsubscribe=One-Click} (RFC 8058: what a
 * mail client sends for its own Unsubscribe button, and what the page's button sends) opts the address out at once
 * and says so. {@code GET} only shows a page with that button: mail scanners follow links, and must not unsubscribe
 * anyone by looking. A path whose signature does not verify gets 404 and changes nothing.
 */
final class UnsubscribeHandler extends Handler.Abstract {

    /** Far more than RFC 8058's one field; a body this long is not a one-click request. */
    private static final int LONGEST_BODY = 16 * 1024;

    private final TrackingLinks links;
    private final Engagement engagement;

    UnsubscribeHandler(TrackingLinks links, Engagement engagement) {
        this.links = links;
        this.engagement = engagement;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws IOException {
        boolean post = HttpMethod.POST.is(request.getMethod());
        if (!post && !HttpMethod.GET.is(request.getMethod())) {
            Answers.wrongMethod(response, callback, request.getMethod(), "GET, POST");
            return true;
        }
        // The body is read before anything is answered, so that the connection stays fit for the client's next request.
        boolean oneClick = post && isOneClick(request);
        OptionalLong message = links.verifiedUnsubscribe(Requests.path(request));
        if (message.isEmpty()) {
            Answers.notFound(response, callback);
            return true;
        }
        if (!post) {
            Answers.html(response, callback, 200, UnsubscribePages.question());
            return true;
        }
        if (!oneClick) {
            Answers.text(response, callback, 400, "An unsubscribe request carries List-Unsubscribe=One-Click in its "
                    + "body, as RFC 8058 asks; this one does not.");
            return true;
        }
        Engagement.Unsubscribed outcome = engagement.unsubscribed(message.getAsLong());
        Answers.html(response, callback, 200, UnsubscribePages.done(outcome));
        return true;
    }

    /** Whether the body is RFC 8058's, form-encoded or multipart. */
    private static boolean isOneClick(Request request) throws IOException {
        long declared = request.getLength();
        if (declared > LONGEST_BODY) {
            return false;
        }
        String body = Content.Source.asString(request);
        if (body.length() > LONGEST_BODY) {
            return false;
        }
        String compact = body.replace("\r", "").replace("\n", "");
        return compact.contains("List-Unsubscribe=One-Click")
                || compact.contains("name=\"List-Unsubscribe\"") && compact.contains("One-Click");
    }
}
