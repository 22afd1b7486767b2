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
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.fxmisc.richtext.CodeArea;
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

        waitUntil(() -> text(robot, "#template-test-result").startsWith("Sent to the sandbox outbox for device-token-1."));
        assertThat(workspace.templates().sandboxMessages(1)).singleElement()
                .satisfies(message -> assertThat(message.subject()).isEqualTo("Weekend sale: 25% off trail gear"));
    }

    @Test
    void aPushTestToAnEmailAddressIsRefusedBesideTheButtonSayingWhy(FxRobot robot) {
        openTemplate(robot, "Weekend sale");
        waitUntil(() -> text(robot, "#push-preview-ios-body").equals("Hey, the sale ends Sunday at midnight."));

        robot.clickOn("#template-test-address").write("ada@example.com");
        robot.clickOn("#template-send-test");

        waitUntil(() -> !text(robot, "#template-test-result").isEmpty());
        assertThat(text(robot, "#template-test-result"))
                .isEqualTo("Not sent: A push template's test goes to a device token, not an email address.");
        assertThat(workspace.templates().sandboxMessages(1)).isEmpty();
        double buttonRight = onFx(() -> robot.lookup("#template-send-test").query()
                .localToScene(robot.lookup("#template-send-test").query().getLayoutBounds()).getMaxX());
        double resultLeft = onFx(() -> robot.lookup("#template-test-result").query()
                .localToScene(robot.lookup("#template-test-result").query().getLayoutBounds()).getMinX());
        assertThat(resultLeft).as("the result beside the button").isBetween(buttonRight, buttonRight + 20);
    }

    @Test
    void theHtmlPartIsACodeEditorWithUndoAndAVariableCanBeInsertedAtTheCursor(FxRobot robot) {
        openTemplate(robot, "Welcome email");
        waitUntil(() -> robot.lookup("#field-HtmlPart").tryQuery().isPresent());
        CodeArea html = robot.lookup("#field-HtmlPart").queryAs(CodeArea.class);
        String original = onFx(() -> html.getText());
        assertThat(original).contains("{{");
        List<String> styles = List.copyOf(onFx(() -> html.getStyleAtPosition(original.indexOf("{{") + 1)));
        assertThat(styles).contains("code-handlebars");

        robot.clickOn(html);
        robot.interact(() -> html.moveTo(0));
        robot.write("Dear ");
        robot.clickOn("#template-insert-variable");
        robot.clickOn(robot.lookup("#insert-User-UserId").<Node>query());

        waitUntil(() -> onFx(() -> html.getText()).startsWith("Dear {{User.UserId}}"));
        assertThat(onFx(() -> robot.lookup("#template-unsaved").query().isVisible())).isTrue();
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> !onFx(() -> html.getText()).contains("{{User.UserId}}"));
        assertThat(onFx(() -> html.getText())).startsWith("Dear ");
    }

    @Test
    void thePreviewForListShowsNamesAsWideAsItsBox(FxRobot robot) {
        openTemplate(robot, "Weekend sale");
        waitUntil(() -> text(robot, "#push-preview-ios-body").equals("Hey, the sale ends Sunday at midnight."));
        ComboBox<?> endpoints = robot.lookup("#template-preview-endpoint").queryAs(ComboBox.class);
        waitUntil(() -> !onFx(() -> endpoints.getItems().isEmpty()));

        robot.interact(endpoints::show);
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell").tryQuery().isPresent());

        double boxWidth = onFx(endpoints::getWidth);
        double popupWidth = onFx(() -> robot.lookup(".combo-box-popup .list-view").queryAs(javafx.scene.layout.Region.class).getWidth());
        assertThat(popupWidth).isLessThanOrEqualTo(boxWidth + 2);
        List<String> shown = onFx(() -> robot.lookup(".combo-box-popup .list-cell .label").queryAllAs(Label.class)
                .stream().map(Label::getText).toList());
        assertThat(shown).anyMatch(text -> text.matches("[A-Z][a-z]+ [A-Z][a-z]+")); // a person's name
        assertThat(shown).allMatch(text -> text.length() < 90);
        robot.interact(endpoints::hide);
    }

    @Test
    void aPersonTypedByNameIsFoundAndThePreviewIsTheirs(FxRobot robot) {
        io.tidings.template.EndpointChoice person = workspace.previewEndpoints().search("", 100).stream()
                .filter(choice -> choice.name() != null && choice.name().matches("[A-Z][a-z]+ [A-Z][a-z]+"))
                .findFirst().orElseThrow();
        String firstName = person.name().substring(0, person.name().indexOf(' '));
        openTemplate(robot, "Order shipped");
        waitUntil(() -> bubble(robot).startsWith("Hi there, your Northwind order"));

        robot.clickOn("#template-preview-endpoint").write(person.name().toLowerCase(java.util.Locale.ROOT));
        waitUntil(() -> robot.lookup(".combo-box-popup .list-cell .label")
                .match((Label label) -> person.name().equals(label.getText())).tryQuery().isPresent());
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell .label")
                .match((Label label) -> person.name().equals(label.getText())).<Node>query());

        waitUntil(() -> bubble(robot).startsWith("Hi " + firstName + ", your Northwind order"));
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
