package io.tidings.journey;

import java.time.Instant;

/**
 * Where one participant of a published journey stands: the activity it is at (null once it left the journey), since
 * when, when it wakes next (null when it is not waiting), and in words what it waits for or why it left.
 */
public record ParticipantPosition(Participant participant, String activityKey, Instant since, Instant wakeAt,
        String status) {
}
