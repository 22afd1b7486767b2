package io.tidings.server;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Writes the server's answers: a sentence, a page, an image; none of them ever carries a stack trace. */
public final class Answers {

    /** Nothing a browser or proxy should keep: tracking answers must reach the server every time. */
    static final String NO_STORE = "no-store, no-cache, must-revalidate, private, max-age=0";

    private Answers() {
    }

    /** A plain-text answer, such as one sentence saying what is wrong. */
    public static void text(Response response, Callback callback, int status, String text) {
        bytes(response, callback, status, "text/plain; charset=utf-8", (text + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** A JSON answer. */
    public static void json(Response response, Callback callback, int status, String json) {
        bytes(response, callback, status, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    static void html(Response response, Callback callback, int status, String html) {
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, NO_STORE);
        bytes(response, callback, status, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
    }

    static void bytes(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    /** 405 with the methods the route takes. */
    public static void wrongMethod(Response response, Callback callback, String method, String allowed) {
        response.getHeaders().put(HttpHeader.ALLOW, allowed);
        text(response, callback, 405, "This address takes " + allowed.replace(", ", " or ") + " requests, not "
                + Words.printable(method) + ".");
    }

    /** 404, saying nothing about why: a forged link learns nothing. */
    public static void notFound(Response response, Callback callback) {
        text(response, callback, 404, "There is nothing at this address.");
    }
}
