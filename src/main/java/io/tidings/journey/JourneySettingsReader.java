package io.tidings.journey;

import io.tidings.campaign.CampaignTimezones;
import io.tidings.delivery.QuietTime;
import io.tidings.work.Quote;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Reads a WriteJourneyRequest's settings and its StartCondition; each refusal names the JSON path it is about. */
final class JourneySettingsReader {

    /** Fields Tidings keeps and writes back as they came, without using them yet. */
    private static final List<String> KEPT_AS_IS = List.of("SendingSchedule", "OpenHours", "ClosedDays",
            "TimezoneEstimationMethods", "JourneyChannelSettings");

    private final JourneyAssets assets;

    JourneySettingsReader(JourneyAssets assets) {
        this.assets = assets;
    }

    JourneySettings settings(JsonAt root) {
        JsonAt scheduleNode = root.object("Schedule");
        JourneySchedule schedule = scheduleNode == null ? JourneySchedule.NONE : schedule(scheduleNode);
        JsonAt quiet = root.object("QuietTime");
        QuietTime quietTime = null;
        if (quiet != null && (quiet.text("Start") != null || quiet.text("End") != null)) {
            LocalTime start = time(quiet, "Start");
            LocalTime end = time(quiet, "End");
            if (start.equals(end)) {
                throw new InvalidJourneyException(quiet.path() + " starts and ends at " + start
                        + ": give quiet time a length, such as 21:00 to 08:00.");
            }
            quietTime = new QuietTime(start, end, root.flag("WaitForQuietTime") ? QuietTime.Action.HOLD
                    : QuietTime.Action.DROP, false);
        }
        String refresh = root.text("RefreshFrequency");
        Map<String, String> kept = new LinkedHashMap<>();
        for (String field : KEPT_AS_IS) {
            JsonAt value = root.get(field);
            if (value.isPresent()) {
                kept.put(field, value.node().toString());
            }
        }
        return new JourneySettings(schedule, root.flag("LocalTime"), quietTime, limits(root.object("Limits")),
                refresh == null || refresh.isBlank() ? null : IsoDurations.parse(refresh, root.under("RefreshFrequency")),
                root.flag("RefreshOnSegmentUpdate"), kept);
    }

    private static JourneySchedule schedule(JsonAt node) {
        String zoneText = node.text("Timezone");
        ZoneId zone = null;
        if (zoneText != null && !zoneText.isBlank()) {
            try {
                zone = CampaignTimezones.parse(zoneText, node.under("Timezone"));
            } catch (IllegalArgumentException unknown) {
                throw new InvalidJourneyException(unknown.getMessage(), unknown);
            }
        }
        return new JourneySchedule(instant(node.get("StartTime"), zone), instant(node.get("EndTime"), zone), zone);
    }

    /** A timestamp as AWS writes one: ISO 8601 text, or seconds since 1970 (a number, maybe with a fraction). */
    static Instant instant(JsonAt value, ZoneId zone) {
        if (!value.isPresent()) {
            return null;
        }
        if (value.node().isNumber()) {
            BigDecimal millis = value.node().decimalValue().movePointRight(3);
            return Instant.ofEpochMilli(millis.longValue());
        }
        String text = value.text().strip();
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(zone == null ? ZoneOffset.UTC : zone).toInstant();
            } catch (DateTimeException notATime) {
                throw new InvalidJourneyException(value.path() + " is " + Quote.of(text)
                        + ": give an ISO 8601 time such as 2026-12-24T09:00:00-05:00.");
            }
        }
    }

    private static LocalTime time(JsonAt quiet, String name) {
        String text = quiet.requiredText(name, "a time such as 21:00");
        try {
            return LocalTime.parse(text.length() == 4 ? "0" + text : text);
        } catch (DateTimeException notATime) {
            throw new InvalidJourneyException(quiet.under(name) + " is " + Quote.of(text)
                    + ": give a 24-hour time such as 21:00.");
        }
    }

    private static JourneyLimits limits(JsonAt node) {
        if (node == null) {
            return JourneyLimits.NONE;
        }
        JsonAt timeframe = node.object("TimeframeCap");
        String interval = node.text("EndpointReentryInterval");
        return new JourneyLimits(node.whole("DailyCap"), node.whole("TotalCap"),
                timeframe == null ? null : new JourneyLimits.TimeframeCap(timeframe.whole("Cap"), timeframe.whole("Days")),
                node.whole("EndpointReentryCap"),
                interval == null || interval.isBlank() ? null
                        : IsoDurations.parse(interval, node.under("EndpointReentryInterval")),
                node.whole("MessagesPerSecond"));
    }

    JourneyEntry entry(JsonAt node) {
        if (node == null) {
            return null;
        }
        String description = node.text("Description");
        JsonAt segment = node.object("SegmentStartCondition");
        JsonAt event = node.object("EventStartCondition");
        if (segment != null && event != null) {
            throw new InvalidJourneyException(node.path() + " has both SegmentStartCondition and EventStartCondition: "
                    + "a journey starts from a segment or from an event, keep one.");
        }
        if (segment != null) {
            return new JourneyEntry.FromSegment(assets.segment(segment.requiredText("SegmentId", "the segment's name"),
                    segment.under("SegmentId")), description);
        }
        if (event == null) {
            return null;
        }
        JsonAt filter = event.object("EventFilter");
        if (filter == null) {
            throw new InvalidJourneyException(event.under("EventFilter") + " is missing: give the event that starts "
                    + "the journey, such as {\"FilterType\": \"ENDPOINT\", \"Dimensions\": {\"EventType\": "
                    + "{\"DimensionType\": \"INCLUSIVE\", \"Values\": [\"purchase\"]}}}.");
        }
        String filterType = filter.text("FilterType");
        String type = filterType == null ? "ENDPOINT" : filterType.strip().toUpperCase(Locale.ROOT);
        if (!type.equals("ENDPOINT") && !type.equals("SYSTEM")) {
            throw filter.get("FilterType").wrong("ENDPOINT or SYSTEM");
        }
        String segmentId = event.text("SegmentId");
        Long segmentKey = segmentId == null || segmentId.isBlank() ? null
                : assets.segment(segmentId, event.under("SegmentId"));
        return new JourneyEntry.OnEvent(type, dimensions(filter, "Dimensions"), segmentKey, description);
    }

    static EventDimensions dimensions(JsonAt parent, String name) {
        JsonAt dimensions = parent.object(name);
        if (dimensions == null) {
            throw new InvalidJourneyException(parent.under(name) + " is missing: give the event, such as "
                    + "{\"EventType\": {\"DimensionType\": \"INCLUSIVE\", \"Values\": [\"_email.open\"]}}.");
        }
        return EventDimensions.checked(dimensions);
    }
}
