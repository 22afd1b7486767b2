package io.tidings.journey;

/**
 * What one activity has seen: participants that entered it, that were sent its message (message activities only),
 * that wait in it now, and that left the journey there (an open end, a holdout, a cap, an opt-out).
 */
public record ActivityCount(long entered, long sent, long waiting, long exited) {

    public static final ActivityCount NONE = new ActivityCount(0, 0, 0, 0);
}
