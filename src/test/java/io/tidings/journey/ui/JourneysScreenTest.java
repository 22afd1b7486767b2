package io.tidings.journey.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.FxTesting;
import io.tidings.ScreenTestSetup;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.JourneyState;
import io.tidings.journey.MessageActivity;
import io.tidings.journey.ui.simulation.SimulatorViewModel;
import io.tidings.segment.SegmentDimensions.AttributeDimension;
import io.tidings.segment.SegmentDimensions.AttributeType;
import io.tidings.segment.SegmentDimensions.ComparisonOperator;
import io.tidings.segment.SegmentDimensions.MetricDimension;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.shell.UnsavedEdits;
import io.tidings.template.TemplatePreviewer;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.wiring.Wiring;
import io.tidings.work.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Journeys section on the sample workspace, clicked through as a marketer would. */
@ExtendWith(ApplicationExtension.class)
class JourneysScreenTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;
    private Stage stage;
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private JourneysViewModel journeys;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        // The whole sample: its segments, campaign and the draft journey "Welcome series".
        workspace = new Wiring(Wiring.Host.DESKTOP).createSample(folder.resolve("screen.tidings"), "Screen test", true,
                Progress.NONE);
        background = new FxBackgroundWork(3);
        ActivityPropertiesViewModel properties = new ActivityPropertiesViewModel(workspace.templates(),
                workspace.segments(), new TemplatePreviewer(workspace.templateRenderer()), background, ZoneId.of("UTC"));
        JourneyDesignerViewModel designer = new JourneyDesignerViewModel(workspace.journeys(),
                workspace.journeyRuns(), properties, background, dialogs, Clock.systemUTC(),
                Duration.ofMillis(50));
        designer.simulatorsProperty().set((journey, journeyKey, showCounts) -> new SimulatorViewModel(
                workspace.journeySimulator(), workspace.segments(), background, journey, journeyKey, showCounts));
        journeys = new JourneysViewModel(workspace.journeys(), designer, background, dialogs);
        ScreenTestSetup.show(stage, new JourneysView(journeys));
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.getScene().setRoot(new Region()));
        background.close();
        workspace.close();
    }

    @Test
    void aNewJourneyIsBuiltFromThePaletteEditedAndSaved(FxRobot robot) {
        waitUntil(() -> rows(robot) == 1);
        dialogs.answer("Spring promotion");
        robot.clickOn("#journeys-new");
        waitUntil(() -> String.valueOf(text(robot, "#journey-designer-title")).equals("Spring promotion \u00b7 Draft"));
        waitUntil(() -> robot.lookup("#palette-email").tryQuery().isPresent());

        robot.drag("#palette-email", MouseButton.PRIMARY).moveTo("#canvas").moveBy(-150, -60)
                .release(MouseButton.PRIMARY);
        waitUntil(() -> graphSize() == 1);
        robot.doubleClickOn("#palette-wait");
        waitUntil(() -> graphSize() == 2);
        assertThat(text(robot, "#journey-designer-title")).endsWith(" *");

        robot.clickOn("#activity-Email1");
        waitUntil(() -> "Send email \u00b7 Email1".equals(text(robot, "#journey-properties-title")));
        String welcome = "Welcome email";
        robot.clickOn("#journey-template");
        waitUntil(() -> cell(robot, welcome).isPresent());
        robot.clickOn(cell(robot, welcome).orElseThrow());
        waitUntil(() -> templateOf("Email1") != null);
        waitUntil(() -> onFx(() -> !(robot.lookup("#journey-template-preview").queryAs(javafx.scene.layout.Pane.class)
                .getChildren().get(0) instanceof javafx.scene.control.Label)));

        robot.clickOn("#activity-Wait1");
        waitUntil(() -> "Wait \u00b7 Wait1".equals(text(robot, "#journey-properties-title")));
        robot.clickOn("#journey-wait").write("3 dayz").type(KeyCode.ENTER);
        waitUntil(() -> String.valueOf(text(robot, "#journey-problem-wait")).contains("is not a length of time"));
        replace(robot, "#journey-wait", "2 days 12 hours");
        waitUntil(() -> String.valueOf(text(robot, "#journey-problem-wait")).isEmpty());
        assertThat(onFx(() -> journeys.designer().documentProperty().get().undoDescriptionProperty().get()))
                .isEqualTo("Undo Edit Wait1");

        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> String.valueOf(text(robot, "#journey-designer-title")).equals("Spring promotion \u00b7 Draft"));
        Journey saved = workspace.journeys().findByName("Spring promotion").orElseThrow();
        assertThat(saved.graph().activities()).containsKeys("Email1", "Wait1");
        assertThat(saved.graph().activity("Wait1").config().toString()).contains("PT60H");
    }

    @Test
    void theEntryQuietTimeAndARandomSplitAreEditedInWordsAndUndone(FxRobot robot) {
        openWelcomeSeries(robot);
        waitUntil(() -> "Journey settings".equals(text(robot, "#journey-properties-title")));
        waitUntil(() -> String.valueOf(text(robot, "#journey-entry-segment-count"))
                .matches("In the segment now: [0-9,]+ endpoints \\([0-9,]+ users\\)"));
        replace(robot, FxTesting.reveal(robot, "#journey-quiet-start"), "25:00");
        waitUntil(() -> String.valueOf(text(robot, "#journey-problem-quiet")).contains("\u201c25:00\u201d is not a time"));
        replace(robot, FxTesting.reveal(robot, "#journey-quiet-start"), "21:00");
        replace(robot, FxTesting.reveal(robot, "#journey-quiet-end"), "8:00");
        waitUntil(() -> String.valueOf(text(robot, "#journey-problem-quiet")).isEmpty());
        assertThat(onFx(() -> journeys.designer().documentProperty().get().graph().settings().quietTime().end()))
                .hasToString("08:00");

        robot.doubleClickOn("#palette-random-split");
        waitUntil(() -> graphSize() == 5);
        robot.clickOn("#activity-RandomSplit1");
        waitUntil(() -> "Random split \u00b7 RandomSplit1".equals(text(robot, "#journey-properties-title")));
        replace(robot, "#journey-path-1", "70");
        waitUntil(() -> "Together: 120 % (make it 100 %)".equals(text(robot, "#journey-paths-total")));
        replace(robot, "#journey-path-2", "30");
        waitUntil(() -> "Together: 100 %".equals(text(robot, "#journey-paths-total")));
        robot.clickOn("#journey-path-add");
        waitUntil(() -> robot.lookup("#journey-path-3").tryQuery().isPresent());

        robot.clickOn("#journey-undo");
        waitUntil(() -> robot.lookup("#journey-path-3").tryQuery().isEmpty());
        assertThat(text(robot, "#journey-paths-total")).isEqualTo("Together: 100 %");
    }

    @Test
    void leavingWithUnsavedEditsAsksAndCancelStays(FxRobot robot) {
        openWelcomeSeries(robot);
        robot.clickOn("#activity-wait3Days");
        waitUntil(() -> "Wait \u00b7 wait3Days".equals(text(robot, "#journey-properties-title")));
        replace(robot, "#journey-description", "Give them time");
        robot.type(KeyCode.ENTER);
        waitUntil(() -> String.valueOf(text(robot, "#journey-designer-title")).endsWith(" *"));

        dialogs.answer(UnsavedEdits.Answer.CANCEL);
        robot.clickOn("#journey-designer-close");
        waitUntil(() -> dialogs.confirmations().contains("Save the changes to the journey \"Welcome series\"?"));
        assertThat(robot.lookup("#journey-designer").tryQuery()).isPresent();

        dialogs.answer(UnsavedEdits.Answer.DISCARD);
        robot.clickOn("#journey-designer-close");
        waitUntil(() -> robot.lookup("#journey-list").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(workspace.journeys().findByName("Welcome series").orElseThrow().graph().activity("wait3Days")
                .description()).isNull();
    }

    @Test
    void publishIsRefusedWithTheReasonUntilTheErrorsAreFixedThenTheJourneyRunsPausesResumesAndStops(FxRobot robot) {
        openWelcomeSeries(robot);
        robot.doubleClickOn("#palette-sms");
        waitUntil(() -> graphSize() == 5);
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> String.valueOf(text(robot, "#journey-publish-why-not")).contains("error")
                && text(robot, "#journey-publish-why-not").contains("Sms1 has no template"));
        assertThat(onFx(() -> robot.lookup("#journey-publish").query().isDisabled())).isTrue();
        waitUntil(() -> onFx(() -> robot.lookup("#journey-problems-list").queryAs(javafx.scene.control.ListView.class)
                .getItems().size()) > 0);

        robot.clickOn("#activity-Sms1");
        robot.type(KeyCode.DELETE);
        waitUntil(() -> graphSize() == 4);
        robot.press(KeyCode.CONTROL).press(KeyCode.S).release(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> !onFx(() -> robot.lookup("#journey-publish").query().isDisabled()));

        robot.clickOn("#journey-publish");
        waitUntil(() -> String.valueOf(text(robot, "#journey-designer-title")).equals("Welcome series \u00b7 Running"));
        waitUntil(() -> String.valueOf(text(robot, "#journey-counts-caption")).startsWith("Live \u00b7 "));
        robot.clickOn("#journey-pause");
        waitUntil(() -> String.valueOf(text(robot, "#journey-designer-title")).equals("Welcome series \u00b7 Paused"));
        robot.clickOn("#journey-resume");
        waitUntil(() -> String.valueOf(text(robot, "#journey-designer-title")).equals("Welcome series \u00b7 Running"));

        robot.clickOn("#activity-welcomeEmail");
        waitUntil(() -> String.valueOf(text(robot, "#journey-participants-title"))
                .matches("Participants at welcomeEmail \\([0-9,]+\\)"));

        dialogs.answer(Boolean.TRUE);
        robot.clickOn("#journey-stop");
        waitUntil(() -> String.valueOf(text(robot, "#journey-designer-title")).equals("Welcome series \u00b7 Stopped"));
        assertThat(dialogs.confirmations()).anyMatch(question -> question.startsWith("Stop \"Welcome series\""));
    }

    @Test
    void aJourneyIsExportedAndImportedAsPinpointJsonAndABadFileIsRefusedInWords(FxRobot robot) throws Exception {
        waitUntil(() -> rows(robot) == 1);
        robot.clickOn(cellText(robot, "Welcome series").orElseThrow());
        Path exported = folder.resolve("welcome.json");
        dialogs.answer(exported);
        robot.clickOn("#journeys-export").clickOn("For Pinpoint (journey JSON)…");
        waitUntil(() -> Files.exists(exported));
        String json = Files.readString(exported);
        assertThat(json).contains("\"StartActivity\"").contains("Welcome email").doesNotContain("TidingsCanvas");

        Path withLayout = folder.resolve("welcome-with-layout.json");
        dialogs.answer(withLayout);
        robot.clickOn("#journeys-export").clickOn("With the canvas layout (Tidings only)…");
        waitUntil(() -> Files.exists(withLayout));
        assertThat(Files.readString(withLayout)).contains("\"TidingsCanvas\"");
        waitUntil(() -> String.valueOf(text(robot, "#journeys-status")).contains("with the canvas layout"));

        dialogs.answer(folder.resolve("screen.tidings"));
        robot.clickOn("#journeys-export").clickOn("For Pinpoint (journey JSON)…");
        waitUntil(() -> !dialogs.errors().isEmpty());
        assertThat(dialogs.errors().get(0).message()).doesNotContain("Exception");

        Path copy = folder.resolve("copy.json");
        Files.writeString(copy, json.replace("\"Welcome series\"", "\"Welcome series again\""));
        dialogs.answer(copy);
        robot.clickOn("#journeys-import");
        waitUntil(() -> rows(robot) == 2);
        assertThat(workspace.journeys().findByName("Welcome series again").orElseThrow().state())
                .isEqualTo(JourneyState.DRAFT);

        Path bad = folder.resolve("bad.json");
        Files.writeString(bad, json.replace("Welcome email", "Welcom email").replace("\"Welcome series\"",
                "\"Broken\""));
        dialogs.answer(bad);
        robot.clickOn("#journeys-import");
        waitUntil(() -> dialogs.errors().size() == 2);
        assertThat(dialogs.errors().get(1).message()).startsWith("bad.json: ").contains("Welcom email");
    }

    @Test
    void deletingTheLastJourneyShowsTheEmptyStateWhichStartsANewOne(FxRobot robot) {
        waitUntil(() -> rows(robot) == 1);
        robot.clickOn(cellText(robot, "Welcome series").orElseThrow());
        dialogs.answer(Boolean.TRUE);
        robot.clickOn("#journeys-delete");
        waitUntil(() -> robot.lookup("#journeys-empty").tryQuery().map(Node::isVisible).orElse(false));
        assertThat(workspace.journeys().list()).isEmpty();

        robot.clickOn("#journeys-empty-sample");
        waitUntil(() -> !dialogs.errors().isEmpty());
        assertThat(dialogs.errors().get(0).message()).startsWith("This workspace has no journey called");

        dialogs.answer("First steps");
        robot.clickOn("#journeys-empty-new");
        waitUntil(() -> String.valueOf(text(robot, "#journey-designer-title")).equals("First steps \u00b7 Draft"));
        assertThat(robot.lookup("#activity-entry").tryQuery()).isPresent();
        waitUntil(() -> "Journey settings".equals(text(robot, "#journey-properties-title")));
        waitUntil(() -> String.valueOf(text(robot, "#journey-publish-why-not")).contains("entry"));
    }

    @Test
    void theSimulatorOpensBelowTheCanvasDrawsWhereEveryoneWentAndTakesItAwayWhenClosed(FxRobot robot) {
        openWelcomeSeries(robot);

        robot.clickOn("#journey-simulate");
        waitUntil(() -> robot.lookup("#simulator-run").tryQuery().isPresent()
                && !onFx(() -> robot.lookup("#simulator-run").queryButton().isDisabled()));
        assertThat(robot.lookup("#journey-problems").tryQuery()).as("the simulator takes the problems' place")
                .isEmpty();
        robot.clickOn("#simulator-run");

        waitUntil(java.time.Duration.ofMinutes(2), () -> onFx(() -> journeys.designer().documentProperty().get()
                .countsProperty().get() != null));
        JourneyDocument document = onFx(() -> journeys.designer().documentProperty().get());
        assertThat(onFx(() -> document.countsProperty().get().activity("welcomeEmail").entered())).isPositive();
        assertThat(onFx(() -> document.countsCaptionProperty().get())).startsWith("Simulated");
        assertThat(workspace.journeys().findByName("Welcome series").orElseThrow().state())
                .as("a simulation publishes nothing").isEqualTo(JourneyState.DRAFT);

        robot.clickOn("#journey-simulate");
        waitUntil(() -> robot.lookup("#journey-simulator").tryQuery().isEmpty());
        assertThat(robot.lookup("#journey-problems").tryQuery()).as("the problems are back").isPresent();
        assertThat(onFx(() -> document.countsProperty().get())).isNull();
    }

    @Test
    void aRunningJourneyWhoseTemplateWasDeletedSaysWhatWentWrongInTheDesignerAndTheList(FxRobot robot) {
        waitUntil(() -> rows(robot) == 1);
        long welcome = workspace.journeys().findByName(JourneysViewModel.SAMPLE_JOURNEY).orElseThrow().id();
        workspace.journeyRuns().publish(welcome);
        long template = workspace.templates().templateNamed("Welcome email").orElseThrow().id();
        // Deleted behind the workspace's back, as another program could: Tidings refuses to delete it itself.
        workspace.workspace().database().write(connection -> {
            try (var delete = connection.prepareStatement("DELETE FROM template WHERE id = ?")) {
                delete.setLong(1, template);
                return delete.executeUpdate();
            }
        });
        workspace.journeyExecutor().runDue();

        robot.doubleClickOn(cellText(robot, "Welcome series").orElseThrow());
        waitUntil(() -> String.valueOf(text(robot, "#journey-designer-title")).equals("Welcome series \u00b7 Running"));
        waitUntil(() -> String.valueOf(text(robot, "#journey-designer-status")).startsWith("The executor's last pass "
                + "failed at "));
        assertThat(text(robot, "#journey-designer-status")).contains(": The template of activity welcomeEmail is no "
                + "longer in the workspace. Nobody in the journey moves on until a pass succeeds");

        robot.clickOn("#journey-designer-close");
        waitUntil(() -> cellText(robot, "Running \u00b7 last pass failed: The template of activity welcomeEmail is "
                + "no longer in the workspace.").isPresent());
    }

    @Test
    void anEventEntryGetsAttributeAndMetricFiltersEachSaidInWordsRemovedAndUndone(FxRobot robot) {
        openWelcomeSeries(robot);
        waitUntil(() -> "Journey settings".equals(text(robot, "#journey-properties-title")));
        robot.clickOn("#journey-entry-kind");
        waitUntil(() -> cell(robot, "Whoever sends an event").isPresent());
        robot.clickOn(cell(robot, "Whoever sends an event").orElseThrow());
        waitUntil(() -> robot.lookup("#journey-entry-event").tryQuery().isPresent());
        replace(robot, "#journey-entry-event", "purchase");
        waitUntil(() -> eventEntry() != null && eventEntry().dimensions().eventTypes().equals(List.of("purchase")));

        robot.clickOn(FxTesting.reveal(robot, "#journey-entry-add-attribute"));
        waitUntil(() -> robot.lookup("#journey-entry-attribute-1-name").tryQuery().isPresent());
        robot.write("plan").type(KeyCode.ENTER);
        waitUntil(() -> String.valueOf(text(robot, "#journey-problem-entry-filters")).contains("has no value"));
        replace(robot, FxTesting.reveal(robot, "#journey-entry-attribute-1-values"), "gold, platinum");
        waitUntil(() -> String.valueOf(text(robot, "#journey-problem-entry-filters")).isEmpty());
        assertThat(eventEntry().dimensions().attributes()).isEqualTo(Map.of("plan",
                new AttributeDimension(AttributeType.INCLUSIVE, List.of("gold", "platinum"))));
        assertThat(eventEntry().dimensions().eventTypes()).containsExactly("purchase");

        robot.clickOn(FxTesting.reveal(robot, "#journey-entry-add-metric"));
        waitUntil(() -> robot.lookup("#journey-entry-metric-1-name").tryQuery().isPresent());
        robot.write("price").type(KeyCode.TAB);
        robot.clickOn("#journey-entry-metric-1-comparison");
        waitUntil(() -> cell(robot, "is at least").isPresent());
        robot.clickOn(cell(robot, "is at least").orElseThrow());
        replace(robot, FxTesting.reveal(robot, "#journey-entry-metric-1-value"), "lots");
        waitUntil(() -> String.valueOf(text(robot, "#journey-problem-entry-filters"))
                .equals("Metric filter 1 (price): \"lots\" is not a number: type one such as 10 or 9.99."));
        assertThat(eventEntry().dimensions().metrics()).isEmpty();
        replace(robot, "#journey-entry-metric-1-value", "50");
        waitUntil(() -> eventEntry().dimensions().metrics().equals(Map.of("price",
                new MetricDimension(ComparisonOperator.GREATER_THAN_OR_EQUAL, 50))));
        assertThat(text(robot, "#journey-problem-entry-filters")).isEmpty();

        robot.clickOn(FxTesting.reveal(robot, "#journey-entry-attribute-1-remove"));
        waitUntil(() -> eventEntry().dimensions().attributes().isEmpty());
        assertThat(robot.lookup("#journey-entry-attribute-1").tryQuery()).isEmpty();
        assertThat(eventEntry().dimensions().metrics()).containsOnlyKeys("price");

        robot.clickOn("#journey-undo");
        waitUntil(() -> robot.lookup("#journey-entry-attribute-1-values").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#journey-entry-attribute-1-values")
                .queryAs(javafx.scene.control.TextField.class).getText())).isEqualTo("gold, platinum");
        assertThat(eventEntry().dimensions().attributes()).containsOnlyKeys("plan");
    }

    private JourneyEntry.OnEvent eventEntry() {
        return onFx(() -> journeys.designer().documentProperty().get().graph().entry()
                instanceof JourneyEntry.OnEvent onEvent ? onEvent : null);
    }

    @Test
    void aWebhooksAddressIsRefusedInWordsUnlessTidingsCanCallItAndItsEndpointTypesAndDataAreEdited(FxRobot robot) {
        openWelcomeSeries(robot);
        robot.doubleClickOn("#palette-custom");
        waitUntil(() -> graphSize() == 5);
        robot.clickOn("#activity-Custom1");
        waitUntil(() -> "Custom message (webhook) \u00b7 Custom1".equals(text(robot, "#journey-properties-title")));

        replace(robot, FxTesting.reveal(robot, "#journey-delivery-uri"),
                "arn:aws:lambda:us-east-1:123456789012:function:notify");
        waitUntil(() -> String.valueOf(text(robot, "#journey-problem-delivery-uri"))
                .contains("is a Lambda function: Tidings calls webhooks, not Lambda functions."));
        assertThat(custom("Custom1").deliveryUri()).as("refused, not kept").isNull();
        replace(robot, FxTesting.reveal(robot, "#journey-delivery-uri"), "https://hooks.example.com/tidings");
        waitUntil(() -> String.valueOf(text(robot, "#journey-problem-delivery-uri")).isEmpty());

        robot.clickOn(FxTesting.reveal(robot, "#journey-endpoint-type-email"));
        robot.clickOn(FxTesting.reveal(robot, "#journey-endpoint-type-push"));
        robot.clickOn(FxTesting.reveal(robot, "#journey-webhook-data")).write("{\"list\":\"vip\"}");
        robot.clickOn(FxTesting.reveal(robot, "#journey-delivery-uri"));
        waitUntil(() -> custom("Custom1").data() != null);

        MessageActivity.Custom custom = custom("Custom1");
        assertThat(custom.deliveryUri()).isEqualTo("https://hooks.example.com/tidings");
        assertThat(custom.endpointTypes()).containsExactly("EMAIL", "PUSH");
        assertThat(custom.data()).isEqualTo("{\"list\":\"vip\"}");
    }

    private MessageActivity.Custom custom(String key) {
        return onFx(() -> (MessageActivity.Custom) journeys.designer().documentProperty().get().graph().activity(key)
                .config());
    }

    private void openWelcomeSeries(FxRobot robot) {
        waitUntil(() -> rows(robot) == 1);
        robot.doubleClickOn(cellText(robot, "Welcome series").orElseThrow());
        waitUntil(() -> String.valueOf(text(robot, "#journey-designer-title")).equals("Welcome series \u00b7 Draft"));
        waitUntil(() -> robot.lookup("#activity-wait3Days").tryQuery().isPresent());
    }

    private int graphSize() {
        return onFx(() -> journeys.designer().documentProperty().get() == null ? -1
                : journeys.designer().documentProperty().get().graph().activities().size());
    }

    private Long templateOf(String key) {
        return onFx(() -> {
            var config = journeys.designer().documentProperty().get().graph().activity(key).config();
            MessageActivity message = (MessageActivity) config;
            return message.template() == null ? null : message.template().templateId();
        });
    }

    private static int rows(FxRobot robot) {
        return onFx(() -> robot.lookup("#journeys-table").queryAs(TableView.class).getItems().size());
    }

    private static void replace(FxRobot robot, String query, String text) {
        robot.clickOn(query);
        robot.press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        robot.write(text);
        robot.type(KeyCode.ENTER);
    }

    private static Optional<Labeled> cell(FxRobot robot, String text) {
        return onFx(() -> robot.lookup(".combo-box-popup .list-cell").<Labeled>queryAll().stream()
                .filter(cell -> cell.isVisible() && text.equals(cell.getText())).findFirst());
    }

    private static Optional<Labeled> cellText(FxRobot robot, String text) {
        return onFx(() -> robot.lookup("#journeys-table .table-cell").<Labeled>queryAll().stream()
                .filter(cell -> text.equals(cell.getText())).findFirst());
    }
}
