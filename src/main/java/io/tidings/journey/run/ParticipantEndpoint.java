package io.tidings.journey.run;

/** One endpoint of a participant, with what the executor decides on: its key, id, user, time zone and opt-out. */
record ParticipantEndpoint(long key, String id, String userId, String timezone, boolean optedOut) {

    /** {@code Participant.key()} of the participant this endpoint makes. */
    String participant() {
        return userId == null || userId.isBlank() ? "endpoint:" + id : "user:" + userId;
    }
}
