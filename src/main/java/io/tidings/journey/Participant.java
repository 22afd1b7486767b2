package io.tidings.journey;

import java.util.Objects;

/**
 * Who travels through a journey, as Pinpoint decides it: the user when the endpoint has a {@code UserId} (all of that
 * user's endpoints then travel together, and one enters once), otherwise the endpoint alone. The executor and the
 * simulator key each position by {@link #key()}.
 */
public record Participant(String userId, String endpointId) {

    public Participant {
        if (userId != null && userId.isBlank()) {
            userId = null;
        }
        if (userId == null) {
            Objects.requireNonNull(endpointId, "A participant is a user or an endpoint");
        }
    }

    /** The participant an endpoint makes: its user, if it has one. */
    public static Participant of(String endpointId, String userId) {
        return userId == null || userId.isBlank() ? new Participant(null, endpointId) : new Participant(userId, null);
    }

    public boolean isUser() {
        return userId != null;
    }

    /** {@code user:ID} or {@code endpoint:ID}: the two never collide, whatever the ids are. */
    public String key() {
        return isUser() ? "user:" + userId : "endpoint:" + endpointId;
    }
}
