package io.tidings.delivery;

import java.util.List;

/**
 * What happened to one message of a send job.
 *
 * @param jobName the job that sent it
 * @param endpointId the endpoint it went to, or null when the endpoint was deleted
 * @param events its events, earliest first, including reports timed after now
 */
public record MessageHistory(String jobName, String endpointId, List<MessageEvent> events) {

    public MessageHistory {
        events = List.copyOf(events);
    }
}
