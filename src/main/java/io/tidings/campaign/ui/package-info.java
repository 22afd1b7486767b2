/**
 * The Campaigns section. {@code CampaignsView} shows one page at a time: the list ({@code CampaignListView}, with
 * {@code CampaignsViewModel}'s commands: new, open, duplicate, delete, import and export Pinpoint JSON), the editor,
 * or a campaign's run monitor.
 *
 * <h2>The editor</h2>
 * {@code CampaignEditorViewModel} edits a {@code CampaignDraft} (every field as a property, its problems by field in
 * words, the default treatment's share as 100 − holdout − the others) in five steps, each a view of its own
 * ({@code AudienceStep}, {@code MessageStep} with the shared message preview, {@code ScheduleStep},
 * {@code LimitsStep}, {@code ReviewStep}). It is an {@code UnsavedEdits} of the shell: leaving it asks Save /
 * Discard / Cancel. The review step saves the draft and works out the pre-flight of the saved campaign in the
 * background ({@code PreflightReview}); Launch is a {@code UiCommand} whose reason names what stands in the way.
 *
 * <h2>The run monitor</h2>
 * {@code RunMonitorViewModel} reads the campaign's status and the chosen run's counts per treatment from the
 * workspace (so a run sent by another process shows too); its view asks it to every second while on screen only.
 * {@code MissedRunsDialog} lists the runs that came due while Tidings was closed, each sent now or skipped.
 */
package io.tidings.campaign.ui;
