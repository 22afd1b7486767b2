package io.tidings.delivery;

import io.tidings.audience.ChannelType;
import io.tidings.audience.Endpoint;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.OutboundMessage;
import io.tidings.channel.push.PushAttributes;
import io.tidings.template.MessageVariables;
import io.tidings.template.RenderedMessage;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateFields;
import io.tidings.template.TemplateProblem;
import io.tidings.template.TemplateRenderer;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders a job's template for one endpoint into the message a channel adapter sends. */
final class MessageComposer {

    private final TemplateRenderer renderer;
    private final MessageTracking tracking;

    MessageComposer(TemplateRenderer renderer, MessageTracking tracking) {
        this.renderer = renderer;
        this.tracking = tracking;
    }

    /** @throws IllegalArgumentException naming the template's errors when it does not render */
    OutboundMessage compose(String messageId, DeliveryChannel channel, TemplateContent content, Endpoint endpoint) {
        return compose(messageId, channel, content, endpoint, true);
    }

    /**
     * The message; with {@code trackOpensAndClicks} false its HTML is sent as rendered (no pixel, links untouched),
     * though it keeps its unsubscribe link.
     *
     * @throws IllegalArgumentException naming the template's errors when it does not render
     */
    OutboundMessage compose(String messageId, DeliveryChannel channel, TemplateContent content, Endpoint endpoint,
            boolean trackOpensAndClicks) {
        String unsubscribeUrl = channel == DeliveryChannel.EMAIL ? tracking.unsubscribeUrl(messageId) : null;
        RenderedMessage rendered = renderer.render(content, MessageVariables.withUnsubscribeUrl(
                MessageVariables.of(endpoint, content.defaults()), unsubscribeUrl));
        if (rendered.hasErrors()) {
            throw new IllegalArgumentException("The template does not render: " + rendered.problems().stream()
                    .filter(problem -> problem.severity() == TemplateProblem.Severity.ERROR)
                    .map(problem -> problem.field() + ": " + problem.message()).collect(Collectors.joining("; ")));
        }
        String messageType = content.field(TemplateFields.MESSAGE_TYPE);
        boolean promotional = promotional(channel, content);
        Map<String, String> attributes = new HashMap<>();
        return switch (channel) {
            case EMAIL -> new OutboundMessage(messageId, channel, endpoint.address(), null,
                    rendered.part(TemplateFields.SUBJECT),
                    trackOpensAndClicks ? tracking.tracked(messageId, rendered.part(TemplateFields.HTML_PART))
                            : rendered.part(TemplateFields.HTML_PART),
                    rendered.part(TemplateFields.TEXT_PART), promotional, unsubscribeUrl, attributes);
            case SMS -> {
                attributes.put("sms.messageType", messageType.isBlank() ? "TRANSACTIONAL" : messageType);
                yield new OutboundMessage(messageId, channel, endpoint.address(),
                        content.field(TemplateFields.ORIGINATION_IDENTITY), null, null, rendered.part(TemplateFields.BODY),
                        promotional, null, attributes);
            }
            case PUSH -> {
                putIfPresent(attributes, PushAttributes.URL, rendered.part(TemplateFields.PUSH_URL));
                putIfPresent(attributes, PushAttributes.ACTION, content.field(TemplateFields.PUSH_ACTION));
                putIfPresent(attributes, PushAttributes.SOUND, content.field(TemplateFields.PUSH_SOUND));
                if ("true".equals(content.field(TemplateFields.PUSH_SILENT))) {
                    attributes.put(PushAttributes.SILENT, "true");
                }
                attributes.put(PushAttributes.PLATFORM, endpoint.channelType().name());
                boolean apple = endpoint.channelType().name().startsWith("APNS");
                boolean google = endpoint.channelType() == ChannelType.GCM;
                String title = firstNonBlank(apple ? rendered.part(TemplateFields.APNS_TITLE)
                        : google ? rendered.part(TemplateFields.GCM_TITLE) : "", rendered.part(TemplateFields.PUSH_TITLE));
                String body = firstNonBlank(apple ? rendered.part(TemplateFields.APNS_BODY)
                        : google ? rendered.part(TemplateFields.GCM_BODY) : "", rendered.part(TemplateFields.PUSH_BODY));
                yield new OutboundMessage(messageId, channel, endpoint.address(), null, title, null, body, promotional, null,
                        attributes);
            }
            case CUSTOM -> throw new IllegalArgumentException("A custom message is a webhook call, which "
                    + "CustomMessagePayload composes.");
            case VOICE -> {
                putIfPresent(attributes, "voice.languageCode", content.field(TemplateFields.LANGUAGE_CODE));
                putIfPresent(attributes, "voice.voiceId", content.field(TemplateFields.VOICE_ID));
                yield new OutboundMessage(messageId, channel, endpoint.address(), null, null, null,
                        rendered.part(TemplateFields.BODY), promotional, null, attributes);
            }
        };
    }

    /**
     * Whether the job's messages are promotional, which decides unsubscribe headers and whether quiet time
     * applies: email unless its template says TRANSACTIONAL, SMS only when it says PROMOTIONAL (the
     * editor's default for SMS is transactional), and push, voice and custom messages always, as Pinpoint holds
     * every campaign push and voice message for quiet time (and a journey's custom messages keep its quiet time).
     */
    static boolean promotional(DeliveryChannel channel, TemplateContent content) {
        String messageType = content.field(TemplateFields.MESSAGE_TYPE);
        return switch (channel) {
            case EMAIL -> !"TRANSACTIONAL".equals(messageType);
            case SMS -> "PROMOTIONAL".equals(messageType);
            case PUSH, VOICE, CUSTOM -> true;
        };
    }

    private static void putIfPresent(Map<String, String> attributes, String name, String value) {
        if (value != null && !value.isBlank()) {
            attributes.put(name, value);
        }
    }

    private static String firstNonBlank(String preferred, String fallback) {
        return preferred == null || preferred.isBlank() ? fallback : preferred;
    }
}
