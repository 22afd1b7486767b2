package io.tidings.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.SettableClock;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.delivery.SendJob;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Due runs fire once, from the stored next run; runs missed while Tidings was closed wait for the marketer. */
class CampaignSchedulerTest {

    /** The engine's pre-flight comes with the engine branch; these tests do not ask for it. */
    private static final PreflightCheck NO_PREFLIGHT = (plan, start, samples) -> {
        throw new UnsupportedOperationException("the engine's pre-flight");
    };

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");
    private static final Instant NINE_TOMORROW = Instant.parse("2027-03-02T09:00:00Z");

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private SettableClock clock;
    private PlainJobRuns engine;
    private CampaignService campaigns;
    private CampaignScheduler scheduler;

    @BeforeEach
    void open() {
        workspace = CampaignWorkspace.create(folder, 5);
        clock = new SettableClock(NOW);
        engine = new PlainJobRuns(workspace.sendJobs(), workspace.templates(), workspace.segments());
        campaigns = new CampaignService(workspace.workspace().database(), workspace.segments(), workspace.templates(),
                workspace.sendJobs(), NO_PREFLIGHT, engine, () -> ChannelAccounts.SANDBOX, clock);
        scheduler = new CampaignScheduler(campaigns, clock, Duration.ofSeconds(10));
    }

    @AfterEach
    void close() {
        scheduler.close();
        workspace.close();
    }

