/**
 * The embedded tracking and ingestion server on Jetty 12.1's core handlers: {@link io.tidings.server.TrackingServer}
 * (routes, limits, errors in a sentence), {@link io.tidings.server.ServerRunner} (runs it as the workspace's settings
 * say, for the app and {@code serve}), {@code /health}, {@code /metrics} ({@link io.tidings.server.ServerMeters}) and
 * the open, click and unsubscribe handlers. Other features' handlers (PutEvents, providers' webhooks) arrive as
 * {@link io.tidings.server.ServerRoute}s from the composition root. See docs/server.md.
 */
package io.tidings.server;
