package io.tidings.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.DateTimeException;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * {@link JobOptions} as the JSON kept in {@code send_job.settings}, in the shape of Pinpoint's campaign
 * settings where they have one ({@code QuietTime.Start/End}, {@code Limits.Total/Daily}):
 * <pre>{"QuietTime": {"Start": "21:00", "End": "08:00", "Action": "HOLD", "PromotionalOnly": true},
 *  "Limits": {"Total": 1, "Daily": 3}, "FallbackTimezone": "Europe/Berlin"}</pre>
 * Reading names the field at fault; keys it does not know are ignored.
 */
public final class JobOptionsJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter HOURS_MINUTES = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private JobOptionsJson() {
    }

    public static String write(JobOptions options) {
        ObjectNode root = JSON.createObjectNode();
        QuietTime quiet = options.quietTime();
        if (quiet != null) {
            ObjectNode node = root.putObject("QuietTime");
            node.put("Start", quiet.start().format(HOURS_MINUTES));
            node.put("End", quiet.end().format(HOURS_MINUTES));
            node.put("Action", quiet.action().name());
            node.put("PromotionalOnly", quiet.promotionalOnly());
        }
        if (options.messagesPerEndpoint() > 0 || options.dailyCapPerEndpoint() > 0) {
            ObjectNode limits = root.putObject("Limits");
            limits.put("Total", options.messagesPerEndpoint());
            limits.put("Daily", options.dailyCapPerEndpoint());
        }
        if (options.fallbackTimezone() != null) {
            root.put("FallbackTimezone", options.fallbackTimezone().getId());
        }
        return root.toString();
    }

    /** @throws IllegalArgumentException naming the field that is wrong */
    public static JobOptions read(String json) {
        JsonNode root;
        try {
            root = json == null || json.isBlank() ? JSON.createObjectNode() : JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The job settings are not JSON: " + e.getOriginalMessage(), e);
        }
        if (!root.isObject()) {
            throw new IllegalArgumentException("The job settings must be a JSON object, not " + root.getNodeType() + ".");
        }
        JsonNode quiet = root.path("QuietTime");
        QuietTime quietTime = quiet.isMissingNode() || quiet.isNull() ? null : new QuietTime(
                time(quiet, "Start"), time(quiet, "End"), action(quiet),
                !quiet.has("PromotionalOnly") || bool(quiet, "PromotionalOnly"));
        JsonNode limits = root.path("Limits");
        return new JobOptions(quietTime, count(limits, "Total"), count(limits, "Daily"), zone(root));
    }

    private static LocalTime time(JsonNode quiet, String field) {
        String text = quiet.path(field).asText("");
        try {
            return LocalTime.parse(text);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("QuietTime." + field + " \"" + text
                    + "\" is not a time of day such as 21:00.", e);
        }
    }

    private static QuietTime.Action action(JsonNode quiet) {
        String text = quiet.path("Action").asText("HOLD");
        try {
            return QuietTime.Action.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("QuietTime.Action \"" + text + "\" is neither HOLD nor DROP.", e);
        }
    }

    private static boolean bool(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (!value.isBoolean()) {
            throw new IllegalArgumentException("QuietTime." + field + " must be true or false, not " + value + ".");
        }
        return value.booleanValue();
    }

    private static int count(JsonNode limits, String field) {
        JsonNode value = limits.path(field);
        if (value.isMissingNode() || value.isNull()) {
            return 0;
        }
        if (!value.canConvertToInt() || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("Limits." + field + " must be a whole number, not " + value + ".");
        }
        return value.intValue();
    }

    private static ZoneId zone(JsonNode root) {
        JsonNode value = root.path("FallbackTimezone");
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        try {
            return ZoneId.of(value.asText());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("FallbackTimezone \"" + value.asText()
                    + "\" is not a time zone name such as Europe/Berlin.", e);
        }
    }
}
