package io.tidings.server;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One route as the server runs it: counts each request by route and status, and turns whatever the route's handler
 * throws into a logged failure and a 500 with one sentence, so no handler's failure reaches the client as a trace.
 */
final class GuardedRoute extends Handler.Wrapper {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedRoute.class);

    private final String route;
    private final ServerMeters meters;

    GuardedRoute(String route, Handler handler, ServerMeters meters) {
        super(handler);
        this.route = route;
        this.meters = meters;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Callback counted = new Callback.Nested(callback) {
            @Override
            public void succeeded() {
                meters.request(route, response.getStatus());
                super.succeeded();
            }

            @Override
            public void failed(Throwable failure) {
                meters.request(route, 500);
                super.failed(failure);
            }
        };
        try {
            if (!super.handle(request, response, counted)) {
                Answers.notFound(response, counted);
            }
        } catch (Throwable failure) {
            LOG.error("The tracking server's route {} failed on a {} request", route,
                    Words.printable(request.getMethod()), failure);
            if (response.isCommitted()) {
                counted.failed(failure);
            } else {
                response.reset();
                Answers.text(response, counted, 500, PlainErrors.sentence(500));
            }
        }
        return true;
    }
}
