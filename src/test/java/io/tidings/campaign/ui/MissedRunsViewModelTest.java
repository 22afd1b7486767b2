package io.tidings.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.campaign.Campaign;
import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.CampaignSchedule;
import io.tidings.campaign.MissedRun;
import io.tidings.campaign.TreatmentMessage;
import io.tidings.channel.DeliveryChannel;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs that came due while Tidings was closed: listed on open, each sent now or skipped at the marketer's word. */
class MissedRunsViewModelTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private Campaign daily;
    private Campaign weekly;

    @BeforeEach
    void missTwoRuns() {
        workspace = SampleCampaigns.workspace(folder);
        daily = scheduled("Daily digest", CampaignSchedule.Frequency.DAILY);
        weekly = scheduled("Weekly news", CampaignSchedule.Frequency.WEEKLY);
        // As if Tidings had been closed since the day before yesterday: their stored next runs have passed.
        Instant missed = Instant.now().minus(Duration.ofDays(2));
        workspace.workspace().database().write(connection -> {
            try (var update = connection.prepareStatement("UPDATE campaign SET next_run_at = ?")) {
                update.setLong(1, missed.toEpochMilli());
                return update.executeUpdate();
            }
        });
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void eachMissedRunIsSentNowOrSkippedAsChosen() {
        List<MissedRun> missed = workspace.campaignScheduler().missedRuns();
        assertThat(missed).extracting(run -> run.campaign().name()).containsExactlyInAnyOrder("Daily digest", "Weekly news");
        MissedRunsViewModel viewModel = new MissedRunsViewModel(workspace.campaignScheduler(),
                new ImmediateBackgroundWork(), missed);
        MissedRun first = missed.stream().filter(run -> run.campaign().id() == daily.id()).findFirst().orElseThrow();
        MissedRun second = missed.stream().filter(run -> run.campaign().id() == weekly.id()).findFirst().orElseThrow();

        viewModel.sendNow(first);
        assertThat(viewModel.allDecided()).isFalse();
        viewModel.skip(second);

        assertThat(viewModel.outcomes().get(daily.id())).isEqualTo("Sent now.");
        assertThat(viewModel.outcomes().get(weekly.id())).startsWith("Skipped; the next run is at ");
        assertThat(viewModel.allDecided()).isTrue();
        assertThat(workspace.campaigns().runs(daily.id())).hasSize(1);
        assertThat(workspace.campaigns().runs(weekly.id())).singleElement()
                .satisfies(run -> assertThat(run.job()).isNull());
        assertThat(workspace.campaignScheduler().missedRuns()).isEmpty();
    }

    private Campaign scheduled(String name, CampaignSchedule.Frequency frequency) {
        long template = workspace.templates().templateNamed(SampleCampaigns.TEMPLATE).orElseThrow().id();
        Instant start = Instant.now().plus(Duration.ofHours(1));
        CampaignDefinition definition = CampaignDefinition.simple(SampleCampaigns.segment(workspace).id(),
                DeliveryChannel.EMAIL, new TreatmentMessage.Template(template, null))
                .withSchedule(new CampaignSchedule(start, frequency, null, ZoneOffset.UTC, false));
        Campaign created = workspace.campaigns().create(name, null, definition);
        return workspace.campaigns().launch(created.id()).campaign();
    }
}
