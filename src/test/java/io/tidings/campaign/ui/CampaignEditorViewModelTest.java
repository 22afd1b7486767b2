package io.tidings.campaign.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.campaign.Campaign;
import io.tidings.campaign.CampaignState;
import io.tidings.channel.DeliveryChannel;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentJson;
import io.tidings.segment.SegmentVersion;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.template.TemplatePreviewer;
import io.tidings.template.TemplateSummary;
import io.tidings.wiring.OpenedWorkspace;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The campaign editor's view model over the sample workspace, its background work run at once. */
class CampaignEditorViewModelTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private CampaignEditorViewModel editor;
    private TemplateSummary welcome;
    private Segment segment;

    @BeforeEach
    void open() {
        workspace = SampleCampaigns.workspace(folder);
        editor = new CampaignEditorViewModel(workspace.campaigns(), workspace.segments(), workspace.templates(),
                new TemplatePreviewer(workspace.templateRenderer()), new ImmediateBackgroundWork(), Map::of);
        welcome = workspace.templates().templateNamed("Welcome email").orElseThrow().summary();
        segment = SampleCampaigns.segment(workspace);
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void sendNowFromATemplateFillsTheTemplateAndItsChannelAndSendsImmediately() {
        editor.startNew(new CampaignEditorViewModel.Start(welcome.id(), null));

        assertThat(editor.draft().channelProperty().get()).isEqualTo(DeliveryChannel.EMAIL);
        assertThat(editor.draft().treatments().get(0).templateIdProperty().get()).isEqualTo(welcome.id());
        assertThat(editor.draft().scheduleProperty().get()).isEqualTo(ScheduleChoice.IMMEDIATELY);
        assertThat(editor.draft().nameProperty().get()).startsWith("Welcome email, ");
        assertThat(editor.previewProperty().get()).isNotNull();
        assertThat(editor.dirtyProperty().get()).isTrue();
        assertThat(editor.launchCommand().whyNot()).startsWith("Go to the review step");
    }

    @Test
    void choosingASegmentCountsIt() {
        editor.startNew(CampaignEditorViewModel.Start.BLANK);

        editor.draft().segmentIdProperty().set(segment.id());

        long endpoints = workspace.segments().count(segment).endpoints();
        assertThat(editor.audienceSizeProperty().get()).startsWith(String.format("%,d endpoint", endpoints));
    }

    @Test
    void anEarlierSegmentVersionIsChosenCountedAndSaved() {
        // Version 2 narrows North America to Canada; the campaign keeps version 1, both countries.
        workspace.segments().save(segment.id(), SegmentJson.read("""
                {"Include": "ALL", "Groups": [{"Type": "ALL", "Dimensions": [
                  {"Location": {"Country": {"DimensionType": "INCLUSIVE", "Values": ["CA"]}}}]}]}"""));
        long both = workspace.segments().count(workspace.segments().membersOf(segment, 1)).endpoints();
        long canada = workspace.segments().count(workspace.segments().find(segment.id()).orElseThrow()).endpoints();
        editor.startNew(new CampaignEditorViewModel.Start(welcome.id(), segment.id()));

        assertThat(editor.segmentVersions()).extracting(SegmentVersion::version).containsExactly(2, 1);
        assertThat(editor.audienceSizeProperty().get()).startsWith(String.format("%,d endpoint", canada));
        editor.draft().segmentVersionProperty().set(1);
        assertThat(editor.audienceSizeProperty().get()).startsWith(String.format("%,d endpoint", both));
        editor.save();

        Campaign saved = editor.campaignProperty().get();
        assertThat(saved.definition().segmentVersion()).isEqualTo(1);
        assertThat(both).isGreaterThan(canada);
    }

    @Test
    void savingClearsTheDirtyMarkerAndAChangeSetsItAgain() {
        editor.startNew(new CampaignEditorViewModel.Start(welcome.id(), segment.id()));
        List<Boolean> saves = new ArrayList<>();
        editor.setOnSaved(() -> saves.add(true));

        editor.save();

        assertThat(saves).hasSize(1);
        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.campaignProperty().get().state()).isEqualTo(CampaignState.DRAFT);
        assertThat(editor.saveCommand().whyNot()).isEqualTo("Nothing to save: no changes yet.");

        editor.draft().holdoutPercentProperty().set("10");
        assertThat(editor.dirtyProperty().get()).isTrue();
        editor.discard();
        assertThat(editor.draft().holdoutPercentProperty().get()).isEqualTo("0");
        assertThat(editor.dirtyProperty().get()).isFalse();
    }

    @Test
    void percentagesThatDoNotAddUpBlockSavingAndLaunchingWithTheReason() {
        editor.startNew(new CampaignEditorViewModel.Start(welcome.id(), segment.id()));
        editor.draft().addTreatment();
        editor.draft().treatments().get(1).sizePercentProperty().set("80");
        editor.draft().holdoutPercentProperty().set("20");

        assertThat(editor.problems()).extracting(FieldProblem::field).containsExactly(CampaignDraft.SHARES);
        assertThat(editor.saveCommand().whyNot()).startsWith("The percentages do not add up");
        assertThat(editor.launchCommand().whyNot()).startsWith("The percentages do not add up");
    }

    @Test
    void aTemplateOfAnotherChannelIsNamedBesideItsTreatment() {
        editor.startNew(new CampaignEditorViewModel.Start(welcome.id(), segment.id()));

        editor.draft().channelProperty().set(DeliveryChannel.SMS);

        assertThat(editor.problems()).extracting(FieldProblem::field, FieldProblem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple(CampaignDraft.template(0), "Default treatment: \"Welcome email\" "
                        + "is written for email, but the campaign sends SMS."));
        assertThat(editor.templateChoices()).allMatch(template -> template.type().name().equals("SMS"));
    }

    @Test
    void theReviewSavesWorksOutThePreflightAndThenLaunches() {
        editor.startNew(new CampaignEditorViewModel.Start(welcome.id(), segment.id()));
        editor.draft().addTreatment();
        editor.draft().treatments().get(1).sizePercentProperty().set("40");
        editor.draft().treatments().get(1).templateIdProperty().set(welcome.id());
        editor.draft().holdoutPercentProperty().set("10");
        List<Campaign> launched = new ArrayList<>();
        editor.setOnLaunched(launched::add);

        editor.goTo(EditorStep.REVIEW);

        assertThat(editor.dirtyProperty().get()).isFalse();
        assertThat(editor.preflightLines()).extracting(PreflightLine::treatment)
                .contains("Default treatment", "Treatment 2", "Holdout");
        assertThat(editor.preflightLines()).filteredOn(line -> line.treatment().equals("Holdout"))
                .anyMatch(line -> line.why().equals("Holdout") && !line.samples().isEmpty());
        assertThat(editor.preflightSummaryProperty().get()).matches("[0-9,]+ endpoints in the segment: .*");
        assertThat(editor.launchCommand().whyNot()).isEmpty();

        editor.launch();

        assertThat(launched).singleElement().extracting(Campaign::state).isEqualTo(CampaignState.EXECUTING);
    }
}
