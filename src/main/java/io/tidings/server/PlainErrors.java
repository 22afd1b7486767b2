package io.tidings.server;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The answer to whatever Jetty itself refuses or a handler fails on without answering: one sentence for the status,
 * never Jetty's HTML page or a stack trace. A failure (500) is logged with its trace; its answer says only that.
 */
final class PlainErrors implements Request.Handler {

    private static final Logger LOG = LoggerFactory.getLogger(PlainErrors.class);

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = request.getAttribute(ErrorHandler.ERROR_STATUS) instanceof Integer code ? code : 500;
        if (request.getAttribute(ErrorHandler.ERROR_EXCEPTION) instanceof Throwable failure && status >= 500) {
            LOG.error("The tracking server failed on a {} request", Words.printable(request.getMethod()), failure);
        }
        response.getHeaders().put("Cache-Control", "no-store");
        Answers.text(response, callback, status, sentence(status));
        return true;
    }

    static String sentence(int status) {
        return switch (status) {
            case 400 -> "The request is malformed: its address, headers or body cannot be read.";
            case 404 -> "There is nothing at this address.";
            case 405 -> "This address does not take that method.";
            case 408 -> "The request took too long to arrive.";
            case 413 -> "The request body is larger than this server accepts.";
            case 414 -> "The address is longer than this server accepts.";
            case 431 -> "The request headers are larger than this server accepts.";
            case 501 -> "This server does not know that method.";
            case 503 -> "The server is stopping; try again shortly.";
            default -> status >= 500 ? "The server failed on this request; its log has the details."
                    : "The request cannot be answered (HTTP " + status + ").";
        };
    }
}
