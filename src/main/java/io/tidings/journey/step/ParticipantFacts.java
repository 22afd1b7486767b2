package io.tidings.journey.step;

import io.tidings.template.TemplateType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What {@link ActivityStep} and {@link EntryRule} ask about one participant. The executor answers from the workspace,
 * the simulator from memory.
 *
 * <p>Batch-friendly by design: every question is about data that can be read for many participants at once before
 * deciding (segment members by segment, events by message activity, messages sent by participant), so an
 * implementation loads a batch's facts in a few queries and then hands out one cheap view per participant (or one
 * reused cursor). The questions a decision asks depend only on the activity: a message activity asks {@link #optedOut},
 * the sent counts and {@link #timeZone}; a split asks the conditions' questions; waits, random splits and holdouts ask
 * only {@link #participantKey}. {@link ActivityStep#questions} names them per activity.
 *
 * <p>Nothing here changes state: after a {@link StepDecision.Send}, the caller records the message, and the next
 * decision's sent counts include it.
 */
public interface ParticipantFacts {

    /** {@code Participant.key()}: {@code user:ID} or {@code endpoint:ID}. Random splits and holdouts hash it. */
    String participantKey();

    /** Whether the participant (any of its endpoints) is in the segment now. */
    boolean inSegment(long segmentId);

    /**
     * Whether the participant matches Pinpoint's {@code SegmentDimensions} (the JSON object of a split's attribute
     * condition); with a user, any of its endpoints (Pinpoint ORs endpoint attributes across them).
     */
    boolean matchesAttributes(String segmentDimensionsJson);

    /**
     * Whether an event that {@code events} matches (its types, such as {@code _email.open}, and its attribute and
     * metric filters, such as a click's link) was recorded at or after {@code since} and at or before {@code until}
     * for the message this journey's activity {@code messageActivity} sent the participant. {@code since} is when the
     * participant entered the journey this time, so an earlier visit's opens do not count.
     */
    boolean hadEvent(String messageActivity, EventMatch events, Instant since, Instant until);

    /** Messages this journey sent the participant on {@code day} in {@code zone} (the daily cap). */
    int messagesSentOn(LocalDate day, ZoneId zone);

    /** Messages this journey sent the participant at or after {@code since} (the timeframe cap). */
    int messagesSentSince(Instant since);

    /** Messages this journey sent the participant in all (the total cap). */
    int messagesSentInJourney();

    /** Whether the participant opted out of messages: every endpoint it has is opted out or inactive. */
    boolean optedOut();

    /**
     * Whether one of its endpoints that is active and not opted out takes messages of the channel: an email address
     * for an email, a phone number for an SMS or a voice message, a device for a push notification.
     */
    boolean reachableBy(TemplateType channel);

    /** The participant's time zone ({@code Demographic.Timezone}), or null when it has none. */
    ZoneId timeZone();

    /** For {@link EntryRule}: how many times it entered this journey before. */
    int timesEntered();

    /** For {@link EntryRule}: when it last entered this journey, or null. */
    Instant lastEntered();

    /** For {@link EntryRule}: whether it is in this journey now (waiting at an activity). */
    boolean inJourneyNow();
}
