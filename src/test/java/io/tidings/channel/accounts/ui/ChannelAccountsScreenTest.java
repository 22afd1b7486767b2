package io.tidings.channel.accounts.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.reveal;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.Styles;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.tidings.ScreenTestSetup;
import io.tidings.channel.DeliveryChannel;
import io.tidings.channel.accounts.ChannelAccount;
import io.tidings.channel.accounts.ChannelAccountService;
import io.tidings.channel.accounts.ChannelAccounts;
import io.tidings.channel.accounts.EmailSettings;
import io.tidings.channel.accounts.Secret;
import io.tidings.channel.accounts.SmtpAccount;
import io.tidings.channel.email.SmtpSecurity;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.FxDialogService;
import io.tidings.wiring.OpenedWorkspace;
import java.net.ServerSocket;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Setting up the email channel in Settings by clicking and typing, against a real SMTP server. */
@ExtendWith(ApplicationExtension.class)
class ChannelAccountsScreenTest {

    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("news@shop.example", "sender", "s3cret"));

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private ChannelAccountService service;
    private FxBackgroundWork background;
    private ChannelAccountsViewModel viewModel;

    @Start
    void start(Stage stage) {
        workspace = ScreenTestSetup.emptyWorkspace(folder);
        service = workspace.channelAccounts();
        background = new FxBackgroundWork(2);
        viewModel = new ChannelAccountsViewModel(service, background, new FxDialogService(stage));
        ScrollPane page = new ScrollPane(new ChannelAccountsView(viewModel));
        page.setFitToWidth(true);
        ScreenTestSetup.show(stage, page);
    }

    @AfterEach
    void close() {
        background.close();
        workspace.workspace().close();
    }

    private static void type(FxRobot robot, String field, String text) {
        robot.clickOn(reveal(robot, field)).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(text);
    }

    private static void choose(FxRobot robot, String box, String choice) {
        robot.clickOn(reveal(robot, box));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> cell) -> choice.equals(cell.getText())).<Node>query());
    }

    /** Opens the email editor and fills in GreenMail's SMTP account, with {@code port} as the port. */
    private static void fillInSmtp(FxRobot robot, String port) {
        waitUntil(() -> robot.lookup("#channel-email-edit").tryQuery().isPresent());
        robot.clickOn("#channel-email-edit");
        waitUntil(() -> robot.lookup("#setting-email-smtp-host").tryQuery().isPresent());
        type(robot, "#setting-email-smtp-host", "127.0.0.1");
        type(robot, "#setting-email-smtp-port", port);
        choose(robot, "#setting-email-smtp-security", "None: plain text (usually port 25)");
        type(robot, "#setting-email-smtp-username", "sender");
        type(robot, "#setting-email-smtp-password", "s3cret");
        waitUntil(() -> onFx(() -> robot.lookup("#account-plaintext-warning").query().isVisible()));
        robot.clickOn(reveal(robot, "#account-more-smtp .title"));
        robot.clickOn(reveal(robot, "#setting-email-smtp-allowPlaintextAuth"));
        type(robot, "#setting-email-fromAddress", "news@shop.example");
        type(robot, "#setting-email-fromName", "Shop News");
    }

    private static String greenMailPort() {
        return String.valueOf(GREEN_MAIL.getSmtp().getPort());
    }

    private boolean resultIs(FxRobot robot, String style) {
        return onFx(() -> robot.lookup("#account-test-result").tryQuery()
                .map(label -> label.getStyleClass().contains(style)).orElse(false));
    }

    @Test
    void testsTheConnectionThenSavesWithEnterAndNeverShowsThePasswordAgain(FxRobot robot) {
        fillInSmtp(robot, greenMailPort());

        robot.clickOn(reveal(robot, "#account-test"));
        waitUntil(() -> resultIs(robot, Styles.SUCCESS));
        assertThat(text(robot, "#account-test-result"))
                .isEqualTo("Connected to 127.0.0.1:" + greenMailPort() + " and logged in as sender.");

        robot.clickOn(reveal(robot, "#setting-email-fromName")).type(KeyCode.ENTER);

        waitUntil(() -> robot.lookup("#account-editor").tryQuery().isEmpty());
        assertThat(text(robot, "#channel-email-state"))
                .isEqualTo("SMTP 127.0.0.1:" + greenMailPort() + ", no encryption, as sender");
        assertThat(text(robot, "#channel-email-details")).isEqualTo("From Shop News <news@shop.example>");
        assertThat(service.load().account(DeliveryChannel.EMAIL).provider()).isEqualTo(new SmtpAccount("127.0.0.1",
                GREEN_MAIL.getSmtp().getPort(), SmtpSecurity.NONE, "sender", new Secret("s3cret"), null, null, true));
        assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();

        robot.clickOn(reveal(robot, "#channel-email-edit"));
        waitUntil(() -> robot.lookup("#setting-email-smtp-password").tryQuery().isPresent());
        assertThat(onFx(() -> robot.lookup("#setting-email-smtp-password").queryTextInputControl().getText())).isEmpty();
        assertThat(onFx(() -> robot.lookup("#setting-email-smtp-password-stored").query().isVisible())).isTrue();
    }

    @Test
    void aPortWhereNoServerListensShowsTheFailureBesideTheButton(FxRobot robot) throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        fillInSmtp(robot, String.valueOf(closedPort));

        robot.clickOn(reveal(robot, "#account-test"));

        waitUntil(() -> resultIs(robot, Styles.DANGER));
        assertThat(text(robot, "#account-test-result")).contains("127.0.0.1:" + closedPort);
        assertThat(service.load()).isEqualTo(ChannelAccounts.SANDBOX);
    }

    @Test
    void anInvalidPortIsShownAtThePortFieldAndNothingIsSaved(FxRobot robot) {
        fillInSmtp(robot, "70000");

        robot.clickOn(reveal(robot, "#account-save"));

        waitUntil(() -> "SMTP port 70000 is not between 1 and 65535.".equals(text(robot, "#problem-email-smtp-port")));
        assertThat(service.load()).isEqualTo(ChannelAccounts.SANDBOX);
        assertThat(robot.lookup("#account-editor").tryQuery()).isPresent();
        assertThat(text(robot, "#channel-email-state")).isEqualTo(ChannelSummary.SANDBOX);

        type(robot, "#setting-email-smtp-port", "seventy");
        robot.clickOn(reveal(robot, "#account-save"));
        waitUntil(() -> "\"seventy\" is not a whole number.".equals(text(robot, "#problem-email-smtp-port")));
    }

    @Test
    void escapeClosesTheEditorWithoutSaving(FxRobot robot) {
        fillInSmtp(robot, greenMailPort());

        robot.type(KeyCode.ESCAPE);

        waitUntil(() -> robot.lookup("#account-editor").tryQuery().isEmpty());
        assertThat(service.load()).isEqualTo(ChannelAccounts.SANDBOX);
    }

    @Test
    void useSandboxRemovesTheAccountAfterConfirmation(FxRobot robot) {
        service.save(ChannelAccounts.SANDBOX.with(new ChannelAccount(DeliveryChannel.EMAIL, new SmtpAccount(
                "smtp.a-rather-long-host-name-for-an-email-service.example.com", 587, SmtpSecurity.STARTTLS, "news",
                Secret.environment("SMTP_PASSWORD"), null), 50.0))
                .withEmail(new EmailSettings("news@shop.example", null, null)));
        robot.interact(viewModel::load);
        waitUntil(() -> robot.lookup("#channel-email-sandbox").tryQuery().isPresent());
        assertThat(text(robot, "#channel-email-details")).isEqualTo("From news@shop.example · At most 50 messages a second");

        robot.clickOn(reveal(robot, "#channel-email-sandbox"));
        waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#confirm-dialog").queryAll()).lookup("Use sandbox").<Node>query());

        waitUntil(() -> ChannelSummary.SANDBOX.equals(text(robot, "#channel-email-state")));
        assertThat(service.load().account(DeliveryChannel.EMAIL).isSandbox()).isTrue();
        assertThat(service.load().email().fromAddress()).isEqualTo("news@shop.example");
        assertThat(robot.lookup("#channel-email-sandbox").tryQuery()).isEmpty();
    }
}
