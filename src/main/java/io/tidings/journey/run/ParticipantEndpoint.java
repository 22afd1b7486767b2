package io.tidings.journey.run;

import io.tidings.audience.ChannelType;

/**
 * One endpoint of a participant, with what the executor decides on: its key, id, user, time zone, whether it takes no
 * messages (opted out or inactive) and its channel type.
 */
record ParticipantEndpoint(long key, String id, String userId, String timezone, boolean optedOut, ChannelType channel) {

    /** {@code Participant.key()} of the participant this endpoint makes. */
    String participant() {
        return userId == null || userId.isBlank() ? "endpoint:" + id : "user:" + userId;
    }
}
