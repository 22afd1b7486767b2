package io.tidings.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.campaign.Campaign;
import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignState;
import io.tidings.campaign.TreatmentMessage;
import io.tidings.channel.DeliveryChannel;
import io.tidings.delivery.RunMessage;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run monitor over a campaign launched in a workspace whose engine is not sending (as when another process
 * sends it): counts read from the ledger, a row per treatment, pause, resume and cancel, and the drill-down.
 */
class RunMonitorViewModelTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private RunMonitorViewModel monitor;
    private Campaign campaign;

    @BeforeEach
    void launch() {
        workspace = SampleCampaigns.workspace(folder);
        long template = workspace.templates().templateNamed(SampleCampaigns.TEMPLATE).orElseThrow().id();
        CampaignDefinition definition = CampaignDefinition.simple(SampleCampaigns.segment(workspace).id(),
                DeliveryChannel.EMAIL, new TreatmentMessage.Template(template, null));
        definition = definition.withTreatments(definition.defaultTreatment(), java.util.List.of(
                new io.tidings.campaign.Treatment("Short", null, 30, new TreatmentMessage.Template(template, null))), 20);
        campaign = workspace.campaigns().create("Monitored", null, definition);
        workspace.campaigns().launch(campaign.id());
        monitor = new RunMonitorViewModel(workspace.campaigns(), workspace.sendJobs(), new ImmediateBackgroundWork(),
                dialogs, Clock.systemUTC());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aRunShowsItsCountsAndARowPerTreatment() {
        monitor.show(campaign.id());

        assertThat(monitor.campaignProperty().get().state()).isEqualTo(CampaignState.EXECUTING);
        assertThat(monitor.runs()).hasSize(1);
        assertThat(monitor.runProperty().get().progress().total()).isPositive();
        assertThat(monitor.stateProperty().get()).matches("Sending\\. [0-9,]+ of [0-9,]+ messages have an outcome\\.");
        assertThat(monitor.treatments()).extracting(TreatmentRow::name)
                .containsExactly("Default treatment", "Treatment 2 (Short)", "Holdout");
        assertThat(monitor.pauseCommand().canRun()).isTrue();
        assertThat(monitor.resumeCommand().whyNot()).isEqualTo("Only a paused campaign can be resumed.");
    }

    @Test
    void theDrillDownListsTheEndpointsWithAnOutcomeAndTheirReason() {
        monitor.show(campaign.id());
        TreatmentRow holdout = monitor.treatments().get(2);

        monitor.drillDown(Outcome.SUPPRESSED, holdout);

        assertThat(monitor.drillDown()).isNotEmpty().allMatch(message -> message.treatment() == holdout.treatment())
                .extracting(RunMessage::reason).contains(io.tidings.delivery.ReasonCode.TREATMENT_HOLDOUT);
        assertThat(monitor.drillDownTitleProperty().get()).startsWith("Not sent, Holdout: ");
    }

    @Test
    void pauseResumeAndCancelAfterAskingFirst() {
        monitor.show(campaign.id());

        monitor.pause();
        assertThat(monitor.campaignProperty().get().state()).isEqualTo(CampaignState.PAUSED);
        assertThat(monitor.stateProperty().get()).startsWith("Paused.");

        monitor.resume();
        assertThat(monitor.campaignProperty().get().state()).isNotEqualTo(CampaignState.PAUSED);

        dialogs.answer(false);
        monitor.cancel();
        assertThat(monitor.campaignProperty().get().state()).isNotEqualTo(CampaignState.CANCELLED);

        dialogs.answer(true);
        monitor.cancel();
        assertThat(monitor.campaignProperty().get().state()).isEqualTo(CampaignState.CANCELLED);
        assertThat(monitor.cancelCommand().whyNot()).isEqualTo("The campaign is cancelled: there is nothing to cancel.");
    }

    @Test
    void durationsReadAsAPersonSaysThem() {
        assertThat(RunMonitorViewModel.duration(java.time.Duration.ofSeconds(45))).isEqualTo("45 s");
        assertThat(RunMonitorViewModel.duration(java.time.Duration.ofSeconds(200))).isEqualTo("3 min 20 s");
        assertThat(RunMonitorViewModel.duration(java.time.Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
    }
}
