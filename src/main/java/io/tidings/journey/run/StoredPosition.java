package io.tidings.journey.run;

/**
 * A participant's row in {@code journey_participant}: its entries so far, the activity it is at (null once it left),
 * since when and until when (milliseconds; {@code wakeAt} null once it left), when it last entered, and the status in
 * words.
 */
record StoredPosition(String participant, int entries, String activity, long since, Long wakeAt, long enteredAt,
        String status) {

    boolean inJourney() {
        return activity != null;
    }

    StoredPosition at(String next, long now, Long wake, String why) {
        return new StoredPosition(participant, entries, next, now, wake, enteredAt, why);
    }

    StoredPosition left(long now, String why) {
        return new StoredPosition(participant, entries, null, now, null, enteredAt, why);
    }
}
