package io.tidings.delivery;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.audience.Endpoint;
import io.tidings.audience.EndpointJson;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.template.MessageVariables;
import io.tidings.template.RenderedMessage;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateProblem;
import io.tidings.template.TemplateRenderer;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The body of a custom message's webhook call for one endpoint, in the shape of Pinpoint's custom-channel payload:
 * <pre>
 * {"Message": {}, "Data": "...", "ApplicationId": "...", "JourneyId": "12", "ActivityId": "Custom1",
 *  "ScheduledTime": "2026-03-02T10:00:00Z", "Endpoints": {"endpoint-id": {"ChannelType": "EMAIL", ...}}}
 * </pre>
 * {@code Data} is the activity's as written, rendered with the template helpers for the endpoint when it holds
 * {@code {{...}}}; {@code Message} holds the activity's template rendered for the endpoint, by its fields' names,
 * when it has one (empty otherwise); {@code Endpoints} the endpoint as Pinpoint's endpoint JSON, by its id. The ledger
 * has one message an endpoint, so each call carries one endpoint.
 */
final class CustomMessagePayload {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemplateRenderer renderer;

    CustomMessagePayload(TemplateRenderer renderer) {
        this.renderer = renderer;
    }

    /**
     * @param template the activity's template to render along, or null
     * @throws IllegalArgumentException naming what does not render
     */
    OutboundMessage compose(String messageId, CustomMessage custom, TemplateContent template, Endpoint endpoint) {
        Map<String, Object> variables = MessageVariables.of(endpoint, template == null ? Map.of() : template.defaults());
        ObjectNode body = JSON.createObjectNode();
        ObjectNode message = body.putObject("Message");
        if (template != null) {
            RenderedMessage rendered = renderer.render(template, variables);
            if (rendered.hasErrors()) {
                throw new IllegalArgumentException("The template does not render: " + rendered.problems().stream()
                        .filter(problem -> problem.severity() == TemplateProblem.Severity.ERROR)
                        .map(problem -> problem.field() + ": " + problem.message()).collect(Collectors.joining("; ")));
            }
            rendered.parts().forEach(message::put);
        }
        String data = custom.data();
        body.put("Data", data != null && data.contains("{{") ? renderer.renderText("Data", data, variables) : data);
        body.put("ApplicationId", custom.applicationId());
        body.put("JourneyId", custom.journeyId());
        body.put("ActivityId", custom.activityId());
        body.put("ScheduledTime", custom.scheduledTime() == null ? null : custom.scheduledTime().toString());
        ObjectNode fields = EndpointJson.of(endpoint);
        fields.remove("Id");
        body.putObject("Endpoints").set(endpoint.id(), fields);
        // The subject is what the sandbox lists a kept call by; the webhook gets the body alone.
        String about = "About " + endpoint.channelType().name() + " endpoint " + endpoint.id()
                + (endpoint.address() == null || endpoint.address().isBlank() ? "" : " (" + endpoint.address() + ")");
        return new OutboundMessage(messageId, DeliveryChannel.CUSTOM, custom.deliveryUri(), null, about, null,
                body.toString(), true, null, Map.of());
    }
}
