package io.tidings.journey;

import io.tidings.template.TemplateType;
import java.util.List;

/**
 * An activity that sends each participant a message: email, SMS, push, voice (Tidings' own: Pinpoint journeys send no
 * voice messages) or a custom message (a webhook). The template is the workspace's ({@link TemplateChoice}), or null
 * while the marketer has not chosen one.
 */
public sealed interface MessageActivity extends ActivityConfig {

    TemplateChoice template();

    /** The kind of template it sends; null for a custom message, which may have none. */
    TemplateType channel();

    MessageActivity withTemplate(TemplateChoice template);

    @Override
    default List<Port> ports() {
        return List.of(Port.NEXT);
    }

    /** An email; {@code fromAddress} (or null) overrides the account's sender. */
    record Email(TemplateChoice template, String fromAddress) implements MessageActivity {
        public String pinpointName() {
            return "EMAIL";
        }

        public String kindName() {
            return "Send email";
        }

        public TemplateType channel() {
            return TemplateType.EMAIL;
        }

        public Email withTemplate(TemplateChoice chosen) {
            return new Email(chosen, fromAddress);
        }
    }

    /** A text message; the settings are Pinpoint's {@code JourneySMSMessage} (each may be null). */
    record Sms(TemplateChoice template, String messageType, String originationNumber, String senderId, String entityId,
            String registeredTemplateId) implements MessageActivity {
        public String pinpointName() {
            return "SMS";
        }

        public String kindName() {
            return "Send SMS";
        }

        public TemplateType channel() {
            return TemplateType.SMS;
        }

        public Sms withTemplate(TemplateChoice chosen) {
            return new Sms(chosen, messageType, originationNumber, senderId, entityId, registeredTemplateId);
        }
    }

    /** A push notification; {@code timeToLive} (seconds, as text, or null) is how long it may wait for the device. */
    record Push(TemplateChoice template, String timeToLive) implements MessageActivity {
        public String pinpointName() {
            return "PUSH";
        }

        public String kindName() {
            return "Send push notification";
        }

        public TemplateType channel() {
            return TemplateType.PUSH;
        }

        public Push withTemplate(TemplateChoice chosen) {
            return new Push(chosen, timeToLive);
        }
    }

    /** A voice message: Tidings' own, written as a {@code VOICE} member that Pinpoint's API does not know. */
    record Voice(TemplateChoice template) implements MessageActivity {
        public String pinpointName() {
            return "VOICE";
        }

        public String kindName() {
            return "Send voice message";
        }

        public TemplateType channel() {
            return TemplateType.VOICE;
        }

        public Voice withTemplate(TemplateChoice chosen) {
            return new Voice(chosen);
        }
    }

    /**
     * A custom message: {@code data} posted to {@code deliveryUri} (an HTTPS webhook; Pinpoint also takes a Lambda
     * function) for each of the participant's endpoints of {@code endpointTypes} (all when empty).
     */
    record Custom(TemplateChoice template, String deliveryUri, List<String> endpointTypes, String data)
            implements MessageActivity {
        public Custom {
            endpointTypes = endpointTypes == null ? List.of() : List.copyOf(endpointTypes);
        }

        public String pinpointName() {
            return "CUSTOM";
        }

        public String kindName() {
            return "Custom message (webhook)";
        }

        public TemplateType channel() {
            return null;
        }

        public Custom withTemplate(TemplateChoice chosen) {
            return new Custom(chosen, deliveryUri, endpointTypes, data);
        }
    }
}
