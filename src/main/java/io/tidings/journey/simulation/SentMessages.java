package io.tidings.journey.simulation;

import io.tidings.journey.JourneyGraph;
import io.tidings.journey.MessageActivity;
import io.tidings.template.TemplateType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a simulation sent each participant: per message activity the second it last sent (0: never), and how many in
 * all; its events follow from {@link SimulatedEvents}. Arrays indexed by participant, so a million cost 8 bytes per
 * message activity each.
 */
final class SentMessages {

    private final Map<String, Integer> messageIndexes = new HashMap<>();
    private final TemplateType[] channels;
    private final long[][] sentAt;
    private final int[] total;
    private final SimulatedEvents events;

    SentMessages(JourneyGraph graph, int participants, SimulatedEvents events) {
        List<TemplateType> found = new ArrayList<>();
        graph.activities().forEach((key, activity) -> {
            if (activity.config() instanceof MessageActivity message) {
                messageIndexes.put(key, found.size());
                found.add(message.channel());
            }
        });
        channels = found.toArray(TemplateType[]::new);
        sentAt = new long[channels.length][participants];
        total = new int[participants];
        this.events = events;
    }

    void record(String activityKey, int participant, long now) {
        sentAt[messageIndexes.get(activityKey)][participant] = now;
        total[participant]++;
    }

    /** Whether an event of these types happened between {@code since} and {@code until} for the activity's message. */
    boolean hadEvent(int participant, String activityKey, List<String> eventTypes, Instant since, Instant until) {
        Integer message = messageIndexes.get(activityKey);
        if (message == null) {
            return false;
        }
        long sent = sentAt[message][participant];
        if (sent == 0 || sent < since.getEpochSecond()) {
            return false;
        }
        long latest = until.getEpochSecond();
        for (String type : eventTypes) {
            if (events.at(type, participant, message, channels[message], sent) <= latest) {
                return true;
            }
        }
        return false;
    }

    int sentOn(int participant, LocalDate day, ZoneId zone) {
        int count = 0;
        for (long[] sent : sentAt) {
            if (sent[participant] != 0 && Instant.ofEpochSecond(sent[participant]).atZone(zone).toLocalDate().equals(day)) {
                count++;
            }
        }
        return count;
    }

    int sentSince(int participant, Instant since) {
        int count = 0;
        for (long[] sent : sentAt) {
            if (sent[participant] != 0 && sent[participant] >= since.getEpochSecond()) {
                count++;
            }
        }
        return count;
    }

    int total(int participant) {
        return total[participant];
    }
}
