package io.tidings.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.campaign.Campaign;
import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignLimits;
import io.tidings.campaign.CampaignRun;
import io.tidings.campaign.CampaignSchedule;
import io.tidings.campaign.CampaignService;
import io.tidings.campaign.CampaignState;
import io.tidings.campaign.CampaignWorkspace;
import io.tidings.campaign.Treatment;
import io.tidings.campaign.TreatmentMessage;
import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.JobProgress;
import io.tidings.delivery.JobState;
import io.tidings.delivery.PreflightReport;
import io.tidings.delivery.ReasonCode;
import io.tidings.delivery.RunPlan;
import io.tidings.delivery.SendJob;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Campaign runs sent by the real engine ({@code SendJobs.createRun}, {@code Preflight}, the sandbox): these need the
 * engine branch's campaign runs, and run after the two branches are merged.
 */
class CampaignRunTest {

    private static final int ENDPOINTS = 200;
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    @TempDir
    Path folder;

    private CommandLineWorkspace workspace;

    @BeforeEach
    void workspace() {
        workspace = CommandLineWorkspace.create(folder, "campaigns.tidings");
        try (OpenedWorkspace opened = open()) {
            CampaignWorkspace.fill(opened, ENDPOINTS);
        }
    }

    @Test
    void anImmediateABTestRunsToCompletedWithItsSplitAndHoldoutRecorded() throws Exception {
        try (OpenedWorkspace opened = open().startSending()) {
            CampaignService campaigns = opened.campaigns();
            Campaign campaign = campaigns.create("Spring sale", null, abTest(opened, CampaignSchedule.IMMEDIATE));

            SendJob run = campaigns.launch(campaign.id()).run();
            JobState end = opened.delivery().await(run.id(), PATIENCE, progress -> { });

            assertThat(end).isEqualTo(JobState.DONE);
            assertThat(campaigns.status(campaign.id()).campaign().state()).isEqualTo(CampaignState.COMPLETED);
            Map<Integer, JobProgress> byTreatment = campaigns.treatmentProgress(run.id());
            assertThat(byTreatment.keySet()).containsExactlyInAnyOrder(0, 1, RunPlan.HOLDOUT);
            long all = byTreatment.values().stream().mapToLong(JobProgress::total).sum();
            assertThat(all).isEqualTo(ENDPOINTS);
            // 50 % / 40 % / 10 % of 200, within a generous statistical tolerance
            assertThat(byTreatment.get(0).total()).isBetween(70L, 130L);
            assertThat(byTreatment.get(1).total()).isBetween(50L, 110L);
            JobProgress holdout = byTreatment.get(RunPlan.HOLDOUT);
            assertThat(holdout.total()).isBetween(5L, 40L);
            assertThat(holdout.byReason()).containsEntry(ReasonCode.valueOf("TREATMENT_HOLDOUT"), holdout.total());
            var totals = campaigns.list().get(0).totals();
            assertThat(totals.sent() + totals.failed()).isEqualTo(all - holdout.total());
        }
    }

    @Test
    void thePreflightAndTheRunAgree() throws Exception {
        try (OpenedWorkspace opened = open().startSending()) {
            CampaignService campaigns = opened.campaigns();
            Campaign campaign = campaigns.create("Spring sale", null, abTest(opened, CampaignSchedule.IMMEDIATE));

            PreflightReport preflight = campaigns.preflight(campaign.id(), 3);
            SendJob run = campaigns.launch(campaign.id()).run();
            opened.delivery().await(run.id(), PATIENCE, progress -> { });
            Map<Integer, JobProgress> byTreatment = campaigns.treatmentProgress(run.id());

            assertThat(preflight.segmentMembers()).isEqualTo(ENDPOINTS);
            for (int treatment : List.of(0, 1)) {
                long now = preflight.lines().stream().filter(line -> line.treatment() == treatment
                        && line.timing() == PreflightReport.Timing.NOW).mapToLong(PreflightReport.Line::endpoints).sum();
                assertThat(now).as("treatment %d", treatment).isEqualTo(byTreatment.get(treatment).total());
            }
            long heldOut = preflight.lines().stream().filter(line -> line.treatment() == RunPlan.HOLDOUT)
                    .mapToLong(PreflightReport.Line::endpoints).sum();
            assertThat(heldOut).isEqualTo(byTreatment.get(RunPlan.HOLDOUT).total());
        }
    }

    @Test
    void theAppsSchedulerFiresADueRunOnTheAppsEngine() throws Exception {
        try (OpenedWorkspace opened = open()) {
            // The engine as startSending starts it, without the scheduler's own looks: this test looks.
            opened.senders().reload();
            opened.delivery().start();
            CampaignService campaigns = opened.campaigns();
            Instant start = Instant.now().minusSeconds(60);
            Campaign campaign = campaigns.create("Just now", null, abTest(opened, CampaignSchedule.once(start)));
            assertThat(campaigns.launch(campaign.id()).campaign().state()).isEqualTo(CampaignState.SCHEDULED);

            List<SendJob> fired = opened.campaignScheduler().fireDue(Instant.now());

            assertThat(fired).hasSize(1);
            assertThat(opened.delivery().await(fired.get(0).id(), PATIENCE, progress -> { })).isEqualTo(JobState.DONE);
            assertThat(campaigns.status(campaign.id()).campaign().state()).isEqualTo(CampaignState.COMPLETED);
            assertThat(opened.sendJobs().jobsOfCampaign(campaign.id())).extracting(SendJob::id)
                    .containsExactly(fired.get(0).id());
        }
    }

