package io.tidings.template.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.RecordingDialogs;
import io.tidings.template.TemplatePreviewer;
import io.tidings.template.TemplateProblem;
import java.nio.file.Path;
import java.time.Duration;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Templates screen on the sample workspace, typed into as a marketer would. */
@ExtendWith(ApplicationExtension.class)
class TemplatesScreenTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;

    @Start
    void start(Stage stage) {
        workspace = ScreenTestSetup.sampleWorkspace(folder);
        background = new FxBackgroundWork(2);
        TemplateEditorViewModel editor = new TemplateEditorViewModel(workspace.templates(),
                new TemplatePreviewer(workspace.templateRenderer()), workspace.previewEndpoints(), background,
                Duration.ofMillis(50));
        ScreenTestSetup.show(stage, new TemplatesView(new TemplatesViewModel(workspace.templates(), editor, background,
                new RecordingDialogs())));
    }

    @AfterEach
    void close() {
        background.close();
        workspace.workspace().close();
    }

    @Test
    void typingIntoTheSmsBodyUpdatesThePreview(FxRobot robot) {
        openTemplate(robot, "Order shipped");
        waitUntil(() -> bubble(robot).startsWith("Hi there, your Northwind order"));

        replaceText(robot, "#field-Body", "Hello {{upper User.UserAttributes.FirstName}} [ok]");

        waitUntil(() -> bubble(robot).equals("Hello THERE [ok]"));
        assertThat(text(robot, "#sms-preview-counts")).isEqualTo("16 characters · 18 septets · 1 part");
        assertThat(text(robot, "#template-title")).isEqualTo("Order shipped");
        assertThat(onFx(() -> robot.lookup("#template-unsaved").query().isVisible())).as("the unsaved marker").isTrue();
    }

    @Test
    void aSyntaxErrorShowsInlineWithItsLineAndColumn(FxRobot robot) {
        openTemplate(robot, "Order shipped");
        waitUntil(() -> !bubble(robot).isEmpty());

        replaceText(robot, "#field-Body", "Hi\n{{#if User.UserAttributes.FirstName}} open");

        waitUntil(() -> !problems(robot).getItems().isEmpty());
        assertThat(problems(robot).getItems()).extracting(TemplateProblem::describe).singleElement().asString()
                .startsWith("Body, line 2, column ");

        replaceText(robot, "#field-Body", "Fixed");
        waitUntil(() -> problems(robot).getItems().isEmpty() && bubble(robot).equals("Fixed"));
    }

    @Test
    void aTestSendSaysItWentToTheSandbox(FxRobot robot) {
        openTemplate(robot, "Weekend sale");
        waitUntil(() -> text(robot, "#push-preview-ios-body").equals("Hey, the sale ends Sunday at midnight."));

        robot.clickOn("#template-test-address").write("device-token-1");
        robot.clickOn("#template-send-test");

        waitUntil(() -> text(robot, "#template-status").startsWith("Sent to the sandbox outbox for device-token-1."));
        assertThat(workspace.templates().sandboxMessages(1)).singleElement()
                .satisfies(message -> assertThat(message.subject()).isEqualTo("Weekend sale: 25% off trail gear"));
    }

    private void openTemplate(FxRobot robot, String name) {
        waitUntil(() -> robot.lookup(".list-cell").queryAll().stream().anyMatch(cell ->
                robot.from(cell).lookup((Label label) -> name.equals(label.getText())).tryQuery().isPresent()));
        robot.clickOn(robot.lookup((Label label) -> name.equals(label.getText())).<Label>query());
    }

    private static void replaceText(FxRobot robot, String query, String text) {
        TextArea area = robot.lookup(query).queryAs(TextArea.class);
        robot.clickOn(area);
        robot.interact(() -> area.selectAll());
        robot.write(text);
    }

    private static String bubble(FxRobot robot) {
        return robot.lookup("#sms-preview-bubble").tryQuery()
                .map(node -> ((TextFlow) node).getAccessibleText()).orElse("");
    }

    @SuppressWarnings("unchecked")
    private static ListView<TemplateProblem> problems(FxRobot robot) {
        return robot.lookup("#template-problems").queryAs(ListView.class);
    }


}