    @Test
    void aScheduledCampaignWaitsForItsStartThenRunsOnce() {
        Campaign campaign = launched("Tomorrow", CampaignSchedule.once(NINE_TOMORROW));

        assertThat(campaign.state()).isEqualTo(CampaignState.SCHEDULED);
        assertThat(campaign.nextRunAt()).isEqualTo(NINE_TOMORROW);
        assertThat(scheduler.fireDue(NINE_TOMORROW.minusSeconds(1))).isEmpty();

        List<SendJob> fired = scheduler.fireDue(NINE_TOMORROW.plusSeconds(10));

        assertThat(fired).hasSize(1);
        assertThat(engine.plans).singleElement().satisfies(plan -> assertThat(plan.startAt()).isEqualTo(NINE_TOMORROW));
        Campaign after = campaigns.find(campaign.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(CampaignState.EXECUTING);
        assertThat(after.nextRunAt()).isNull();
        assertThat(scheduler.fireDue(NINE_TOMORROW.plusSeconds(20))).isEmpty();
        assertThat(campaigns.runs(campaign.id())).hasSize(1);
    }

    @Test
    void aDailyCampaignStoresItsNextRunWithEachRunAndCompletesAfterTheLast() {
        Campaign campaign = launched("Daily", new CampaignSchedule(NINE_TOMORROW, CampaignSchedule.Frequency.DAILY,
                NINE_TOMORROW.plus(Duration.ofDays(1)), null, false));

        SendJob first = scheduler.fireDue(NINE_TOMORROW).get(0);
        assertThat(campaigns.find(campaign.id()).orElseThrow().nextRunAt()).isEqualTo(NINE_TOMORROW.plus(Duration.ofDays(1)));
        workspace.sendJobs().cancel(first.id()); // the first run ends
        scheduler.fireDue(NINE_TOMORROW.plus(Duration.ofHours(1)));
        assertThat(campaigns.find(campaign.id()).orElseThrow().state()).isEqualTo(CampaignState.SCHEDULED);

        SendJob second = scheduler.fireDue(NINE_TOMORROW.plus(Duration.ofDays(1))).get(0);
        workspace.sendJobs().cancel(second.id());
        scheduler.fireDue(NINE_TOMORROW.plus(Duration.ofDays(1)).plusSeconds(30));

        Campaign after = campaigns.find(campaign.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(CampaignState.COMPLETED);
        assertThat(after.nextRunAt()).isNull();
        assertThat(campaigns.runs(campaign.id())).extracting(CampaignRun::scheduledAt)
                .containsExactly(NINE_TOMORROW, NINE_TOMORROW.plus(Duration.ofDays(1)));
    }

    @Test
    void twoSchedulersOnOneWorkspaceFireARunOnce() {
        launched("Tomorrow", CampaignSchedule.once(NINE_TOMORROW));
        CampaignService otherProgram = new CampaignService(workspace.workspace().database(), workspace.segments(),
                workspace.templates(), workspace.sendJobs(), NO_PREFLIGHT, engine, () -> ChannelAccounts.SANDBOX, clock);

        int fired = scheduler.fireDue(NINE_TOMORROW).size() + otherProgram.fireDue(NINE_TOMORROW).size();

        assertThat(fired).isEqualTo(1);
        assertThat(workspace.sendJobs().jobs()).hasSize(1);
    }

    @Test
    void runsThatCameDueWhileTidingsWasClosedAreListedNotSent() {
        Campaign daily = launched("Daily", new CampaignSchedule(NINE_TOMORROW, CampaignSchedule.Frequency.DAILY, null,
                null, false));
        Campaign once = launched("Once", CampaignSchedule.once(NINE_TOMORROW.plus(Duration.ofHours(1))));
        // Tidings reopens two days later.
        clock.set(NINE_TOMORROW.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)));

        assertThat(scheduler.fireDue(clock.instant())).isEmpty();
        List<MissedRun> missed = scheduler.missedRuns();

        assertThat(missed).extracting(run -> run.campaign().name(), MissedRun::dueAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Daily", NINE_TOMORROW),
                org.assertj.core.groups.Tuple.tuple("Once", NINE_TOMORROW.plus(Duration.ofHours(1))));
        assertThat(missed.get(0).nextAfterSkipping()).isEqualTo(NINE_TOMORROW.plus(Duration.ofDays(3)));
        assertThat(workspace.sendJobs().jobs()).isEmpty();

        Campaign skipped = scheduler.skipMissed(daily.id());
        SendJob sentLate = scheduler.sendMissedNow(once.id()).orElseThrow();

        assertThat(skipped.state()).isEqualTo(CampaignState.SCHEDULED);
        assertThat(skipped.nextRunAt()).isEqualTo(NINE_TOMORROW.plus(Duration.ofDays(3)));
        assertThat(campaigns.runs(daily.id())).singleElement()
                .satisfies(run -> assertThat(run.problem()).startsWith("Skipped"));
        assertThat(engine.plans).singleElement().satisfies(plan -> assertThat(plan.startAt()).isEqualTo(clock.instant()));
        assertThat(campaigns.find(once.id()).orElseThrow().state()).isEqualTo(CampaignState.EXECUTING);
        assertThat(sentLate.id()).isEqualTo(campaigns.runs(once.id()).get(0).job().id());
        assertThat(scheduler.missedRuns()).isEmpty();
        assertThatThrownBy(() -> scheduler.skipMissed(daily.id())).hasMessage("\"Daily\" has no missed run.");
    }

    @Test
    void aRunALittleLateStillFires() {
        launched("Tomorrow", CampaignSchedule.once(NINE_TOMORROW));

        assertThat(scheduler.fireDue(NINE_TOMORROW.plus(CampaignService.GRACE))).hasSize(1);
    }

    @Test
    void aPausedCampaignFiresNothingAndSkipsTheRunsDueMeanwhile() {
        Campaign campaign = launched("Daily", new CampaignSchedule(NINE_TOMORROW, CampaignSchedule.Frequency.DAILY, null,
                null, false));
        campaigns.pause(campaign.id());

        assertThat(scheduler.fireDue(NINE_TOMORROW)).isEmpty();
        clock.set(NINE_TOMORROW.plus(Duration.ofHours(2)));
        Campaign resumed = campaigns.resume(campaign.id());

        assertThat(resumed.state()).isEqualTo(CampaignState.SCHEDULED);
        assertThat(resumed.nextRunAt()).isEqualTo(NINE_TOMORROW.plus(Duration.ofDays(1)));
        assertThat(scheduler.missedRuns()).isEmpty();
    }

