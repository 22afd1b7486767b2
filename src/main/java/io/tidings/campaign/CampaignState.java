package io.tidings.campaign;

/** Where a campaign stands in its life. */
public enum CampaignState {
    /** Being written; nothing is sent. */
    DRAFT,
    /** Launched; waiting for its next run. */
    SCHEDULED,
    /** A run is sending. */
    EXECUTING,
    /** Stopped by the marketer: the running run is paused and no run fires until it is resumed. */
    PAUSED,
    /** Every run has finished and none is left. */
    COMPLETED,
    /** Stopped for good by the marketer. */
    CANCELLED;

    /** Whether nothing will ever be sent again. */
    public boolean isFinished() {
        return this == COMPLETED || this == CANCELLED;
    }

    /** Whether the marketer may still change the campaign's definition. */
    public boolean isEditable() {
        return this == DRAFT || this == SCHEDULED;
    }
}
