package io.tidings.delivery;

/** Where a send job stands. */
public enum JobState {
    QUEUED,
    RUNNING,
    PAUSED,
    CANCELLED,
    DONE;

    public boolean isFinished() {
        return this == CANCELLED || this == DONE;
    }
}
