package io.tidings.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.channel.DeliveryChannel;
import io.tidings.template.TemplateContent;
import io.tidings.template.TemplateType;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A treatment's message in Pinpoint's JSON: {@code TemplateConfiguration} ({@code EmailTemplate}, {@code SMSTemplate},
 * {@code PushTemplate}, and {@code VoiceTemplate}, which Pinpoint does not send from campaigns and Tidings does), or an
 * inline {@code MessageConfiguration}, which Tidings keeps as template content of the channel so that the same
 * renderer and preview serve both.
 */
final class CampaignMessages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Map<DeliveryChannel, String> TEMPLATE_KEYS = Map.of(DeliveryChannel.EMAIL, "EmailTemplate",
            DeliveryChannel.SMS, "SMSTemplate", DeliveryChannel.PUSH, "PushTemplate", DeliveryChannel.VOICE, "VoiceTemplate");

    /** Pinpoint's push members of MessageConfiguration and the PushNotificationTemplateRequest part each becomes. */
    private static final Map<String, String> PUSH_MEMBERS = orderedMap("DefaultMessage", "Default", "APNSMessage", "APNS",
            "GCMMessage", "GCM", "ADMMessage", "ADM", "BaiduMessage", "Baidu");

    /** A message field's name in the template content, where it differs. */
    private static final Map<DeliveryChannel, Map<String, String>> RENAMED = Map.of(
            DeliveryChannel.EMAIL, Map.of("Title", "Subject", "HtmlBody", "HtmlPart", "Body", "TextPart"),
            DeliveryChannel.SMS, Map.of(),
            DeliveryChannel.PUSH, Map.of("ImageSmallIconUrl", "SmallImageIconUrl"),
            DeliveryChannel.VOICE, Map.of());

    /** The fields Pinpoint's message shapes have, which an export writes. */
    private static final Map<DeliveryChannel, List<String>> MESSAGE_FIELDS = Map.of(
            DeliveryChannel.EMAIL, List.of("Title", "HtmlBody", "Body", "FromAddress", "Headers"),
            DeliveryChannel.SMS, List.of("Body", "MessageType", "OriginationNumber", "SenderId", "EntityId", "TemplateId"),
            DeliveryChannel.PUSH, List.of("Action", "Title", "Body", "ImageIconUrl", "ImageSmallIconUrl", "ImageUrl",
                    "JsonBody", "MediaUrl", "RawContent", "SilentPush", "TimeToLive", "Url"),
            DeliveryChannel.VOICE, List.of());

    private CampaignMessages() {
    }

    /** The channels a treatment's templates and messages are for. */
    static Set<DeliveryChannel> channelsOf(JsonNode treatment, String path) {
        Set<DeliveryChannel> channels = EnumSet.noneOf(DeliveryChannel.class);
        JsonNode templates = JsonFields.object(treatment, "TemplateConfiguration", JsonFields.join(path, "TemplateConfiguration"));
        TEMPLATE_KEYS.forEach((channel, key) -> {
            if (JsonFields.has(templates, key)) {
                channels.add(channel);
            }
        });
        if (JsonFields.has(templates, "InAppTemplate")) {
            throw new InvalidCampaignException(JsonFields.join(path, "TemplateConfiguration.InAppTemplate") + ": in-app messages are not "
                    + "a Tidings channel; Tidings sends email, SMS, push and voice.");
        }
        JsonNode messages = JsonFields.object(treatment, "MessageConfiguration", JsonFields.join(path, "MessageConfiguration"));
        for (String unsupported : List.of("InAppMessage", "CustomMessage")) {
            if (JsonFields.has(messages, unsupported)) {
                throw new InvalidCampaignException(JsonFields.join(path, "MessageConfiguration." + unsupported) + ": "
                        + (unsupported.equals("InAppMessage") ? "in-app messages" : "custom channels")
                        + " are not a Tidings channel; Tidings sends email, SMS, push and voice.");
            }
        }
        if (JsonFields.has(messages, "EmailMessage")) {
            channels.add(DeliveryChannel.EMAIL);
        }
        if (JsonFields.has(messages, "SMSMessage")) {
            channels.add(DeliveryChannel.SMS);
        }
        boolean pushMember = PUSH_MEMBERS.keySet().stream()
                .anyMatch(member -> !member.equals("DefaultMessage") && JsonFields.has(messages, member));
        // Pinpoint sends DefaultMessage on every channel without its own member; alone, it is the push message.
        if (pushMember || channels.isEmpty() && JsonFields.has(messages, "DefaultMessage")) {
            channels.add(DeliveryChannel.PUSH);
        }
        return channels;
    }

    /** The treatment's message on {@code channel}: its template, else its inline message, else null. */
    static TreatmentMessage read(JsonNode treatment, DeliveryChannel channel, CampaignAssets assets, String path) {
        String templatePath = JsonFields.join(path, "TemplateConfiguration." + TEMPLATE_KEYS.get(channel));
        JsonNode template = JsonFields.object(JsonFields.field(treatment, "TemplateConfiguration"),
                TEMPLATE_KEYS.get(channel), templatePath);
        if (template != null) {
            String name = JsonFields.text(template, "Name", templatePath + ".Name");
            if (name == null || name.isBlank()) {
                throw new InvalidCampaignException(templatePath + ".Name is missing: name the template to send.");
            }
            return assets.template(name, version(template, templatePath + ".Version"), channel, templatePath);
        }
        JsonNode messages = JsonFields.field(treatment, "MessageConfiguration");
        ObjectNode request = JSON.createObjectNode();
        if (channel == DeliveryChannel.PUSH) {
            PUSH_MEMBERS.forEach((member, part) -> {
                ObjectNode message = JsonFields.object(messages, member, JsonFields.join(path, "MessageConfiguration." + member));
                if (message != null) {
                    request.set(part, renamed(message, RENAMED.get(channel)));
                }
            });
        } else if (channel != DeliveryChannel.VOICE) {
            String member = channel == DeliveryChannel.EMAIL ? "EmailMessage" : "SMSMessage";
            ObjectNode message = JsonFields.object(messages, member, JsonFields.join(path, "MessageConfiguration." + member));
            if (message != null) {
                request.setAll(renamed(message, RENAMED.get(channel)));
            }
        }
        if (request.isEmpty()) {
            return null;
        }
        return new TreatmentMessage.Inline(TemplateContent.parse(TemplateType.valueOf(channel.name()), request.toString()));
    }

    /** Writes the treatment's message into {@code treatment} as TemplateConfiguration or MessageConfiguration. */
    static void write(ObjectNode treatment, TreatmentMessage message, DeliveryChannel channel, CampaignAssets assets) {
        if (message instanceof TreatmentMessage.Template template) {
            ObjectNode reference = treatment.putObject("TemplateConfiguration").putObject(TEMPLATE_KEYS.get(channel));
            reference.put("Name", assets.templateReference(template.templateId()));
            if (template.version() != null) {
                reference.put("Version", Integer.toString(template.version()));
            }
        } else if (message instanceof TreatmentMessage.Inline inline) {
            ObjectNode content = parse(inline.content().toJson());
            ObjectNode messages = JSON.createObjectNode();
            Map<String, String> back = reversed(RENAMED.get(channel));
            if (channel == DeliveryChannel.PUSH) {
                PUSH_MEMBERS.forEach((member, part) -> {
                    if (content.get(part) instanceof ObjectNode fields) {
                        messages.set(member, pinpointFields(renamed(fields, back), channel));
                    }
                });
            } else if (channel != DeliveryChannel.VOICE) {
                messages.set(channel == DeliveryChannel.EMAIL ? "EmailMessage" : "SMSMessage",
                        pinpointFields(renamed(content, back), channel));
            }
            treatment.set("MessageConfiguration", messages);
        }
    }

    private static Integer version(JsonNode template, String path) {
        String text = JsonFields.text(template, "Version", path);
        if (text == null || text.isBlank() || text.equalsIgnoreCase("latest") || text.equals("$LATEST")) {
            return null;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidCampaignException(path + " is " + io.tidings.work.Quote.of(text)
                    + ": give a version number, or leave it out for the template's active version.");
        }
    }

    private static ObjectNode renamed(ObjectNode fields, Map<String, String> names) {
        ObjectNode copy = JSON.createObjectNode();
        for (Map.Entry<String, JsonNode> field : fields.properties()) {
            copy.set(names.getOrDefault(field.getKey(), field.getKey()), field.getValue().deepCopy());
        }
        return copy;
    }

    private static ObjectNode pinpointFields(ObjectNode fields, DeliveryChannel channel) {
        ObjectNode kept = JSON.createObjectNode();
        for (String name : MESSAGE_FIELDS.get(channel)) {
            if (fields.has(name)) {
                kept.set(name, fields.get(name));
            }
        }
        return kept;
    }

    private static Map<String, String> reversed(Map<String, String> names) {
        Map<String, String> back = new LinkedHashMap<>();
        names.forEach((from, to) -> back.put(to, from));
        return back;
    }

    private static ObjectNode parse(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Stored template content is not JSON", e);
        }
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int index = 0; index < pairs.length; index += 2) {
            map.put(pairs[index], pairs[index + 1]);
        }
        return map;
    }
}