    @Test
    void aRunClaimedJustBeforeACrashIsLinkedToItsJobAndNeverSentTwice() {
        long campaignId;
        long jobId;
        try (OpenedWorkspace opened = open()) {
            CampaignService campaigns = opened.campaigns();
            Instant due = Instant.now().minusSeconds(30);
            Campaign campaign = campaigns.create("Crashed", null, abTest(opened, CampaignSchedule.once(due)));
            campaignId = campaign.id();
            campaigns.launch(campaignId);
            // What fire() writes before Tidings dies: the run claimed, the next run stored, the job created, no link.
            opened.workspace().database().write(connection -> connection.createStatement().executeUpdate(
                    "UPDATE campaign SET state = 'EXECUTING', next_run_at = NULL WHERE id = " + campaignId));
            opened.workspace().database().write(connection -> connection.createStatement().executeUpdate(
                    "INSERT INTO campaign_run (campaign_id, scheduled_at, created_at) VALUES (" + campaignId + ", "
                            + due.toEpochMilli() + ", '" + Instant.now() + "')"));
            jobId = opened.sendJobs().createRun(campaigns.runPlan(campaignId, due)).id();
        }

        try (OpenedWorkspace reopened = open().startSending()) {
            List<CampaignRun> runs = reopened.campaigns().runs(campaignId);

            assertThat(runs).singleElement().satisfies(run -> assertThat(run.job().id()).isEqualTo(jobId));
            assertThat(reopened.campaignScheduler().fireDue(Instant.now())).isEmpty();
            assertThat(reopened.sendJobs().jobsOfCampaign(campaignId)).hasSize(1);
        }
    }

    @Test
    void theCommandLineLaunchesWaitsAndReportsCompleted() throws Exception {
        try (OpenedWorkspace opened = open()) {
            opened.campaigns().create("Spring sale", null, abTest(opened, CampaignSchedule.IMMEDIATE));
        }

        CommandRun preflight = workspace.run("campaign", "preflight", "--workspace", workspace.toString(), "--name",
                "Spring sale");
        CommandRun launch = workspace.run("campaign", "launch", "--workspace", workspace.toString(), "--name",
                "Spring sale", "--wait");
        CommandRun status = workspace.run("campaign", "status", "--workspace", workspace.toString(), "--name",
                "Spring sale");

        assertThat(preflight.exitCode()).as(preflight.err()).isZero();
        assertThat(preflight.out()).contains("200 endpoints in the segment", "Default (A)", "Treatment 1 (B)", "Holdout",
                "now", "TREATMENT_HOLDOUT");
        assertThat(launch.exitCode()).as(launch.err()).isZero();
        assertThat(launch.out()).contains("is done", "Campaign \"Spring sale\" is completed.");
        assertThat(status.out()).startsWith("Campaign \"Spring sale\": completed");
    }

    @Test
    void runDueSendsADueRunAndExits() {
        try (OpenedWorkspace opened = open()) {
            Campaign campaign = opened.campaigns().create("Just now", null,
                    abTest(opened, CampaignSchedule.once(Instant.now().minusSeconds(60))));
            opened.campaigns().launch(campaign.id());
        }

        CommandRun due = workspace.run("campaign", "run-due", "--workspace", workspace.toString());
        CommandRun status = workspace.run("campaign", "status", "--workspace", workspace.toString(), "--name", "Just now");

        assertThat(due.exitCode()).as(due.err()).isZero();
        assertThat(due.out()).contains("is done");
        assertThat(status.out()).startsWith("Campaign \"Just now\": completed");
    }

    @Test
    void runDueSendsAMissedRunOnlyWithSendMissed() {
        long campaignId;
        try (OpenedWorkspace opened = open()) {
            Campaign campaign = opened.campaigns().create("Missed", null,
                    abTest(opened, CampaignSchedule.once(Instant.now().minusSeconds(60))));
            campaignId = campaign.id();
            opened.campaigns().launch(campaignId);
            opened.workspace().database().write(connection -> connection.createStatement().executeUpdate(
                    "UPDATE campaign SET next_run_at = " + Instant.now().minusSeconds(3600).toEpochMilli()));
        }

        CommandRun named = workspace.run("campaign", "run-due", "--workspace", workspace.toString());
        CommandRun sent = workspace.run("campaign", "run-due", "--workspace", workspace.toString(), "--send-missed");

        assertThat(named.exitCode()).isEqualTo(1);
        assertThat(named.err()).contains("was missed");
        assertThat(sent.exitCode()).as(sent.err()).isZero();
        assertThat(sent.out()).contains("is done");
        try (OpenedWorkspace opened = open()) {
            assertThat(opened.campaigns().status(campaignId).campaign().state()).isEqualTo(CampaignState.COMPLETED);
        }
    }

    private OpenedWorkspace open() {
        return WorkspaceOption.wiring().open(workspace.file());
    }

    private static CampaignDefinition abTest(OpenedWorkspace opened, CampaignSchedule schedule) {
        return new CampaignDefinition(CampaignWorkspace.segment(opened, CampaignWorkspace.EVERYONE).id(), null,
                DeliveryChannel.EMAIL,
                new Treatment("A", null, 0, template(opened, CampaignWorkspace.WELCOME)),
                List.of(new Treatment("B", null, 40, template(opened, CampaignWorkspace.WELCOME_B))), 10, schedule,
                CampaignLimits.NONE, null, false);
    }

    private static TreatmentMessage template(OpenedWorkspace opened, String name) {
        return new TreatmentMessage.Template(CampaignWorkspace.templateId(opened, name), null);
    }
}
