package io.tidings.journey.step;

import io.tidings.template.TemplateType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A participant's facts set by hand for the pure tests: events and sends are listed with their moments. */
final class Facts implements ParticipantFacts {

    record Event(String activity, String type, Instant at) {
    }

    String key = "endpoint:e1";
    final Set<Long> segments = new HashSet<>();
    final Set<String> attributeMatches = new HashSet<>();
    final List<Event> events = new ArrayList<>();
    final List<Instant> sent = new ArrayList<>();
    boolean optedOut;
    final Set<TemplateType> unreachable = new HashSet<>();
    ZoneId zone;
    int timesEntered;
    Instant lastEntered;
    boolean inJourney;

    Facts key(String participantKey) {
        key = participantKey;
        return this;
    }

    @Override
    public String participantKey() {
        return key;
    }

    @Override
    public boolean inSegment(long segmentId) {
        return segments.contains(segmentId);
    }

    @Override
    public boolean matchesAttributes(String segmentDimensionsJson) {
        return attributeMatches.contains(segmentDimensionsJson);
    }

    @Override
    public boolean hadEvent(String messageActivity, EventMatch matched, Instant since, Instant until) {
        return events.stream().anyMatch(event -> event.activity().equals(messageActivity)
                && matched.eventTypes().contains(event.type()) && !event.at().isBefore(since)
                && !event.at().isAfter(until));
    }

    @Override
    public int messagesSentOn(LocalDate day, ZoneId zone) {
        return (int) sent.stream().filter(at -> at.atZone(zone).toLocalDate().equals(day)).count();
    }

    @Override
    public int messagesSentSince(Instant since) {
        return (int) sent.stream().filter(at -> !at.isBefore(since)).count();
    }

    @Override
    public int messagesSentInJourney() {
        return sent.size();
    }

    @Override
    public boolean optedOut() {
        return optedOut;
    }

    @Override
    public boolean reachableBy(TemplateType channel) {
        return !unreachable.contains(channel);
    }

    @Override
    public ZoneId timeZone() {
        return zone;
    }

    @Override
    public int timesEntered() {
        return timesEntered;
    }

    @Override
    public Instant lastEntered() {
        return lastEntered;
    }

    @Override
    public boolean inJourneyNow() {
        return inJourney;
    }
}