    @Test
    void aRunThatCannotBeCreatedIsRecordedAndTheScheduleGoesOn() {
        Campaign campaign = launched("Daily", new CampaignSchedule(NINE_TOMORROW, CampaignSchedule.Frequency.DAILY, null,
                null, false));
        CampaignService failing = new CampaignService(workspace.workspace().database(), workspace.segments(),
                workspace.templates(), workspace.sendJobs(), NO_PREFLIGHT, new PlainJobRuns(workspace.sendJobs(),
                        workspace.templates(), workspace.segments()) {
                    @Override
                    public SendJob create(io.tidings.delivery.RunPlan plan) {
                        throw new IllegalStateException("a bug");
                    }
                }, () -> ChannelAccounts.SANDBOX, clock);

        assertThat(new CampaignScheduler(failing, clock, Duration.ofSeconds(1)).fireDue(NINE_TOMORROW)).isEmpty();

        Campaign after = campaigns.find(campaign.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(CampaignState.SCHEDULED);
        assertThat(after.nextRunAt()).isEqualTo(NINE_TOMORROW.plus(Duration.ofDays(1)));
        assertThat(campaigns.runs(campaign.id())).singleElement().satisfies(run -> assertThat(run.problem())
                .isEqualTo("The run could not be created: something Tidings did not expect went wrong (the log has "
                        + "the details)."));
    }

    @Test
    void aScheduledCampaignsChangedScheduleMovesItsNextRun() {
        Campaign campaign = launched("Tomorrow", CampaignSchedule.once(NINE_TOMORROW));

        Campaign moved = campaigns.update(campaign.id(), "Tomorrow", null,
                campaign.definition().withSchedule(CampaignSchedule.once(NINE_TOMORROW.plus(Duration.ofHours(3)))));

        assertThatThrownBy(() -> campaigns.update(campaign.id(), "Tomorrow", null,
                campaign.definition().withTreatments(campaign.definition().defaultTreatment().withMessage(null),
                        List.of(), 0)))
                .hasMessage("The default treatment has no template or message.");
        assertThat(moved.state()).isEqualTo(CampaignState.SCHEDULED);
        assertThat(moved.nextRunAt()).isEqualTo(NINE_TOMORROW.plus(Duration.ofHours(3)));
        assertThat(scheduler.fireDue(NINE_TOMORROW)).isEmpty();
    }

    @Test
    void onStartARunLeftQueuedIsStarted() {
        // A run created but not started: a command-line launch left for the app, or a stop just after creating it.
        CampaignService leftQueued = new CampaignService(workspace.workspace().database(), workspace.segments(),
                workspace.templates(), workspace.sendJobs(), NO_PREFLIGHT, new PlainJobRuns(workspace.sendJobs(),
                        workspace.templates(), workspace.segments()) {
                    @Override
                    public void start(long jobId) {
                        // The process ends before it starts the job.
                    }
                }, () -> ChannelAccounts.SANDBOX, clock);
        Campaign campaign = leftQueued.create("Queued", null, CampaignDefinition.simple(
                CampaignWorkspace.segment(workspace, CampaignWorkspace.EVERYONE).id(), DeliveryChannel.EMAIL,
                new TreatmentMessage.Template(CampaignWorkspace.templateId(workspace, CampaignWorkspace.WELCOME), null)));
        SendJob run = leftQueued.launch(campaign.id()).run();
        assertThat(run.state()).isEqualTo(io.tidings.delivery.JobState.QUEUED);

        scheduler.start();

        assertThat(workspace.sendJobs().job(run.id()).orElseThrow().state()).isEqualTo(io.tidings.delivery.JobState.RUNNING);
        assertThat(campaigns.find(campaign.id()).orElseThrow().state()).isEqualTo(CampaignState.EXECUTING);
    }

    private Campaign launched(String name, CampaignSchedule schedule) {
        CampaignDefinition definition = CampaignDefinition.simple(
                CampaignWorkspace.segment(workspace, CampaignWorkspace.EVERYONE).id(), DeliveryChannel.EMAIL,
                new TreatmentMessage.Template(CampaignWorkspace.templateId(workspace, CampaignWorkspace.WELCOME), null))
                .withSchedule(schedule);
        Campaign campaign = campaigns.create(name, null, definition);
        Launch launch = campaigns.launch(campaign.id());
        assertThat(launch.run()).isNull();
        return launch.campaign();
    }
}
