package io.tidings.app;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.reveal;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.sandbox.SandboxRate;
import io.tidings.channel.sandbox.SandboxSettingsStore;
import io.tidings.shell.Section;
import io.tidings.store.Database;
import io.tidings.wiring.Wiring;
import java.nio.file.Path;
import java.time.Clock;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Settings in pages, on the real window with the sample workspace, clicked and typed as a person would. */
@ExtendWith(ApplicationExtension.class)
class SettingsScreenTest {

    @TempDir
    Path home;

    private Desktop desktop;

    @Start
    void start(Stage stage) {
        desktop = WindowUnderTest.openAtMinimumSize(stage, home);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(desktop::close);
    }

    private void openSettings(FxRobot robot) {
        waitUntil(() -> robot.lookup("#overview").tryQuery().isPresent());
        robot.clickOn("#" + Section.SETTINGS.navigationId());
        waitUntil(() -> robot.lookup("#settings-page-general").tryQuery().isPresent());
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn(reveal(robot, field)).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(text);
    }

    private static boolean shown(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false)
                && robot.lookup(query).query().getScene() != null);
    }

    private ChannelAccounts savedAccounts() {
        try (Database database = database()) {
            return Wiring.channelAccounts(database, name -> null, Clock.systemUTC()).load();
        }
    }

    private Database database() {
        return Database.open(home.resolve("workspaces").resolve("sample.tidings"));
    }

    @Test
    void eachPageShowsOnItsOwnAndAnEditOnOnePageWaitsWhileAnotherIsShown(FxRobot robot) {
        openSettings(robot);
        assertThat(text(robot, "#settings-page-title")).isEqualTo("General");
        type(robot, "#settings-workspace-name", "Spring launch");

        robot.clickOn("#settings-page-sandbox");
        assertThat(text(robot, "#settings-page-title")).isEqualTo("Sandbox");
        waitUntil(() -> shown(robot, "#outbox-simulate"));
        assertThat(robot.lookup("#settings-workspace-name").tryQuery()).isEmpty();
        assertThat(shown(robot, "#settings-page-general .unsaved-mark")).isTrue();

        robot.clickOn("#settings-page-channels");
        waitUntil(() -> shown(robot, "#channel-email-edit"));
        robot.clickOn("#settings-page-general");
        assertThat(robot.lookup("#settings-workspace-name").queryAs(TextField.class).getText()).isEqualTo("Spring launch");
        assertThat(shown(robot, "#settings-unsaved")).isTrue();
    }

    @Test
    void aCommonRelayFillsTheHostPortAndSecurityAndSaysHowToLogIn(FxRobot robot) {
        openSettings(robot);
        robot.clickOn("#settings-page-channels");
        waitUntil(() -> shown(robot, "#channel-email-edit"));
        robot.clickOn("#channel-email-edit");
        waitUntil(() -> shown(robot, "#account-smtp-relay"));

        robot.clickOn(reveal(robot, "#account-smtp-relay"));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> cell) -> "SendGrid".equals(cell.getText())).<Node>query());

        assertThat(robot.lookup("#setting-email-smtp-host").queryAs(TextField.class).getText())
                .isEqualTo("smtp.sendgrid.net");
        assertThat(robot.lookup("#setting-email-smtp-port").queryAs(TextField.class).getText()).isEqualTo("587");
        assertThat(robot.lookup("#setting-email-smtp-security").queryAs(ComboBox.class).getValue().toString())
                .isEqualTo("STARTTLS");
        assertThat(text(robot, "#account-smtp-relay-login")).startsWith("User name: apikey");
        assertThat(shown(robot, "#settings-page-channels .unsaved-mark")).isTrue();
    }

    @Test
    void afterSaveTheFirstWrongFieldIsScrolledIntoSight(FxRobot robot) {
        openSettings(robot);
        robot.clickOn("#settings-page-channels");
        waitUntil(() -> shown(robot, "#channel-email-edit"));
        robot.clickOn("#channel-email-edit");
        waitUntil(() -> shown(robot, "#setting-email-smtp-host"));
        type(robot, "#setting-email-smtp-host", "smtp.shop.example");
        type(robot, "#setting-email-smtp-port", "five");
        type(robot, "#setting-email-fromAddress", "news@shop.example");

        robot.clickOn(reveal(robot, "#account-save"));
        assertThat(inSight(robot, "#setting-email-smtp-host")).as("the host before the save").isFalse();

        waitUntil(() -> shown(robot, "#problem-email-smtp-port") && inSight(robot, "#problem-email-smtp-port"));
        assertThat(text(robot, "#problem-email-smtp-port")).contains("five");
        assertThat(savedAccounts().account(DeliveryChannel.EMAIL).isSandbox()).isTrue();
    }

    @Test
    void typingAPasswordOrTheFixForAProblemMovesNoButton(FxRobot robot) {
        openSettings(robot);
        robot.clickOn("#settings-page-channels");
        waitUntil(() -> shown(robot, "#channel-email-edit"));
        robot.clickOn("#channel-email-edit");
        waitUntil(() -> shown(robot, "#setting-email-smtp-host"));
        assertThat(onFx(() -> robot.lookup("#setting-email-smtp-password-source").queryAs(ComboBox.class).getValue()
                .toString())).isEqualTo("Stored in the workspace");
        type(robot, "#setting-email-smtp-host", "smtp.shop.example");
        type(robot, "#setting-email-smtp-port", "five");
        type(robot, "#setting-email-fromAddress", "news@shop.example");
        robot.clickOn(reveal(robot, "#account-save"));
        waitUntil(() -> shown(robot, "#problem-email-smtp-port"));

        double saveBefore = contentY(robot, "#account-save");
        type(robot, "#setting-email-smtp-port", "587");
        type(robot, "#setting-email-smtp-password", "s3cret");
        assertThat(contentY(robot, "#account-save")).as("the Save button keeps its place in the page")
                .isEqualTo(saveBefore);
    }

    /** Where a node sits within the Settings page (not the window), so that scrolling does not count as moving. */
    private static double contentY(FxRobot robot, String query) {
        return onFx(() -> {
            Node node = robot.lookup(query).query();
            Node page = robot.lookup("#settings-scroll").queryAs(ScrollPane.class).getContent();
            return page.sceneToLocal(node.localToScene(0, 0)).getY();
        });
    }

    @Test
    void aSendingLimitIsCheckedAndSavedForItsChannelOnly(FxRobot robot) {
        openSettings(robot);
        robot.clickOn("#settings-page-limits");
        waitUntil(() -> shown(robot, "#limit-sms"));
        type(robot, "#limit-sms", "0");
        robot.clickOn("#limits-save");
        waitUntil(() -> shown(robot, "#limit-sms-problem"));
        assertThat(text(robot, "#limit-sms-problem")).contains("more than 0");

        type(robot, "#limit-sms", "12.5");
        robot.clickOn("#limits-save");
        waitUntil(() -> text(robot, "#limits-message").startsWith("Saved."));
        assertThat(shown(robot, "#limit-sms-problem")).isFalse();
        ChannelAccounts accounts = savedAccounts();
        assertThat(accounts.account(DeliveryChannel.SMS).ratePerSecond()).isEqualTo(12.5);
        assertThat(accounts.account(DeliveryChannel.EMAIL).ratePerSecond()).isNull();
    }

    @Test
    void aWrongSandboxRateIsNamedNextToItsFieldAndNothingIsSaved(FxRobot robot) {
        openSettings(robot);
        robot.clickOn("#settings-page-sandbox");
        waitUntil(() -> "40".equals(onFx(() -> robot.lookup("#outbox-rate-email-open")
                .queryAs(TextField.class).getText())));

        robot.doubleClickOn(reveal(robot, "#outbox-rate-email-open")).write("140");
        robot.clickOn(reveal(robot, "#outbox-outcomes-save"));

        waitUntil(() -> "Email open must be a number from 0 to 100 (percent).".equals(
                text(robot, "#outbox-rate-email-open-problem")));
        try (Database database = database()) {
            assertThat(new SandboxSettingsStore(database).load().rate(SandboxRate.EMAIL_OPEN)).isEqualTo(40.0);
        }
    }

    /** True when the node lies wholly inside the Settings page's visible part. */
    private static boolean inSight(FxRobot robot, String query) {
        return onFx(() -> {
            ScrollPane scroll = robot.lookup("#settings-scroll").queryAs(ScrollPane.class);
            Node node = robot.lookup(query).query();
            Bounds viewport = scroll.localToScene(scroll.getLayoutBounds());
            Bounds place = node.localToScene(node.getLayoutBounds());
            return place.getMinY() >= viewport.getMinY() && place.getMaxY() <= viewport.getMaxY();
        });
    }
}
