package io.tidings.apikey.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.apikey.ApiKey;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.FxDialogService;
import io.tidings.shell.ThemeStyles;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.workspace.Theme;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import javax.imageio.ImageIO;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The API keys page alone, by clicking and typing: a key is created, its secret shown once, listed, and revoked. */
@ExtendWith(ApplicationExtension.class)
class ApiKeysScreenTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private FxBackgroundWork background;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = ScreenTestSetup.emptyWorkspace(folder);
        background = new FxBackgroundWork(2);
        ScreenTestSetup.show(stage, page());
    }

    private ScrollPane page() {
        ApiKeysViewModel viewModel = new ApiKeysViewModel(workspace.apiKeys(), () -> "https://t.shop.example/",
                background, new FxDialogService(stage), ZoneOffset.UTC);
        ScrollPane page = new ScrollPane(new ApiKeysView(viewModel));
        page.setFitToWidth(true);
        return page;
    }

    @AfterEach
    void close() {
        background.close();
        workspace.workspace().close();
    }

    @Test
    void aKeyIsCreatedItsSecretShownOnceThenListedAndRevoked(FxRobot robot) {
        String applicationId = workspace.apiKeys().applicationId();
        waitUntil(() -> applicationId.equals(field(robot, "#api-keys-application-id")));
        assertThat(field(robot, "#api-keys-put-events-url"))
                .isEqualTo("https://t.shop.example/v1/apps/" + applicationId + "/events");
        assertThat(robot.lookup("#api-keys-none").tryQuery()).isPresent();

        robot.clickOn("#api-keys-new-name").write("Android app");
        robot.clickOn("#api-keys-create");
        waitUntil(() -> robot.lookup("#new-key-secret").tryQuery().isPresent());
        String accessKeyId = field(robot, "#new-key-id");
        String secret = field(robot, "#new-key-secret");

        assertThat(workspace.apiKeys().keyWithSecret(secret)).map(ApiKey::accessKeyId).hasValue(accessKeyId);
        assertThat(onFx(() -> robot.lookup(".new-api-key .warning").<Labeled>query().getText()))
                .contains("will not show it again");
        robot.clickOn(robot.lookup("#new-api-key-dialog .button")
                .match((Button button) -> "Done".equals(button.getText())).<Node>query());
        waitUntil(() -> robot.lookup("#api-key-" + accessKeyId).tryQuery().isPresent()
                && robot.lookup("#new-key-secret").tryQuery().isEmpty());
        assertThat(onFx(() -> robot.lookup(".label").<Labeled>queryAll().stream().map(Labeled::getText)
                .anyMatch(text -> text != null && text.contains(secret)))).isFalse();
        assertThat(onFx(() -> robot.lookup("#api-key-" + accessKeyId + "-dates").<Labeled>query().getText()))
                .startsWith("Created ").contains("never used");

        robot.clickOn("#api-key-" + accessKeyId + "-revoke");
        waitUntil(() -> robot.lookup("#confirm-dialog").tryQuery().isPresent());
        robot.clickOn(robot.from(robot.lookup("#confirm-dialog").queryAll()).lookup("Revoke").<Node>query());

        waitUntil(() -> onFx(() -> robot.lookup("#api-key-" + accessKeyId).tryQuery()
                .map(row -> row.getStyleClass().contains("revoked")).orElse(false)));
        assertThat(workspace.apiKeys().signingKey(accessKeyId)).isEmpty();
        assertThat(onFx(() -> robot.lookup("#api-keys-message").<Labeled>query().getText()))
                .isEqualTo("Revoked Android app (" + accessKeyId + "): it no longer works.");
    }

    @Test
    void theWebhookSecretIsHiddenUntilAskedFor(FxRobot robot) {
        String secret = workspace.apiKeys().webhookSecret();
        waitUntil(() -> secret.equals(field(robot, "#api-keys-webhook-secret")));
        assertThat(onFx(() -> shown(robot, "#api-keys-webhook-secret-shown"))).isFalse();

        robot.clickOn("#api-keys-webhook-secret-show");

        assertThat(onFx(() -> shown(robot, "#api-keys-webhook-secret-shown"))).isTrue();
        assertThat(field(robot, "#api-keys-webhook-secret-shown")).isEqualTo(secret);
        assertThat(field(robot, "#api-keys-twilio-status")).isEqualTo("https://t.shop.example/webhooks/twilio/status");
        snapshots(robot);
    }

    /** With -Dtidings.snapshots=FOLDER, pictures of the page at 1600x1000 light and 1024x680 dark, to look at. */
    private void snapshots(FxRobot robot) {
        String folderName = System.getProperty("tidings.snapshots");
        if (folderName == null) {
            return;
        }
        workspace.apiKeys().create("iOS app");
        workspace.apiKeys().revoke(workspace.apiKeys().create("Old website").accessKeyId());
        write(robot, Path.of(folderName, "api-keys-1600-light.png"), Theme.LIGHT, 1600, 1000);
        write(robot, Path.of(folderName, "api-keys-1024-dark.png"), Theme.DARK, 1024, 680);
    }

    private void write(FxRobot robot, Path file, Theme theme, int width, int height) {
        Scene scene = onFx(() -> {
            ThemeStyles.follow(new SimpleObjectProperty<>(theme));
            Scene offscreen = new Scene(page(), width, height);
            offscreen.getStylesheets().add(ThemeStyles.APP_STYLESHEET);
            return offscreen;
        });
        waitUntil(() -> onFx(() -> {
            // Offscreen, the scroll pane shows its content once styles and layout have been applied.
            scene.getRoot().applyCss();
            scene.getRoot().layout();
            return scene.lookup("#api-keys-application-id") instanceof TextInputControl id && !id.getText().isEmpty()
                    && scene.lookup("#api-keys-none") == null;
        }));
        WritableImage image = onFx(() -> scene.snapshot(null));
        try {
            Files.createDirectories(file.getParent());
            ImageIO.write(pixels(image), "png", file.toFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static BufferedImage pixels(WritableImage image) {
        BufferedImage out = new BufferedImage((int) image.getWidth(), (int) image.getHeight(), BufferedImage.TYPE_INT_ARGB);
        PixelReader reader = image.getPixelReader();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                out.setRGB(x, y, reader.getArgb(x, y));
            }
        }
        return out;
    }

    /** Whether the node and everything around it is visible. */
    private static boolean shown(FxRobot robot, String query) {
        for (Node node = robot.lookup(query).query(); node != null; node = node.getParent()) {
            if (!node.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static String field(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(node -> ((TextInputControl) node).getText()).orElse(null));
    }
}
