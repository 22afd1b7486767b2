package io.tidings.campaign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.QuietTime;
import io.tidings.work.JsonErrors;
import io.tidings.work.Quote;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A campaign as Pinpoint's {@code WriteCampaignRequest} JSON, plus its {@code Name}: read from a file (also wrapped as
 * AWS tools write it, {@code {"WriteCampaignRequest": {...}}}, or a {@code get-campaign} output
 * {@code {"CampaignResponse": {...}}}), and written back with Pinpoint's field names. Fields Tidings does not use
 * (Hook, Priority, tags, the response's Id and State...) are ignored. Tidings' extensions are written only when used:
 * {@code WaitForQuietTime} (a journey setting in Pinpoint) holds messages due in quiet time instead of dropping them;
 * a {@code VoiceTemplate}; an IANA time zone in {@code Schedule.Timezone}; {@code Channel}, for a draft that has no
 * message yet. A draft may also lack its {@code SegmentId}.
 */
public final class CampaignJson {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> WRAPPERS = List.of("WriteCampaignRequest", "CampaignResponse");

    /** What a campaign file holds. */
    public record Imported(String name, String description, CampaignDefinition definition) {
    }

    private CampaignJson() {
    }

    static Imported read(String json, CampaignAssets assets) {
        JsonNode root;
        try {
            root = JSON.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new InvalidCampaignException("The campaign cannot be read: " + JsonErrors.describe(e) + ".", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidCampaignException("The campaign cannot be read: it is not a JSON object "
                    + "(Pinpoint's WriteCampaignRequest, {\"SegmentId\": ..., \"Schedule\": ...}).");
        }
        for (String wrapper : WRAPPERS) {
            if (root.size() == 1 && JsonFields.field(root, wrapper).isObject()) {
                root = JsonFields.field(root, wrapper);
            }
        }
        String name = JsonFields.text(root, "Name", "Name");
        String description = JsonFields.text(root, "Description", "Description");
        return new Imported(name, description, definition(root, assets));
    }

    private static CampaignDefinition definition(JsonNode root, CampaignAssets assets) {
        ArrayNode additional = JsonFields.array(root, "AdditionalTreatments", "AdditionalTreatments");
        List<JsonNode> treatments = new ArrayList<>();
        treatments.add(root);
        if (additional != null) {
            additional.forEach(treatments::add);
        }
        DeliveryChannel channel = channel(root, treatments);
        String segment = JsonFields.text(root, "SegmentId", "SegmentId");
        Integer segmentVersion = JsonFields.integer(root, "SegmentVersion", "SegmentVersion");
        // A draft may have no segment yet; launching it asks for one.
        Long segmentId = segment == null || segment.isBlank() ? null : assets.segment(segment.strip(), segmentVersion);

        JsonNode scheduleNode = JsonFields.object(root, "Schedule", "Schedule");
        CampaignSchedule schedule = scheduleNode == null ? CampaignSchedule.IMMEDIATE : schedule(scheduleNode, "Schedule");
        boolean hold = JsonFields.bool(root, "WaitForQuietTime", "WaitForQuietTime", false);
        QuietTime quietTime = quietTime(scheduleNode, "Schedule.QuietTime", hold);

        Treatment defaultTreatment = new Treatment(JsonFields.text(root, "TreatmentName", "TreatmentName"),
                JsonFields.text(root, "TreatmentDescription", "TreatmentDescription"), 0,
                CampaignMessages.read(root, channel, assets, ""));
        List<Treatment> others = new ArrayList<>();
        for (int index = 1; index < treatments.size(); index++) {
            String path = "AdditionalTreatments[" + (index - 1) + "]";
            JsonNode treatment = treatments.get(index);
            if (!treatment.isObject()) {
                throw JsonFields.wrong(path, treatment, "a treatment ({\"SizePercent\": ..., \"TemplateConfiguration\": ...})");
            }
            Integer size = JsonFields.integer(treatment, "SizePercent", path + ".SizePercent");
            if (size == null) {
                throw new InvalidCampaignException(path + ".SizePercent is missing: give the treatment's share of "
                        + "the segment, a whole percentage.");
            }
            sameSchedule(treatment, path, schedule, quietTime, hold);
            others.add(new Treatment(JsonFields.text(treatment, "TreatmentName", path + ".TreatmentName"),
                    JsonFields.text(treatment, "TreatmentDescription", path + ".TreatmentDescription"), size,
                    CampaignMessages.read(treatment, channel, assets, path)));
        }
        int holdout = orZero(JsonFields.integer(root, "HoldoutPercent", "HoldoutPercent"));
        return new CampaignDefinition(segmentId, segmentVersion, channel, defaultTreatment, others, holdout, schedule,
                limits(JsonFields.object(root, "Limits", "Limits")), quietTime,
                JsonFields.bool(root, "IsPaused", "IsPaused", false));
    }

    /** The one channel the treatments' templates and messages are for. */
    private static DeliveryChannel channel(JsonNode root, List<JsonNode> treatments) {
        Set<DeliveryChannel> channels = EnumSet.noneOf(DeliveryChannel.class);
        for (int index = 0; index < treatments.size(); index++) {
            String path = index == 0 ? "" : "AdditionalTreatments[" + (index - 1) + "]";
            if (treatments.get(index).isObject()) {
                channels.addAll(CampaignMessages.channelsOf(treatments.get(index), path));
            }
        }
        String draftChannel = JsonFields.text(root, "Channel", "Channel");
        if (channels.isEmpty() && draftChannel != null) {
            DeliveryChannel channel;
            try {
                channel = DeliveryChannel.valueOf(draftChannel.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidCampaignException("Channel is " + Quote.of(draftChannel) + ": give EMAIL, SMS, PUSH or VOICE.");
            }
            if (channel == DeliveryChannel.CUSTOM) {
                throw new InvalidCampaignException("Channel is " + Quote.of(draftChannel) + ": Tidings sends custom "
                        + "messages (webhooks) from journeys only; give EMAIL, SMS, PUSH or VOICE.");
            }
            return channel;
        }
        if (channels.isEmpty()) {
            throw new InvalidCampaignException("The campaign has no message: give a TemplateConfiguration (EmailTemplate, "
                    + "SMSTemplate, PushTemplate or VoiceTemplate) or a MessageConfiguration.");
        }
        if (channels.size() > 1) {
            throw new InvalidCampaignException("The campaign has messages for " + channels.stream()
                    .map(channel -> channel.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(" and "))
                    + ": a Tidings campaign sends on one channel. Make a campaign for each.");
        }
        return channels.iterator().next();
    }

    static CampaignSchedule schedule(JsonNode node, String path) {
        String timezoneText = JsonFields.text(node, "Timezone", path + ".Timezone");
        ZoneId zone = timezoneText == null || timezoneText.isBlank() ? null
                : CampaignTimezones.parse(timezoneText, path + ".Timezone");
        String frequencyText = JsonFields.text(node, "Frequency", path + ".Frequency");
        CampaignSchedule.Frequency frequency = frequency(frequencyText, path + ".Frequency");
        String start = JsonFields.text(node, "StartTime", path + ".StartTime");
        if (start == null || start.isBlank()) {
            throw new InvalidCampaignException(path + ".StartTime is missing: give IMMEDIATE or a time such as "
                    + "2026-12-24T09:00:00-05:00.");
        }
        Instant startTime = start.strip().equalsIgnoreCase("IMMEDIATE") ? null : instant(start, zone, path + ".StartTime");
        String end = JsonFields.text(node, "EndTime", path + ".EndTime");
        Instant endTime = end == null || end.isBlank() ? null : instant(end, zone, path + ".EndTime");
        CampaignEventFilter filter = frequency == CampaignSchedule.Frequency.EVENT
                ? EventFilterJson.read(JsonFields.object(node, "EventFilter", path + ".EventFilter"), path + ".EventFilter")
                : null;
        return new CampaignSchedule(startTime, frequency, endTime, zone,
                JsonFields.bool(node, "IsLocalTime", path + ".IsLocalTime", false), filter);
    }

    private static CampaignSchedule.Frequency frequency(String text, String path) {
        if (text == null || text.isBlank()) {
            return CampaignSchedule.Frequency.ONCE;
        }
        String upper = text.strip().toUpperCase(Locale.ROOT);
        if (upper.equals("IN_APP_EVENT")) {
            throw new InvalidCampaignException(path + " is IN_APP_EVENT: Tidings sends no in-app messages. It runs "
                    + "ONCE, HOURLY, DAILY, WEEKLY, MONTHLY and EVENT campaigns.");
        }
        try {
            return CampaignSchedule.Frequency.valueOf(upper);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidCampaignException(path + " is " + Quote.of(text)
                    + ": give ONCE, HOURLY, DAILY, WEEKLY, MONTHLY or EVENT.");
        }
    }

    /** An ISO 8601 time; one without an offset is read on the clocks of {@code zone} (UTC when none). */
    private static Instant instant(String text, ZoneId zone, String path) {
        String value = text.strip();
        try {
            return OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(value).atZone(zone == null ? java.time.ZoneOffset.UTC : zone).toInstant();
            } catch (DateTimeException notATime) {
                throw new InvalidCampaignException(path + " is " + Quote.of(text)
                        + ": give an ISO 8601 time such as 2026-12-24T09:00:00-05:00.");
            }
        }
    }

    private static QuietTime quietTime(JsonNode schedule, String path, boolean hold) {
        JsonNode quiet = schedule == null ? null : JsonFields.object(schedule, "QuietTime", path);
        if (quiet == null) {
            return null;
        }
        String start = JsonFields.text(quiet, "Start", path + ".Start");
        String end = JsonFields.text(quiet, "End", path + ".End");
        if ((start == null || start.isBlank()) && (end == null || end.isBlank())) {
            return null;
        }
        try {
            return new QuietTime(time(start, path + ".Start"), time(end, path + ".End"),
                    hold ? QuietTime.Action.HOLD : QuietTime.Action.DROP, false);
        } catch (InvalidCampaignException wrong) {
            throw wrong;
        } catch (IllegalArgumentException | NullPointerException wrong) {
            throw new InvalidCampaignException(path + ": " + wrong.getMessage(), wrong);
        }
    }

    private static LocalTime time(String text, String path) {
        if (text == null || text.isBlank()) {
            throw new InvalidCampaignException(path + " is missing: give a time such as 21:00.");
        }
        try {
            return LocalTime.parse(text.strip().length() == 4 ? "0" + text.strip() : text.strip());
        } catch (DateTimeException notATime) {
            throw new InvalidCampaignException(path + " is " + Quote.of(text) + ": give a 24-hour time such as 21:00.");
        }
    }

    /** A treatment's own Schedule is accepted when it is the campaign's: Tidings runs one schedule per campaign. */
    private static void sameSchedule(JsonNode treatment, String path, CampaignSchedule schedule, QuietTime quietTime,
            boolean hold) {
        JsonNode own = JsonFields.object(treatment, "Schedule", path + ".Schedule");
        if (own == null) {
            return;
        }
        CampaignSchedule ownSchedule = schedule(own, path + ".Schedule");
        QuietTime ownQuiet = quietTime(own, path + ".Schedule.QuietTime", hold);
        if (!ownSchedule.equals(schedule) || !java.util.Objects.equals(ownQuiet, quietTime)) {
            throw new InvalidCampaignException(path + ".Schedule differs from the campaign's Schedule: Tidings runs "
                    + "one schedule per campaign, so an A/B test compares messages, not times. Remove it, or make it "
                    + "the campaign's.");
        }
    }

    private static CampaignLimits limits(JsonNode node) {
        if (node == null) {
            return CampaignLimits.NONE;
        }
        return new CampaignLimits(JsonFields.integer(node, "Daily", "Limits.Daily"),
                JsonFields.integer(node, "Total", "Limits.Total"),
                JsonFields.integer(node, "MessagesPerSecond", "Limits.MessagesPerSecond"),
                JsonFields.integer(node, "MaximumDuration", "Limits.MaximumDuration"));
    }

    /** The campaign as a WriteCampaignRequest with its Name (left out when null), pretty-printed. */
    static String write(String name, String description, CampaignDefinition definition, CampaignAssets assets) {
        ObjectNode root = JSON.createObjectNode();
        putText(root, "Name", name);
        putText(root, "Description", description);
        if (definition.segmentId() != null) {
            root.put("SegmentId", assets.segmentReference(definition.segmentId()));
        }
        if (definition.segmentVersion() != null) {
            root.put("SegmentVersion", definition.segmentVersion());
        }
        Treatment first = definition.defaultTreatment();
        putText(root, "TreatmentName", first.name());
        putText(root, "TreatmentDescription", first.description());
        CampaignMessages.write(root, first.message(), definition.channel(), assets);
        if (!definition.additionalTreatments().isEmpty()) {
            ArrayNode list = root.putArray("AdditionalTreatments");
            for (Treatment treatment : definition.additionalTreatments()) {
                ObjectNode node = list.addObject();
                node.put("SizePercent", treatment.sizePercent());
                putText(node, "TreatmentName", treatment.name());
                putText(node, "TreatmentDescription", treatment.description());
                CampaignMessages.write(node, treatment.message(), definition.channel(), assets);
            }
        }
        root.put("HoldoutPercent", definition.holdoutPercent());
        root.set("Schedule", schedule(definition.schedule(), definition.quietTime()));
        CampaignLimits limits = definition.limits();
        if (!limits.isNone()) {
            ObjectNode node = root.putObject("Limits");
            putNumber(node, "Daily", limits.daily());
            putNumber(node, "Total", limits.total());
            putNumber(node, "MessagesPerSecond", limits.messagesPerSecond());
            putNumber(node, "MaximumDuration", limits.maximumDurationSeconds());
        }
        root.put("IsPaused", definition.paused());
        if (definition.treatments().stream().allMatch(treatment -> treatment.message() == null)) {
            // Tidings' own: a draft without a message yet still has its channel.
            root.put("Channel", definition.channel().name());
        }
        if (definition.quietTime() != null && definition.quietTime().action() == QuietTime.Action.HOLD) {
            root.put("WaitForQuietTime", true);
        }
        return root.toPrettyString();
    }

    /**
     * The Tidings extensions {@link #write} puts in the file for this campaign, in words: Pinpoint's API refuses a file
     * with any of them, so an export says which.
     */
    public static List<String> extensionsIn(CampaignDefinition definition) {
        List<String> extensions = new ArrayList<>();
        if (definition.quietTime() != null && definition.quietTime().action() == QuietTime.Action.HOLD) {
            extensions.add("WaitForQuietTime (messages due in quiet time are held; Pinpoint's campaigns drop them)");
        }
        if (definition.channel() == DeliveryChannel.VOICE) {
            extensions.add("VoiceTemplate (Pinpoint's campaigns send no voice messages)");
        }
        if (definition.schedule().timezone() != null && !(definition.schedule().timezone() instanceof ZoneOffset)) {
            extensions.add("the time zone " + definition.schedule().timezone().getId()
                    + " in Schedule.Timezone (Pinpoint takes offsets such as UTC-05)");
        }
        if (definition.treatments().stream().allMatch(treatment -> treatment.message() == null)) {
            extensions.add("Channel (the draft has no message yet)");
        }
        return extensions;
    }

    private static ObjectNode schedule(CampaignSchedule schedule, QuietTime quietTime) {
        ObjectNode node = JSON.createObjectNode();
        DateTimeFormatter format = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
        node.put("StartTime", schedule.isImmediate() ? "IMMEDIATE"
                : format.format(schedule.startTime().atZone(schedule.zone()).toOffsetDateTime()));
        node.put("Frequency", schedule.frequency().name());
        if (schedule.endTime() != null) {
            node.put("EndTime", format.format(schedule.endTime().atZone(schedule.zone()).toOffsetDateTime()));
        }
        if (schedule.timezone() != null) {
            node.put("Timezone", CampaignTimezones.format(schedule.timezone()));
        }
        node.put("IsLocalTime", schedule.localTime());
        if (schedule.eventFilter() != null) {
            node.set("EventFilter", EventFilterJson.write(schedule.eventFilter()));
        }
        if (quietTime != null) {
            ObjectNode quiet = node.putObject("QuietTime");
            quiet.put("Start", quietTime.start().toString());
            quiet.put("End", quietTime.end().toString());
        }
        return node;
    }

    private static void putText(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static void putNumber(ObjectNode node, String field, Integer value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
