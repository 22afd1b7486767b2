package io.tidings.server;

import org.eclipse.jetty.server.Handler;

/**
 * One path of the tracking and ingestion server and the handler that answers it, such as
 * {@code /v1/apps/*} for PutEvents. The composition root hands the server its routes.
 *
 * @param pathSpec a Jetty path spec: {@code /health} (exact), {@code /t/*} (prefix), {@code *.png} (suffix)
 */
public record ServerRoute(String pathSpec, Handler handler) {
}
