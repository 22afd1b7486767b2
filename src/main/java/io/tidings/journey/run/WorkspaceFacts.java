package io.tidings.journey.run;

import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.ChannelFit;
import io.tidings.journey.step.EventMatch;
import io.tidings.journey.step.ParticipantFacts;
import io.tidings.template.TemplateType;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * One participant's facts, answered from the workspace: its endpoints are read for the whole batch beforehand and
 * the journey's messages to it for the whole batch when a cap first asks ({@link BatchFacts}); segment membership,
 * attributes and events are asked when a split needs them.
 */
final class WorkspaceFacts implements ParticipantFacts {

    private final BatchFacts batch;
    private final StoredPosition position;
    private final List<ParticipantEndpoint> endpoints;

    WorkspaceFacts(BatchFacts batch, StoredPosition position, List<ParticipantEndpoint> endpoints) {
        this.batch = batch;
        this.position = position;
        this.endpoints = endpoints;
    }

    private List<Long> sent() {
        return batch.sentTimes(position.participant());
    }

    List<ParticipantEndpoint> endpoints() {
        return endpoints;
    }

    @Override
    public String participantKey() {
        return position.participant();
    }

    @Override
    public boolean inSegment(long segmentId) {
        return batch.inSegment(segmentId, endpoints);
    }

    @Override
    public boolean matchesAttributes(String segmentDimensionsJson) {
        return batch.matchesAttributes(segmentDimensionsJson, endpoints);
    }

    @Override
    public boolean hadEvent(String messageActivity, EventMatch events, Instant since, Instant until) {
        return batch.hadEvent(position, messageActivity, endpoints, events, since, until);
    }

    @Override
    public int messagesSentOn(LocalDate day, ZoneId zone) {
        return (int) sent().stream().filter(at -> Instant.ofEpochMilli(at).atZone(zone).toLocalDate().equals(day)).count();
    }

    @Override
    public int messagesSentSince(Instant since) {
        return (int) sent().stream().filter(at -> at >= since.toEpochMilli()).count();
    }

    @Override
    public int messagesSentInJourney() {
        return sent().size();
    }

    @Override
    public boolean optedOut() {
        return !endpoints.isEmpty() && endpoints.stream().allMatch(ParticipantEndpoint::optedOut);
    }

    @Override
    public boolean reachableBy(TemplateType channel) {
        DeliveryChannel delivery = DeliveryChannel.valueOf(channel.name());
        return endpoints.stream().anyMatch(endpoint -> !endpoint.optedOut()
                && ChannelFit.fits(delivery, endpoint.channel()));
    }

    @Override
    public ZoneId timeZone() {
        for (ParticipantEndpoint endpoint : endpoints) {
            if (endpoint.timezone() != null && !endpoint.timezone().isBlank()) {
                try {
                    return ZoneId.of(endpoint.timezone());
                } catch (DateTimeException unknown) {
                    // An endpoint's zone the JDK does not know: try its other endpoints, else none.
                }
            }
        }
        return null;
    }

    @Override
    public int timesEntered() {
        return position.entries();
    }

    @Override
    public Instant lastEntered() {
        return position.entries() == 0 ? null : Instant.ofEpochMilli(position.enteredAt());
    }

    @Override
    public boolean inJourneyNow() {
        return position.inJourney();
    }
}
