package io.tidings.campaign.ui;

/** The steps of the campaign editor, in order. */
public enum EditorStep {
    AUDIENCE("Audience"),
    MESSAGE("Message & treatments"),
    SCHEDULE("Schedule"),
    LIMITS("Limits"),
    REVIEW("Review");

    private final String title;

    EditorStep(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
