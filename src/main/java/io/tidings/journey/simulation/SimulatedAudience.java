package io.tidings.journey.simulation;

import io.tidings.template.TemplateType;
import java.time.ZoneId;

/**
 * Who travels through a simulated journey, by index from 0: a segment's or a test list's participants read from the
 * workspace, or generated personas. Answers must be cheap: the simulator asks them for a million participants.
 */
interface SimulatedAudience {

    int size();

    /** {@code user:ID}, {@code endpoint:ID} or {@code persona:N}: what random splits and holdouts hash. */
    String participantKey(int participant);

    /** Who it is, for the table: an address, a user id, or a persona with its attributes. */
    String who(int participant);

    /** Its time zone, or null when it has none. */
    ZoneId timeZone(int participant);

    boolean optedOut(int participant);

    /** Whether an endpoint of the participant that is active and not opted out takes messages of the channel. */
    boolean reachableBy(int participant, TemplateType channel);

    boolean inSegment(int participant, long segmentId);

    boolean matchesAttributes(int participant, String segmentDimensionsJson);

    /** What the run should know about how this audience answers (an approximation, an address not found). */
    java.util.List<String> notes();
}
