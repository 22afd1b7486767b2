package io.tidings.analytics;

/**
 * A step of the funnel sent, delivered, opened, clicked, converted: messages for the first two, distinct endpoints
 * for the others (an endpoint that opened twice opened once).
 */
public record FunnelStep(String name, long count) {
}
