package io.tidings.channel;

import java.time.Instant;
import java.util.Map;

/**
 * One report a provider made about one message after it accepted it.
 *
 * @param at when it happened, which may be later than now for the sandbox's simulated reports
 * @param attributes extra event attributes, such as {@code record_status} or {@code detail}
 */
public record ProviderReport(Feedback feedback, Instant at, Map<String, String> attributes) {

    public ProviderReport {
        attributes = attributes == null ? Map.of() : Map.copyOf(attributes);
    }
}
