/**
 * Campaigns: one message (or an A/B test of up to five, with a holdout) sent to a segment on one channel, once or on a
 * schedule. The model is Pinpoint's WriteCampaignRequest as records: {@code Campaign}, {@code CampaignDefinition},
 * {@code Treatment} with its {@code TreatmentMessage} (a template or an inline message), {@code CampaignSchedule}
 * (the run times: wall-clock times kept across daylight saving, the month's last day for a 31st),
 * {@code CampaignLimits}, and {@code CampaignState}. {@code CampaignJson} reads and writes Pinpoint's JSON.
 *
 * <h2>Runs</h2>
 * Each run is a send job of its own, created by the engine ({@code SendJobs.createRun}) from a {@code RunPlan}
 * ({@code RunPlans}: templates pinned to a version, limits over the job defaults, the account the job keeps).
 * {@code CampaignRuns} fires them: the run is recorded and the next run stored in one transaction before the job is
 * created, so a run never fires twice; {@code CampaignScheduler} looks for due runs on its own daemon thread while the
 * app runs, and leaves runs that came due while Tidings was closed to the marketer ({@code MissedRun}). A campaign's
 * state follows its runs: executing while one sends, scheduled until the next, completed after the last.
 *
 * <h2>Ports</h2>
 * {@code RunControl}: the engine that sends the runs (the workspace's, or a command's own). {@code CampaignUses}
 * implements the segment and template features' {@code SegmentUsers} and {@code TemplateUsers}, so that deleting a
 * segment or template a live campaign uses is refused naming the campaign. See docs/campaigns.md.
 */
package io.tidings.campaign;
