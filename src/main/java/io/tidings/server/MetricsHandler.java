package io.tidings.server;

import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /metrics}: the server's meters in Prometheus' text format. */
final class MetricsHandler extends Handler.Abstract {

    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ServerMeters meters;

    MetricsHandler(ServerMeters meters) {
        this.meters = meters;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!HttpMethod.GET.is(request.getMethod())) {
            Answers.wrongMethod(response, callback, request.getMethod(), "GET");
            return true;
        }
        Answers.bytes(response, callback, 200, PROMETHEUS_TEXT, meters.scrape().getBytes(StandardCharsets.UTF_8));
        return true;
    }
}
