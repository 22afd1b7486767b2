package io.tidings.journey.step;

/** Whether a participant enters the journey now, and if not, why in words. */
public record EntryDecision(boolean enters, Refusal refusal, String because) {

    /** Why a participant does not enter. */
    public enum Refusal {
        NOT_STARTED,
        ENDED,
        ALREADY_IN,
        REENTRY_CAP,
        TOO_SOON,
        NO_TIME_ZONE
    }

    static EntryDecision enters(String because) {
        return new EntryDecision(true, null, because);
    }

    static EntryDecision refused(Refusal refusal, String because) {
        return new EntryDecision(false, refusal, because);
    }
}
