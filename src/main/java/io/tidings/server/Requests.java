package io.tidings.server;

import org.eclipse.jetty.server.Request;

/** What the handlers read of a request. */
public final class Requests {

    private Requests() {
    }

    /**
     * The request's path, decoded and normalised ({@code /a/./b} is {@code /a/b}); the server has no context path,
     * so this is the whole path. Jetty refuses a path it cannot normalise (such as {@code /..}) with 400 before any
     * handler sees it.
     */
    public static String path(Request request) {
        String path = request.getHttpURI().getCanonicalPath();
        return path == null ? "" : path;
    }
}
