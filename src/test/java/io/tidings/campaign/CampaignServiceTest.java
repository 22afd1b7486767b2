package io.tidings.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tidings.SettableClock;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.delivery.JobState;
import io.tidings.delivery.QuietTime;
import io.tidings.delivery.RunPlan;
import io.tidings.delivery.RunTreatment;
import io.tidings.delivery.SendJob;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A campaign's life without the engine's campaign runs: saving, launching, its states, refusals, run plans. */
class CampaignServiceTest {

    /** The engine's pre-flight comes with the engine branch; these tests do not ask for it. */
    private static final PreflightCheck NO_PREFLIGHT = (plan, start, samples) -> {
        throw new UnsupportedOperationException("the engine's pre-flight");
    };

    private static final Instant NOW = Instant.parse("2027-03-01T12:00:00Z");

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private SettableClock clock;
    private PlainJobRuns engine;
    private CampaignService campaigns;

    @BeforeEach
    void open() {
        workspace = CampaignWorkspace.create(folder, 20);
        clock = new SettableClock(NOW);
        engine = new PlainJobRuns(workspace.sendJobs(), workspace.templates(), workspace.segments());
        campaigns = new CampaignService(workspace.workspace().database(), workspace.segments(), workspace.templates(),
                workspace.sendJobs(), NO_PREFLIGHT, engine, () -> ChannelAccounts.SANDBOX, clock);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aCampaignIsSavedListedChangedDuplicatedAndDeleted() {
        Campaign created = campaigns.create("Spring sale", "Two subjects", abTest(CampaignSchedule.IMMEDIATE));

        assertThat(campaigns.findByName("spring SALE")).contains(created);
        assertThat(campaigns.list()).singleElement().satisfies(summary -> {
            assertThat(summary.campaign().name()).isEqualTo("Spring sale");
            assertThat(summary.segmentName()).isEqualTo(CampaignWorkspace.EVERYONE);
            assertThat(summary.totals().hasResults()).isFalse();
        });
        assertThat(campaigns.audienceSize(created.id())).isEqualTo(20);

        Campaign changed = campaigns.update(created.id(), "Spring sale 2", null,
                created.definition().withTreatments(created.definition().defaultTreatment(), List.of(), 0));
        Campaign copy = campaigns.duplicate(created.id(), "Spring sale copy");

        assertThat(changed.definition().isABTest()).isFalse();
        assertThat(changed.definition().defaultSizePercent()).isEqualTo(100);
        assertThat(copy.definition()).isEqualTo(changed.definition());
        assertThat(copy.state()).isEqualTo(CampaignState.DRAFT);
        assertThatThrownBy(() -> campaigns.create("SPRING SALE 2", null, changed.definition()))
                .hasMessage("A campaign called \"SPRING SALE 2\" already exists.");

        campaigns.delete(created.id());
        assertThat(campaigns.list()).extracting(summary -> summary.campaign().name()).containsExactly("Spring sale copy");
    }

    @Test
    void aDraftWithoutSegmentOrMessageIsKeptAndLaunchSaysWhatIsMissing() {
        CampaignDefinition draft = new CampaignDefinition(null, null, DeliveryChannel.SMS, null, List.of(), 0, null,
                null, null, false);

        Campaign saved = campaigns.create("Unfinished", null, draft);

        assertThat(campaigns.find(saved.id()).orElseThrow().definition()).isEqualTo(draft);
        assertThat(campaigns.launchProblems(saved.id())).containsExactly(
                "Choose the segment the campaign goes to.", "The default treatment has no template or message.");
        assertThatThrownBy(() -> campaigns.launch(saved.id())).hasMessageContaining("Choose the segment");
    }

    @Test
    void launchIsRefusedWhenPercentagesDoNotAddUpTheSegmentIsEmptyOrTheCampaignIsNotADraft() {
        CampaignDefinition tooMuch = abTest(CampaignSchedule.IMMEDIATE).withTreatments(
                new Treatment("A", null, 0, template(CampaignWorkspace.WELCOME)),
                List.of(new Treatment("B", null, 60, template(CampaignWorkspace.WELCOME_B))), 40);
        Campaign overbooked = campaigns.create("Overbooked", null, tooMuch);
        Campaign empty = campaigns.create("Empty", null, abTest(CampaignSchedule.IMMEDIATE)
                .withSegment(CampaignWorkspace.segment(workspace, CampaignWorkspace.NOBODY).id(), null));

        assertThat(campaigns.launchProblems(overbooked.id())).containsExactly("The percentages do not add up: the "
                + "holdout (40 %) and the additional treatments (60 %) leave 0 % for the default treatment, which needs "
                + "at least 1 %.");
        assertThat(campaigns.launchProblems(empty.id()))
                .containsExactly("The segment \"Nobody\" is empty: nobody would get the campaign.");

        Campaign good = campaigns.create("Good", null, abTest(CampaignSchedule.IMMEDIATE));
        campaigns.launch(good.id());
        assertThat(campaigns.launchProblems(good.id())).containsExactly("\"Good\" is executing: only a draft can be launched.");
        assertThatThrownBy(() -> campaigns.update(good.id(), "Good", null, good.definition()))
                .hasMessage("\"Good\" is executing: only a draft or a scheduled campaign can be changed. Duplicate it "
                        + "to make another.");
    }

    @Test
    void anImmediateLaunchCreatesARunWithTheTemplatesActiveVersionsTheLimitsAndTheAccount() {
        long welcome = CampaignWorkspace.templateId(workspace, CampaignWorkspace.WELCOME);
        workspace.templates().save(welcome, workspace.templates().template(welcome).orElseThrow().content()
                .withField("Subject", "Welcome, version 2"));
        CampaignDefinition definition = abTest(CampaignSchedule.IMMEDIATE).withQuietTime(
                new QuietTime(LocalTime.of(21, 0), LocalTime.of(8, 0), QuietTime.Action.HOLD, false));
        Campaign campaign = campaigns.create("Spring sale", null, definition);

        Launch launch = campaigns.launch(campaign.id());

        assertThat(launch.campaign().state()).isEqualTo(CampaignState.EXECUTING);
        assertThat(launch.run().state()).isEqualTo(JobState.RUNNING);
        RunPlan plan = engine.plans.get(0);
        assertThat(plan.campaignId()).isEqualTo(campaign.id());
        assertThat(plan.assignmentSeed()).isEqualTo(campaign.id());
        assertThat(plan.startAt()).isEqualTo(NOW);
        assertThat(plan.localTime()).isNull();
        assertThat(plan.treatments()).containsExactly(
                new RunTreatment("A", 60, welcome, 2, null),
                new RunTreatment("B", 30, CampaignWorkspace.templateId(workspace, CampaignWorkspace.WELCOME_B), 1, null));
        assertThat(plan.holdoutPercent()).isEqualTo(10);
        assertThat(plan.maximumDuration()).isEqualTo(Duration.ofMinutes(10));
        assertThat(plan.options().messagesPerEndpoint()).isEqualTo(5);
        assertThat(plan.options().dailyCapPerEndpoint()).isEqualTo(2);
        assertThat(plan.options().quietTime().action()).isEqualTo(QuietTime.Action.HOLD);
        assertThat(plan.account().ratePerSecond()).isEqualTo(50.0);
        assertThat(campaigns.runs(campaign.id())).singleElement().satisfies(run -> {
            assertThat(run.job().id()).isEqualTo(launch.run().id());
            assertThat(run.scheduledAt()).isEqualTo(NOW);
            assertThat(run.progress().total()).isEqualTo(20);
        });
    }

    @Test
    void aLocalTimeRunStartsAtTheWallClockTimeOfItsStartingZone() {
        ZoneId minusFive = ZoneId.of("-05:00");
        CampaignSchedule local = new CampaignSchedule(Instant.parse("2027-03-02T14:00:00Z"),
                CampaignSchedule.Frequency.ONCE, null, minusFive, true);
        Campaign campaign = campaigns.create("Local", null, abTest(local));

        RunPlan plan = campaigns.runPlan(campaign.id(), local.startTime());

        assertThat(plan.localTime().wallClock()).hasToString("2027-03-02T09:00");
        assertThat(plan.localTime().startingZone()).isEqualTo(minusFive);
    }

    @Test
    void pauseResumeAndCancelDriveTheRunningRun() {
        Campaign campaign = campaigns.create("Spring sale", null, abTest(CampaignSchedule.IMMEDIATE));
        SendJob run = campaigns.launch(campaign.id()).run();

        assertThat(campaigns.pause(campaign.id()).state()).isEqualTo(CampaignState.PAUSED);
        assertThat(job(run).state()).isEqualTo(JobState.PAUSED);
        assertThat(campaigns.status(campaign.id()).campaign().state()).isEqualTo(CampaignState.PAUSED);

        assertThat(campaigns.resume(campaign.id()).state()).isEqualTo(CampaignState.EXECUTING);
        assertThat(job(run).state()).isEqualTo(JobState.RUNNING);
        assertThatThrownBy(() -> campaigns.delete(campaign.id()))
                .hasMessage("\"Spring sale\" cannot be deleted while a run is sending or paused: cancel the campaign first.");

        assertThat(campaigns.cancel(campaign.id()).state()).isEqualTo(CampaignState.CANCELLED);
        assertThat(job(run).state()).isEqualTo(JobState.CANCELLED);
        assertThatThrownBy(() -> campaigns.resume(campaign.id())).hasMessage("\"Spring sale\" is cancelled, not paused.");
        campaigns.delete(campaign.id());
        assertThat(campaigns.list()).isEmpty();
    }

    @Test
    void aOnceCampaignIsCompletedWhenItsRunHasFinished() {
        Campaign campaign = campaigns.create("Once", null, abTest(CampaignSchedule.IMMEDIATE));
        SendJob run = campaigns.launch(campaign.id()).run();

        workspace.sendJobs().cancel(run.id()); // the run ends (the engine's DONE is the same to the campaign)

        CampaignStatus status = campaigns.status(campaign.id());
        assertThat(status.campaign().state()).isEqualTo(CampaignState.COMPLETED);
        assertThat(status.latestRun().isUnfinished()).isFalse();
        assertThat(status.totals().messages()).isEqualTo(20);
    }

    @Test
    void theListSumsTheRunsResultsWithOpensAndClicksFromTheEvents() {
        Campaign campaign = campaigns.create("Spring sale", null, abTest(CampaignSchedule.IMMEDIATE));
        SendJob run = campaigns.launch(campaign.id()).run();
        // Two opens of one message, one of another, and a click: as the sandbox's simulated reports record them.
        workspace.workspace().database().write(connection -> connection.createStatement().executeUpdate("""
                INSERT INTO event (event_type, job_id, message_id, timestamp) VALUES
                ('_email.open', %1$d, 1, 'x'), ('_email.open', %1$d, 1, 'x'), ('_email.open', %1$d, 2, 'x'),
                ('_email.click', %1$d, 2, 'x'), ('_email.open', 999, 3, 'x')""".formatted(run.id())));

        CampaignTotals totals = campaigns.list().get(0).totals();

        assertThat(totals.messages()).isEqualTo(20);
        assertThat(totals.opened()).isEqualTo(2);
        assertThat(totals.clicked()).isEqualTo(1);
    }

    @Test
    void aStatusReadWhileTheRunIsBeingCreatedSeesTheCampaignExecuting() {
        Campaign campaign = campaigns.create("Once", null, abTest(CampaignSchedule.IMMEDIATE));
        List<CampaignState> seen = new java.util.ArrayList<>();
        CampaignService[] watched = new CampaignService[1];
        watched[0] = new CampaignService(workspace.workspace().database(), workspace.segments(), workspace.templates(),
                workspace.sendJobs(), NO_PREFLIGHT, new PlainJobRuns(workspace.sendJobs(), workspace.templates(),
                        workspace.segments()) {
                    @Override
                    public SendJob create(RunPlan plan) {
                        // The monitor reads the status (which reconciles) between the claim and the job.
                        seen.add(watched[0].status(campaign.id()).campaign().state());
                        return super.create(plan);
                    }
                }, () -> ChannelAccounts.SANDBOX, clock);

        watched[0].launch(campaign.id());

        assertThat(seen).containsExactly(CampaignState.EXECUTING);
        assertThat(campaigns.status(campaign.id()).campaign().state()).isEqualTo(CampaignState.EXECUTING);
    }

    @Test
    void aRunThatCannotBeCreatedLeavesTheDraftAsItWas() {
        Campaign campaign = campaigns.create("Doomed", null, abTest(CampaignSchedule.IMMEDIATE));
        workspace.segments().find(campaign.definition().segmentId()).orElseThrow();
        CampaignService failing = new CampaignService(workspace.workspace().database(), workspace.segments(),
                workspace.templates(), workspace.sendJobs(), NO_PREFLIGHT, new PlainJobRuns(workspace.sendJobs(),
                        workspace.templates(), workspace.segments()) {
                    @Override
                    public SendJob create(RunPlan plan) {
                        throw new IllegalArgumentException("The disk is full.");
                    }
                }, () -> ChannelAccounts.SANDBOX, clock);

        assertThatThrownBy(() -> failing.launch(campaign.id())).hasMessage("The disk is full.");

        assertThat(campaigns.find(campaign.id()).orElseThrow().state()).isEqualTo(CampaignState.DRAFT);
        assertThat(campaigns.runs(campaign.id())).isEmpty();
    }

    @Test
    void aSegmentOrTemplateALiveCampaignUsesCannotBeDeletedUntilItEnds() {
        Campaign campaign = workspace.campaigns().create("Spring sale", null, abTest(CampaignSchedule.IMMEDIATE));
        long segment = campaign.definition().segmentId();
        long template = CampaignWorkspace.templateId(workspace, CampaignWorkspace.WELCOME_B);

        assertThatThrownBy(() -> workspace.segments().delete(segment)).hasMessage(
                "\"Everyone\" cannot be deleted: the campaign \"Spring sale\" uses it. Cancel or finish it first.");
        assertThatThrownBy(() -> workspace.templates().delete(template)).hasMessage(
                "\"Welcome B\" cannot be deleted: the campaign \"Spring sale\" sends it. Cancel or finish it first.");

        workspace.campaigns().cancel(campaign.id());
        workspace.templates().delete(template);
        workspace.segments().delete(segment);

        assertThat(workspace.templates().templateNamed(CampaignWorkspace.WELCOME_B)).isEmpty();
        assertThat(workspace.campaigns().find(campaign.id()).orElseThrow().definition().templateIds()).contains(template);
    }

    @Test
    void anExportNeverOverwritesTheWorkspace() throws Exception {
        Campaign campaign = campaigns.create("Spring sale", null, abTest(CampaignSchedule.IMMEDIATE));
        Path file = workspace.workspace().file();

        assertThatThrownBy(() -> campaigns.exportJson(campaign.id(), file, null))
                .hasMessageContaining("the open workspace");

        Path out = folder.resolve("spring.json");
        campaigns.exportJson(campaign.id(), out, null);
        assertThat(campaigns.importJson(out, "Spring again").definition()).isEqualTo(campaign.definition());
        assertThat(Files.readString(out)).contains("\"Name\" : \"Spring sale\"");
    }

    private SendJob job(SendJob run) {
        return workspace.sendJobs().job(run.id()).orElseThrow();
    }

    private TreatmentMessage template(String name) {
        return new TreatmentMessage.Template(CampaignWorkspace.templateId(workspace, name), null);
    }

    private CampaignDefinition abTest(CampaignSchedule schedule) {
        return new CampaignDefinition(CampaignWorkspace.segment(workspace, CampaignWorkspace.EVERYONE).id(), null,
                DeliveryChannel.EMAIL, new Treatment("A", null, 0, template(CampaignWorkspace.WELCOME)),
                List.of(new Treatment("B", null, 30, template(CampaignWorkspace.WELCOME_B))), 10, schedule,
                new CampaignLimits(2, 5, 50, 600), null, false);
    }
}
