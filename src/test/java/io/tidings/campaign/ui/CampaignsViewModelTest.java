package io.tidings.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.campaign.CampaignDefinition;
import io.tidings.campaign.TreatmentMessage;
import io.tidings.channel.DeliveryChannel;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.shell.UnsavedEdits;
import io.tidings.template.TemplatePreviewer;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Campaigns section's list and pages over the sample workspace, the dialogs answered by the test. */
class CampaignsViewModelTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private CampaignsViewModel campaigns;

    @BeforeEach
    void open() {
        workspace = SampleCampaigns.workspace(folder);
        ImmediateBackgroundWork background = new ImmediateBackgroundWork();
        CampaignEditorViewModel editor = new CampaignEditorViewModel(workspace.campaigns(), workspace.segments(),
                workspace.templates(), new TemplatePreviewer(workspace.templateRenderer()), background, Map::of);
        RunMonitorViewModel monitor = new RunMonitorViewModel(workspace.campaigns(), workspace.sendJobs(), background,
                dialogs, Clock.systemUTC());
        campaigns = new CampaignsViewModel(workspace.campaigns(), editor, monitor, background, dialogs);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void leavingTheEditorWithUnsavedChangesAsksAndCancelStays() {
        campaigns.create();
        assertThat(campaigns.pageProperty().get()).isEqualTo(CampaignsViewModel.Page.EDITOR);

        dialogs.answer(UnsavedEdits.Answer.CANCEL);
        campaigns.showList();

        assertThat(dialogs.confirmations()).singleElement().asString()
                .startsWith("Save the changes to the campaign \"New campaign, ");
        assertThat(campaigns.pageProperty().get()).isEqualTo(CampaignsViewModel.Page.EDITOR);

        dialogs.answer(UnsavedEdits.Answer.SAVE);
        campaigns.showList();

        assertThat(campaigns.pageProperty().get()).isEqualTo(CampaignsViewModel.Page.LIST);
        assertThat(campaigns.campaigns()).extracting(CampaignRow::name).singleElement().asString()
                .startsWith("New campaign, ");
    }

    @Test
    void discardingLeavesNothingBehind() {
        campaigns.create();
        dialogs.answer(UnsavedEdits.Answer.DISCARD);

        campaigns.showList();

        assertThat(campaigns.pageProperty().get()).isEqualTo(CampaignsViewModel.Page.LIST);
        assertThat(campaigns.campaigns()).isEmpty();
    }

    @Test
    void theListShowsTheSegmentAndCountsTheAudience() {
        long segment = SampleCampaigns.segment(workspace).id();
        workspace.campaigns().create("Spring", null, CampaignDefinition.simple(segment, DeliveryChannel.EMAIL,
                new TreatmentMessage.Template(templateId(), null)));

        campaigns.refresh();

        CampaignRow row = campaigns.campaigns().get(0);
        assertThat(row.summary().segmentName()).isEqualTo(SampleCampaigns.SEGMENT);
        assertThat(row.audienceSize()).isEqualTo(workspace.segments().count(SampleCampaigns.segment(workspace)).endpoints());
    }

    @Test
    void deleteAsksFirstAndExportThenImportMakesACopy() throws Exception {
        long segment = SampleCampaigns.segment(workspace).id();
        workspace.campaigns().create("Spring", null, CampaignDefinition.simple(segment, DeliveryChannel.EMAIL,
                new TreatmentMessage.Template(templateId(), null)));
        campaigns.refresh();
        campaigns.select(campaigns.campaigns().get(0));

        Path file = folder.resolve("spring.json");
        dialogs.answer(file);
        campaigns.exportCampaign();
        assertThat(Files.readString(file)).contains("\"Name\"").contains("\"Spring\"");

        dialogs.answer(false);
        campaigns.delete();
        assertThat(campaigns.campaigns()).hasSize(1);

        dialogs.answer(true);
        campaigns.delete();
        assertThat(campaigns.campaigns()).isEmpty();

        dialogs.answer(file);
        campaigns.importCampaign();
        assertThat(campaigns.campaigns()).extracting(CampaignRow::name).containsExactly("Spring");
        assertThat(campaigns.statusProperty().get()).isEqualTo("Imported \"Spring\" as a draft.");
    }

    @Test
    void aFileThatIsNotACampaignIsRefusedInWords() throws Exception {
        Path file = folder.resolve("notes.json");
        Files.writeString(file, "{\"Name\": \"Broken\", \"SegmentId\": \"No such segment\"}");
        dialogs.answer(file);

        campaigns.importCampaign();

        assertThat(dialogs.errors()).singleElement().satisfies(error -> {
            assertThat(error.title()).isEqualTo("Importing notes.json failed");
            assertThat(error.message()).startsWith("notes.json: ").doesNotContain("Exception");
        });
    }

    private long templateId() {
        return workspace.templates().templateNamed(SampleCampaigns.TEMPLATE).orElseThrow().id();
    }
}
