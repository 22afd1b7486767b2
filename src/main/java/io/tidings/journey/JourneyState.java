package io.tidings.journey;

/** Where a journey is in its life: edited as a draft, published (running), paused, stopped for good, or completed. */
public enum JourneyState {
    DRAFT,
    PUBLISHED,
    PAUSED,
    STOPPED,
    COMPLETED;

    /** Whether it still may send: its segments and templates cannot be deleted under it. */
    public boolean isLive() {
        return this != STOPPED && this != COMPLETED;
    }
}
