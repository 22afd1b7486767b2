package io.tidings.template;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.work.JsonErrors;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads and writes Pinpoint's template JSON. Import accepts a bare request (what
 * {@code aws pinpoint create-email-template --email-template-request file://...} takes), the same
 * wrapped in its request name ({@code {"EmailTemplateRequest": {...}}}), and what Pinpoint returns
 * ({@code {"EmailTemplateResponse": {...}}} or its inside); the response's bookkeeping fields (Arn,
 * dates, name, type, version) are set aside and everything else is kept as it is. Export writes the
 * bare request.
 */
public final class PinpointTemplateJson {

    /** A template read from a file: its name when the file has one, its type, and its content. */
    public record Imported(String name, TemplateContent content) {
    }

    private static final Map<TemplateType, String> REQUEST_NAMES = Map.of(
            TemplateType.EMAIL, "EmailTemplate",
            TemplateType.SMS, "SMSTemplate",
            TemplateType.PUSH, "PushNotificationTemplate",
            TemplateType.VOICE, "VoiceTemplate");
    private static final List<String> RESPONSE_ONLY =
            List.of("Arn", "CreationDate", "LastModifiedDate", "TemplateName", "TemplateType", "Version");

    private PinpointTemplateJson() {
    }

    /**
     * @param type the type to read the file as, or null to take it from the file
     * @throws IllegalArgumentException saying what is wrong with the file
     */
    public static Imported read(String json, TemplateType type) {
        JsonNode root;
        try {
            root = TemplateContent.JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The file is not valid JSON" + JsonErrors.where(e.getLocation()) + ": "
                    + JsonErrors.syntax(e) + ".");
        }
        if (!(root instanceof ObjectNode object)) {
            throw new IllegalArgumentException("The file does not hold a JSON object, so it is not a Pinpoint template.");
        }
        TemplateType wrapperType = null;
        for (var entry : REQUEST_NAMES.entrySet()) {
            for (String suffix : List.of("Request", "Response")) {
                if (object.size() == 1 && object.get(entry.getValue() + suffix) instanceof ObjectNode inner) {
                    object = inner;
                    wrapperType = entry.getKey();
                }
            }
        }
        TemplateType found = type != null ? type : wrapperType != null ? wrapperType : typeOf(object);
        List<String> misfits = TemplateShapes.misfits(object, found);
        if (!misfits.isEmpty()) {
            String kind = TemplateShapes.word(found);
            throw new IllegalArgumentException("The file does not fit " + TemplateShapes.article(kind) + " " + kind
                    + " template: " + TemplateShapes.whoseFields(misfits) + ". " + capitalised(TemplateShapes
                    .article(kind)) + " " + kind + " template takes " + TemplateShapes.ownFields(found) + ".");
        }
        String name = object.path("TemplateName").asText(null);
        ObjectNode request = object.deepCopy();
        request.remove(RESPONSE_ONLY);
        TemplateContent content = TemplateContent.of(found, request);
        content.defaults(); // refuses DefaultSubstitutions that is not a JSON object now, not at first render
        return new Imported(name, content);
    }

    public static String write(TemplateContent content) {
        return content.toPrettyJson();
    }

    private static TemplateType typeOf(ObjectNode request) {
        String declared = request.path("TemplateType").asText("");
        if (!declared.isEmpty()) {
            try {
                return TemplateType.valueOf(declared.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("TemplateType \"" + declared + "\" is not EMAIL, SMS, PUSH or VOICE.");
            }
        }
        List<String> fields = TemplateShapes.ownFieldsOf(request);
        List<TemplateType> fitting = List.copyOf(TemplateShapes.fitting(request));
        if (!fields.isEmpty() && fitting.size() == 1) {
            return fitting.get(0);
        }
        if (!fields.isEmpty() && fitting.size() > 1) {
            List<String> kinds = fitting.stream().map(TemplateShapes::word).toList();
            String kindList = String.join(" or ", kinds);
            throw new AmbiguousTemplateTypeException("The file fits " + TemplateShapes.article(kindList) + " "
                    + kindList + " template (its fields: " + TemplateShapes.and(fields) + "); name the type with "
                    + String.join(" or ", kinds.stream().map(kind -> "--type " + kind.toLowerCase(Locale.ROOT))
                            .toList()) + ".", fitting);
        }
        if (fields.stream().noneMatch(TemplateShapes::belongsToAKind)) {
            throw new IllegalArgumentException("The file's fields do not show which kind of template it is: "
                    + "expected Subject or HtmlPart (email), Body (SMS or voice), Default, APNS or GCM (push), or "
                    + "LanguageCode or VoiceId (voice). Name the type with --type.");
        }
        throw new IllegalArgumentException("The file's fields do not fit one kind of template: "
                + TemplateShapes.whoseFields(fields) + ". Keep the fields of one kind.");
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
