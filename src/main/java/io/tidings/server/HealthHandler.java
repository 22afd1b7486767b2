package io.tidings.server;

import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** {@code GET /health}: 200 and {@code {"status":"ok"}} while the server answers, for a load balancer's check. */
final class HealthHandler extends Handler.Abstract.NonBlocking {

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
            Answers.wrongMethod(response, callback, request.getMethod(), "GET, HEAD");
            return true;
        }
        response.getHeaders().put("Cache-Control", "no-store");
        Answers.json(response, callback, 200, "{\"status\":\"ok\"}");
        return true;
    }
}
