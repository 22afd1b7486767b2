package io.tidings.analytics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The daily counts ({@code event_daily}) and the types seen ({@code event_type_seen}) of a batch of events, added up
 * from the events themselves as they are inserted, rather than read back from the event table: the same rows and
 * values as migration 015's trigger writes for each event (the channel from the event type when the event names none,
 * '' for no campaign, run, treatment, journey or activity; the amount a purchase's price times its quantity, or a
 * message's {@code price_in_millicents_usd}).
 */
final class BatchDailyCounts {

    private static final String UPSERT = """
            INSERT INTO event_daily (day, event_type, channel, campaign_id, campaign_activity_id, treatment_id,
                                     journey_id, journey_activity_id, events, amount)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT DO UPDATE SET events = events + excluded.events, amount = amount + excluded.amount""";

    private record Group(String day, String eventType, String channel, String campaignId, String campaignRunId,
            String treatmentId, String journeyId, String journeyActivityId) {
    }

    /** A group's count and amount; the amount summed with Neumaier's compensation, as SQLite's {@code sum()} does. */
    private static final class Sum {
        long events;
        double amount;
        double compensation;

        void add(double value) {
            events++;
            double total = amount + value;
            compensation += Math.abs(amount) >= Math.abs(value) ? (amount - total) + value : (value - total) + amount;
            amount = total;
        }
    }

    private final Map<Group, Sum> groups = new LinkedHashMap<>();
    private final Set<String> types = new LinkedHashSet<>();

    /** Adds the event, whose day is {@code day} (the first ten characters of its timestamp as the table keeps it). */
    void add(Event event, String day) {
        Attribution attribution = event.attribution();
        Group group = new Group(day, event.eventType(),
                attribution.channel() != null ? attribution.channel() : channelOf(event.eventType()),
                orEmpty(attribution.campaignId()), orEmpty(attribution.campaignRunId()),
                orEmpty(attribution.treatmentId()), orEmpty(attribution.journeyId()),
                orEmpty(attribution.journeyActivityId()));
        groups.computeIfAbsent(group, key -> new Sum()).add(amount(event));
        types.add(event.eventType());
    }

    /** Adds the batch's counts to the table, in the caller's transaction, and starts a new batch. */
    void write(Connection connection) throws SQLException {
        if (!types.isEmpty()) {
            try (PreparedStatement seen = connection.prepareStatement(
                    "INSERT OR IGNORE INTO event_type_seen (event_type) VALUES (?)")) {
                for (String type : types) {
                    seen.setString(1, type);
                    seen.addBatch();
                }
                seen.executeBatch();
            }
        }
        if (!groups.isEmpty()) {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                for (Map.Entry<Group, Sum> entry : groups.entrySet()) {
                    Group group = entry.getKey();
                    upsert.setString(1, group.day());
                    upsert.setString(2, group.eventType());
                    upsert.setString(3, group.channel());
                    upsert.setString(4, group.campaignId());
                    upsert.setString(5, group.campaignRunId());
                    upsert.setString(6, group.treatmentId());
                    upsert.setString(7, group.journeyId());
                    upsert.setString(8, group.journeyActivityId());
                    upsert.setLong(9, entry.getValue().events);
                    upsert.setDouble(10, entry.getValue().amount + entry.getValue().compensation);
                    upsert.addBatch();
                }
                upsert.executeBatch();
            }
        }
        groups.clear();
        types.clear();
    }

    private static double amount(Event event) {
        Map<String, Double> metrics = event.metrics();
        if (event.eventType().equals("_monetization.purchase")) {
            return metric(metrics, "_item_price", 0) * metric(metrics, "_quantity", 1);
        }
        return metric(metrics, "price_in_millicents_usd", 0);
    }

    /** A metric's value; a non-finite one is kept as text in the table ("NaN"), which SQL's arithmetic takes as 0. */
    private static double metric(Map<String, Double> metrics, String name, double absent) {
        Double value = metrics.get(name);
        if (value == null) {
            return absent;
        }
        return Double.isFinite(value) ? value : 0;
    }

    /** As the trigger's {@code LIKE '\_email.%'}: the prefix in any case of its ASCII letters. */
    private static String channelOf(String eventType) {
        if (startsWithIgnoringAsciiCase(eventType, "_email.")) {
            return "EMAIL";
        }
        if (startsWithIgnoringAsciiCase(eventType, "_sms.")) {
            return "SMS";
        }
        if (startsWithIgnoringAsciiCase(eventType, "_push.")) {
            return "PUSH";
        }
        if (startsWithIgnoringAsciiCase(eventType, "_voice.")) {
            return "VOICE";
        }
        return startsWithIgnoringAsciiCase(eventType, "_custom.") ? "CUSTOM" : "";
    }

    private static boolean startsWithIgnoringAsciiCase(String text, String lowerCasePrefix) {
        if (text.length() < lowerCasePrefix.length()) {
            return false;
        }
        for (int index = 0; index < lowerCasePrefix.length(); index++) {
            char c = text.charAt(index);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (lower != lowerCasePrefix.charAt(index)) {
                return false;
            }
        }
        return true;
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
