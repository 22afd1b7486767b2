package io.tidings.template;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The top-level fields each kind of Pinpoint template request takes (Pinpoint's request shapes, plus the settings
 * Tidings keeps beside them), and which kinds a file's fields fit.
 */
final class TemplateShapes {

    /** Fields every kind takes, and the bookkeeping of a Pinpoint response, which import sets aside. */
    private static final Set<String> COMMON = Set.of("DefaultSubstitutions", "RecommenderId", "tags",
            "TemplateDescription", "TemplateName", "TemplateType", "Arn", "CreationDate", "LastModifiedDate", "Version");
    private static final Map<TemplateType, Set<String>> OWN = Map.of(
            TemplateType.EMAIL, Set.of("Subject", "HtmlPart", "TextPart", "Headers", "MessageType"),
            TemplateType.SMS, Set.of("Body", "MessageType", "OriginationIdentity"),
            TemplateType.PUSH, Set.of("Default", "APNS", "GCM", "ADM", "Baidu"),
            TemplateType.VOICE, Set.of("Body", "LanguageCode", "VoiceId"));

    private TemplateShapes() {
    }

    /** The kinds whose requests take every field of {@code request}; all of them for a file of common fields only. */
    static Set<TemplateType> fitting(ObjectNode request) {
        Set<TemplateType> fitting = EnumSet.noneOf(TemplateType.class);
        for (TemplateType type : TemplateType.values()) {
            if (misfits(request, type).isEmpty()) {
                fitting.add(type);
            }
        }
        return fitting;
    }

    /** The fields of {@code request} that a {@code type} template does not take, in the file's order. */
    static List<String> misfits(ObjectNode request, TemplateType type) {
        List<String> misfits = new ArrayList<>();
        request.fieldNames().forEachRemaining(name -> {
            if (!COMMON.contains(name) && !OWN.get(type).contains(name)) {
                misfits.add(name);
            }
        });
        return misfits;
    }

    /** The file's fields that are not common to every kind, in the file's order. */
    static List<String> ownFieldsOf(ObjectNode request) {
        List<String> names = new ArrayList<>();
        request.fieldNames().forEachRemaining(name -> {
            if (!COMMON.contains(name)) {
                names.add(name);
            }
        });
        return names;
    }

    /** Whether some kind of template takes {@code field}. */
    static boolean belongsToAKind(String field) {
        return OWN.values().stream().anyMatch(fields -> fields.contains(field));
    }

    /** "Default and APNS are push fields; Subject is an email field": which kinds take these fields. */
    static String whoseFields(List<String> fields) {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String field : fields) {
            List<String> kinds = OWN.entrySet().stream().filter(entry -> entry.getValue().contains(field))
                    .map(Map.Entry::getKey).sorted().map(TemplateShapes::word).toList();
            if (kinds.isEmpty()) {
                unknown.add(field);
            } else {
                byKind.computeIfAbsent(String.join(" or ", kinds), kind -> new ArrayList<>()).add(field);
            }
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, names) -> parts.add(and(names) + (names.size() == 1 ? " is " + article(kind) + " "
                + kind + " field" : " are " + kind + " fields")));
        if (!unknown.isEmpty()) {
            parts.add(and(unknown) + (unknown.size() == 1 ? " is not a field" : " are not fields")
                    + " of any Pinpoint template");
        }
        return String.join("; ", parts);
    }

    /** "Body, LanguageCode and VoiceId": the fields a {@code type} template takes besides the common ones. */
    static String ownFields(TemplateType type) {
        return and(OWN.get(type).stream().sorted().toList());
    }

    /** "email", "SMS", "push", "voice". */
    static String word(TemplateType type) {
        return type == TemplateType.SMS ? "SMS" : type.name().toLowerCase(Locale.ROOT);
    }

    /** "a" or "an", for the word that follows. */
    static String article(String word) {
        return "aeiou".indexOf(Character.toLowerCase(word.charAt(0))) >= 0 || word.startsWith("SMS") ? "an" : "a";
    }

    static String and(List<String> words) {
        if (words.size() <= 1) {
            return String.join("", words);
        }
        return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", "))
                + " and " + words.get(words.size() - 1);
    }
}
