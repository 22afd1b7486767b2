package io.tidings.campaign;

import io.tidings.analytics.Event;
import java.time.Instant;

/** An event as the campaigns heard of it: the event, and when it arrived (was recorded). */
public record ArrivedEvent(Event event, Instant arrivedAt) {
}
