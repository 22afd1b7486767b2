package io.tidings.shell;

/**
 * Opens a campaign's results in the Analytics section, from another screen (the Dashboard's latest campaigns).
 * Screens call it through the shell, so that no feature's screens use another's; the app's composition implements it.
 */
@FunctionalInterface
public interface ShowCampaignResults {

    /** Does nothing: for screens shown without the Analytics section (tests). */
    ShowCampaignResults NOWHERE = campaignId -> { };

    void show(long campaignId);
}
