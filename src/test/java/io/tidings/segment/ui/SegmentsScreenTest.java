package io.tidings.segment.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.segment.Segment;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentDimensions;
import io.tidings.segment.SegmentDimensions.DimensionType;
import io.tidings.segment.SegmentDimensions.SetDimension;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.FxDialogService;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Building a segment by clicking and typing, and watching the count follow. */
@ExtendWith(ApplicationExtension.class)
class SegmentsScreenTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;

    @Start
    void start(Stage stage) {
        workspace = ScreenTestSetup.sampleWorkspace(folder);
        background = new FxBackgroundWork(2);
        SegmentsViewModel viewModel = new SegmentsViewModel(workspace.segments(), workspace.segmentFields(),
                workspace.audienceExport(), background, new FxDialogService(stage));
        ScreenTestSetup.show(stage, new SegmentsView(viewModel));
    }

    @AfterEach
    void close() {
        background.close();
        workspace.workspace().close();
    }

    private long expected(SegmentDimensions... criteria) {
        return workspace.segments().count(new SegmentDefinition(List.of(new io.tidings.segment.SegmentGroup(List.of(criteria),
                List.of(), null, null)), null)).endpoints();
    }

    private static SegmentDimensions country(String... values) {
        return new SegmentDimensions(null, null, null, null,
                new SegmentDimensions.Location(new SetDimension(DimensionType.INCLUSIVE, List.of(values)), null), null);
    }

    private static SegmentDimensions platform(String value) {
        return new SegmentDimensions(null, null, null,
                new SegmentDimensions.Demographic(null, null, null, null, null, new SetDimension(DimensionType.INCLUSIVE, List.of(value))),
                null, null);
    }

    @Test
    void buildsASegmentByClickingAndTheCountFollows(FxRobot robot) {
        waitUntil(() -> robot.lookup("#group-1-criterion-1-values").tryQuery().isPresent());

        robot.clickOn("#group-1-criterion-1-values").write("US, CA");
        long northAmerica = expected(country("US", "CA"));
        waitUntil(() -> "%,d".formatted(northAmerica).equals(text(robot, "#segment-count")));

        robot.clickOn("#group-1-add-criterion");
        waitUntil(() -> robot.lookup("#group-1-criterion-2-field-list .list-cell").tryQuery().isPresent());
        robot.write("platf");
        waitUntil(() -> onFx(() -> robot.lookup("#group-1-criterion-2-field-list").queryAs(ListView.class).getItems().size()) == 1);
        robot.clickOn(cell(robot, "#group-1-criterion-2-field-list", "Platform"));
        waitUntil(() -> "Platform".equals(text(robot, "#group-1-criterion-2-field")));
        robot.clickOn("#group-1-criterion-2-values").write("iOS");
        long iPhones = expected(country("US", "CA"), platform("iOS"));
        waitUntil(() -> "%,d".formatted(iPhones).equals(text(robot, "#segment-count")));
        assertThat(iPhones).isPositive().isLessThan(northAmerica);

        robot.clickOn("#segment-name").write("North American iPhones").clickOn("#segment-save");
        waitUntil(() -> "Saved as version 1.".equals(text(robot, "#segment-message")));
        Segment saved = workspace.segments().findByName("North American iPhones").orElseThrow();
        assertThat(workspace.segments().count(saved).endpoints()).isEqualTo(iPhones);
        waitUntil(() -> robot.lookup("#segment-list").lookup("North American iPhones").tryQuery().isPresent());
    }

    @Test
    void theFieldPickerNamesFieldsInWordsGroupedByKindAndNarrowsAsTheMarketerTypes(FxRobot robot) {
        waitUntil(() -> robot.lookup("#group-1-criterion-1-field").tryQuery().isPresent());
        String list = "#group-1-criterion-1-field-list";

        robot.clickOn("#group-1-criterion-1-field");
        waitUntil(() -> robot.lookup(list + " .list-cell").tryQuery().isPresent());
        assertThat(lines(robot, list, "First name · user attribute")).as("the group's heading, the field, its Pinpoint path")
                .containsExactly("User attributes", "First name · user attribute", "User.UserAttributes.FirstName");
        assertThat(lines(robot, list, "Last name · user attribute")).as("one heading per group")
                .containsExactly("Last name · user attribute", "User.UserAttributes.LastName");
        int everyField = onFx(() -> robot.lookup(list).queryAs(ListView.class).getItems().size());

        robot.write("name");
        waitUntil(() -> onFx(() -> robot.lookup(list).queryAs(ListView.class).getItems().size()) < everyField);
        List<String> narrowed = onFx(() -> ((ListView<?>) robot.lookup(list).queryAs(ListView.class)).getItems().stream()
                .map(field -> FieldNames.words((io.tidings.segment.SegmentField) field)).toList());
        assertThat(narrowed).as("only fields with \"name\" in their words or path")
                .contains("First name · user attribute", "Last name · user attribute").doesNotContain("Country", "Platform");
        assertThat(lines(robot, list, "First name · user attribute")).as("the heading stays over the narrowed group")
                .containsExactly("User attributes", "First name · user attribute", "User.UserAttributes.FirstName");
        String before = text(robot, "#group-1-criterion-1-field");
        robot.write("zz").type(KeyCode.ENTER);
        waitUntil(() -> onFx(() -> robot.lookup(list).queryAs(ListView.class).getItems().isEmpty()));
        assertThat(text(robot, "#group-1-criterion-1-field")).as("Enter on an empty list chooses nothing").isEqualTo(before);
        ListView<?> shown = robot.lookup(list).queryAs(ListView.class);

        robot.type(KeyCode.BACK_SPACE, 6).write("last n").type(KeyCode.ENTER);

        waitUntil(() -> "Last name · user attribute".equals(text(robot, "#group-1-criterion-1-field")));
        waitUntil(() -> !onFx(() -> shown.getScene().getWindow().isShowing()));
    }

    @Test
    void aNewCriterionOpensTheFieldPickerAtOnce(FxRobot robot) {
        waitUntil(() -> robot.lookup("#group-1-add-criterion").tryQuery().isPresent());

        robot.clickOn("#group-1-add-criterion");

        waitUntil(() -> onFx(() -> robot.lookup("#group-1-criterion-2-field-search").tryQuery()
                .map(Node::isFocused).orElse(false)));
        robot.write("purch").type(KeyCode.ENTER);
        waitUntil(() -> "Purchases · metric".equals(text(robot, "#group-1-criterion-2-field")));
    }

    /** The picker's cell that names a field in {@code words}. */
    private static ListCell<?> cell(FxRobot robot, String list, String words) {
        // the visible one: the list keeps a hidden cell of its own for measuring
        return robot.lookup(list + " .list-cell").match((ListCell<?> candidate) -> candidate.isVisible()
                && candidate.getGraphic() instanceof javafx.scene.layout.VBox box
                        && box.getChildren().stream().anyMatch(line -> ((javafx.scene.control.Label) line).getText()
                                .equals(words))).query();
    }

    /** The visible lines of the picker's cell for a field: its group's heading when it opens a group, then its words and path. */
    private static List<String> lines(FxRobot robot, String list, String words) {
        return onFx(() -> {
            return ((javafx.scene.layout.VBox) cell(robot, list, words).getGraphic()).getChildren().stream().filter(Node::isVisible)
                    .map(line -> ((javafx.scene.control.Label) line).getText()).toList();
        });
    }

    @Test
    void valuesInTheDataAreSuggestedWithTheirCountsWhileTypingAndAnUnknownOneIsFlagged(FxRobot robot) {
        waitUntil(() -> robot.lookup("#group-1-criterion-1-values").tryQuery().isPresent());

        robot.clickOn("#group-1-criterion-1-values").write("U");
        long unitedStates = expected(country("US"));
        String chipText = "US  ·  %,d".formatted(unitedStates);
        waitUntil(() -> robot.lookup("#group-1-criterion-1-suggestions .button")
                .match((Button chip) -> chipText.equals(chip.getText()) && chip.isVisible()).tryQuery().isPresent());

        robot.clickOn(robot.lookup("#group-1-criterion-1-suggestions .button")
                .match((Button chip) -> chipText.equals(chip.getText())).<Node>query());
        waitUntil(() -> "US".equals(io.tidings.FxTesting.onFx(() ->
                robot.lookup("#group-1-criterion-1-values").queryAs(javafx.scene.control.TextField.class).getText())));
        // A chosen value leaves the list; the others stay to pick.
        waitUntil(() -> io.tidings.FxTesting.onFx(() -> {
            var chips = robot.lookup("#group-1-criterion-1-suggestions .button").queryAllAs(Button.class);
            return !chips.isEmpty() && chips.stream().noneMatch(chip -> chip.getText().startsWith("US "));
        }));

        robot.write(", United States");
        waitUntil(() -> "No endpoint has \"United States\"; did you mean US?".equals(text(robot, "#group-1-criterion-1-unknown"))
                && io.tidings.FxTesting.onFx(() -> robot.lookup("#group-1-criterion-1-unknown").query().isVisible()));
    }

    @Test
    void anUnfinishedCriterionSaysWhatIsMissingAndTheCountCoversTheFinishedOnes(FxRobot robot) {
        waitUntil(() -> robot.lookup("#group-1-criterion-1-values").tryQuery().isPresent());

        waitUntil(() -> text(robot, "#segment-problem") != null && text(robot, "#segment-problem").equals(
                "Counting the finished criteria only. Still to finish: group 1, criterion 1: give at least one value"));
        long everyone = workspace.audience().summary().endpoints();
        waitUntil(() -> "%,d".formatted(everyone).equals(text(robot, "#segment-count")));

        robot.clickOn("#group-1-criterion-1-values").write("US");
        robot.clickOn("#group-1-add-criterion");
        long unitedStates = expected(country("US"));
        waitUntil(() -> "%,d".formatted(unitedStates).equals(text(robot, "#segment-count")));
        assertThat(text(robot, "#segment-problem")).isEqualTo(
                "Counting the finished criteria only. Still to finish: group 1, criterion 2: give at least one value");

        robot.clickOn("#segment-name").write("Nothing yet").clickOn("#segment-save");

        waitUntil(() -> text(robot, "#segment-problem").startsWith("To save, finish:"));
        assertThat(workspace.segments().list()).isEmpty();
    }



}
