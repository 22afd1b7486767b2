package io.tidings.journey.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.journey.Journey;
import io.tidings.journey.JourneyRuns;
import io.tidings.shell.ImmediateBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.template.TemplatePreviewer;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The designer's view model without a window: saving over the version read, and why Publish is unavailable. */
class JourneyDesignerViewModelTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private JourneyDesignerViewModel designer;
    private Journey welcome;

    @BeforeEach
    void open() {
        workspace = new Wiring(Wiring.Host.DESKTOP).createSample(folder.resolve("test.tidings"), "Test", true,
                Progress.NONE);
        ImmediateBackgroundWork background = new ImmediateBackgroundWork();
        ActivityPropertiesViewModel properties = new ActivityPropertiesViewModel(workspace.templates(),
                workspace.segments(), new TemplatePreviewer(workspace.templateRenderer()), background, ZoneId.of("UTC"));
        designer = new JourneyDesignerViewModel(workspace.journeys(), workspace.journeyRuns(), properties, background,
                new RecordingDialogs(), Clock.systemUTC(), Duration.ZERO);
        welcome = workspace.journeys().findByName(JourneysViewModel.SAMPLE_JOURNEY).orElseThrow();
        designer.open(welcome.id());
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void aDraftWithoutErrorsCanBePublishedOnceSaved() {
        assertThat(designer.publishCommand().whyNot()).isEmpty();
        select("wait3Days");
        designer.properties().describe("Give them time to open it");

        assertThat(designer.hasUnsavedEdits()).isTrue();
        assertThat(designer.publishCommand().whyNot()).startsWith("Save the journey first");
        designer.saveCommand().run();
        assertThat(designer.hasUnsavedEdits()).isFalse();
        assertThat(workspace.journeys().find(welcome.id()).orElseThrow().graph().activity("wait3Days").description())
                .isEqualTo("Give them time to open it");
    }

    @Test
    void aLiveJourneySaysWhatTheExecutorDidToCatchUpWhileTidingsWasClosed() {
        String notice = "Caught up at 09:00: 12 participants whose next step fell due while Tidings was closed moved "
                + "on in order; 3 messages were sent.";
        JourneyRuns real = workspace.journeyRuns();
        JourneyRuns caughtUp = (JourneyRuns) Proxy.newProxyInstance(JourneyRuns.class.getClassLoader(),
                new Class<?>[] {JourneyRuns.class}, (proxy, method, arguments) -> method.getName()
                        .equals("catchUpNotice") ? Optional.of(notice) : method.invoke(real, arguments));
        real.publish(welcome.id());
        ImmediateBackgroundWork background = new ImmediateBackgroundWork();
        JourneyDesignerViewModel live = new JourneyDesignerViewModel(workspace.journeys(), caughtUp,
                new ActivityPropertiesViewModel(workspace.templates(), workspace.segments(),
                        new TemplatePreviewer(workspace.templateRenderer()), background, ZoneId.of("UTC")),
                background, new RecordingDialogs(), Clock.systemUTC(), Duration.ZERO);

        live.open(welcome.id());

        assertThat(live.statusProperty().get()).isEqualTo(notice);
        assertThat(live.documentProperty().get().countsCaptionProperty().get()).startsWith("Live");
    }

    @Test
    void aRunningJourneyWhosePassesFailSaysWhatWentWrongInItsStatusLine() {
        workspace.journeyRuns().publish(welcome.id());
        long template = workspace.templates().templateNamed("Welcome email").orElseThrow().id();
        workspace.workspace().database().write(connection -> {
            try (var delete = connection.prepareStatement("DELETE FROM template WHERE id = ?")) {
                delete.setLong(1, template);
                return delete.executeUpdate();
            }
        });
        workspace.journeyExecutor().runDue();

        designer.open(welcome.id());

        assertThat(designer.statusProperty().get()).startsWith("The executor's last pass failed at ")
                .contains(": The template of activity welcomeEmail is no longer in the workspace. Nobody in the "
                        + "journey moves on until a pass succeeds");
        JourneysViewModel list = new JourneysViewModel(workspace.journeys(), designer, new ImmediateBackgroundWork(),
                new RecordingDialogs());
        list.refresh();
        assertThat(list.journeys()).singleElement().extracting(JourneyRow::stateWords).isEqualTo("Running \u00b7 last "
                + "pass failed: The template of activity welcomeEmail is no longer in the workspace.");
    }

    @Test
    void aSaveElsewhereMeanwhileIsSaidInWordsAndTheEditsStay() {
        workspace.journeys().save(welcome.id(), welcome.version(), welcome.graph().withLayout(
                welcome.graph().layout().withEntry(new io.tidings.journey.Position(8, 8))));
        select("wait3Days");
        designer.properties().describe("Mine");

        designer.saveCommand().run();

        assertThat(designer.errorProperty().get()).startsWith("Not saved: The journey \"Welcome series\" was saved "
                + "elsewhere since it was opened");
        assertThat(designer.hasUnsavedEdits()).isTrue();
    }

    @Test
    void aTextThatCannotBeTakenIsSaidByItsFieldAndChangesNothing() {
        select("wait3Days");
        designer.properties().updateConfig("wait", config -> new io.tidings.journey.WaitActivity(
                designer.properties().timeWords().wait("three days").orElse(null)));

        assertThat(designer.properties().problems().get("wait")).contains("is not a length of time");
        assertThat(designer.hasUnsavedEdits()).isFalse();
    }

    private void select(String key) {
        JourneyDocument document = designer.documentProperty().get();
        document.selection().clear();
        document.selection().add(key);
    }
}
