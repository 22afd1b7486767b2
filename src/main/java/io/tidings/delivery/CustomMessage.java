package io.tidings.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A journey's custom message (Pinpoint's CustomMessageActivity) as its send job keeps it: where the webhook is, which
 * of the participants' endpoints it is about, the {@code Data} it is sent, and the payload's fixed fields. Stored as
 * the job's inline message, so that each call of the job, retries and calls after a restart too, is the same.
 *
 * @param applicationId the workspace's application id (Pinpoint's project id)
 * @param journeyId the journey, as the payload's {@code JourneyId}
 * @param activityId the activity's key, as the payload's {@code ActivityId}
 * @param scheduledTime when the participants reached the activity (the payload's {@code ScheduledTime})
 * @param deliveryUri the webhook's http or https address
 * @param endpointTypes Pinpoint channel types of the endpoints to call about; empty for all of them
 * @param data what the activity sends with each call, as written (it may hold {{...}} placeholders), or null
 */
public record CustomMessage(String applicationId, String journeyId, String activityId, Instant scheduledTime,
        String deliveryUri, List<String> endpointTypes, String data) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public CustomMessage {
        Objects.requireNonNull(deliveryUri, "deliveryUri");
        endpointTypes = endpointTypes == null ? List.of() : List.copyOf(endpointTypes);
    }

    String toJson() {
        ObjectNode node = JSON.createObjectNode();
        node.put("ApplicationId", applicationId);
        node.put("JourneyId", journeyId);
        node.put("ActivityId", activityId);
        node.put("ScheduledTime", scheduledTime == null ? null : scheduledTime.toString());
        node.put("DeliveryUri", deliveryUri);
        endpointTypes.forEach(node.putArray("EndpointTypes")::add);
        node.put("Data", data);
        return node.toString();
    }

    /** @throws IllegalArgumentException when the stored text is not a custom message */
    static CustomMessage parse(String json) {
        JsonNode node;
        try {
            node = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The custom message of this job is damaged: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject() || !node.path("DeliveryUri").isTextual()) {
            throw new IllegalArgumentException("The custom message of this job is damaged: it has no DeliveryUri.");
        }
        List<String> types = new ArrayList<>();
        node.path("EndpointTypes").forEach(type -> types.add(type.asText()));
        String scheduled = text(node, "ScheduledTime");
        return new CustomMessage(text(node, "ApplicationId"), text(node, "JourneyId"), text(node, "ActivityId"),
                scheduled == null ? null : Instant.parse(scheduled), node.get("DeliveryUri").asText(), types,
                text(node, "Data"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
