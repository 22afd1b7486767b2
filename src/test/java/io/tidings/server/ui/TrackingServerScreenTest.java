package io.tidings.server.ui;

import static io.tidings.FxTesting.onFx;
import static io.tidings.FxTesting.text;
import static io.tidings.FxTesting.waitUntil;
import static io.tidings.FxTesting.waitUntilIdle;
import static org.assertj.core.api.Assertions.assertThat;

import io.tidings.ScreenTestSetup;
import io.tidings.server.ServerSettings;
import io.tidings.shell.FxBackgroundWork;
import io.tidings.shell.ThemeStyles;
import io.tidings.shell.TrackedBackgroundWork;
import io.tidings.wiring.OpenedWorkspace;
import io.tidings.workspace.Theme;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Tracking server settings page alone on the stage, used as a marketer would: switch on, type, save. */
@ExtendWith(ApplicationExtension.class)
class TrackingServerScreenTest {

    @TempDir
    Path folder;

    private OpenedWorkspace workspace;
    private TrackedBackgroundWork background;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        workspace = ScreenTestSetup.emptyWorkspace(folder);
        background = new TrackedBackgroundWork(new FxBackgroundWork(2));
        VBox page = new VBox(new TrackingServerView(new TrackingServerViewModel(workspace.trackingServer(), background)));
        page.setPadding(new Insets(24));
        page.setMaxWidth(820);
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("section-scroll");
        ScreenTestSetup.show(stage, scroll);
    }

    @AfterEach
    void close(FxRobot robot) {
        robot.interact(() -> stage.getScene().setRoot(new Region()));
        background.close();
        workspace.close();
    }

    @Test
    void switchedOnAndSavedTheServerListensAndSaysWhere(FxRobot robot) throws Exception {
        waitUntilIdle(background);
        assertThat(text(robot, "#tracking-server-status")).startsWith("Not running");
        int port = freePort();

        robot.clickOn("#tracking-server-enabled .thumb-area");
        replaceText(robot, "#tracking-server-port", Integer.toString(port));
        robot.clickOn("#tracking-server-save");
        waitUntilIdle(background);

        assertThat(text(robot, "#tracking-server-status")).isEqualTo("Listening on http://127.0.0.1:" + port);
        assertThat(text(robot, "#tracking-server-links"))
                .startsWith("Links in messages will start with http://127.0.0.1:" + port);
        HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/health")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(workspace.trackingServer().settings().load())
                .isEqualTo(new ServerSettings(true, "127.0.0.1", port, null));
        assertThat(onFx(() -> robot.lookup("#tracking-server-unsaved").query().isVisible())).isFalse();
        snapshot(robot, Files.createDirectories(Path.of("target", "screenshots")).resolve("tracking-server-listening.png"));
    }

    @Test
    void eachWrongFieldIsNamedUnderItAndNothingCanBeSaved(FxRobot robot) {
        waitUntilIdle(background);

        replaceText(robot, "#tracking-server-port", "80a");
        replaceText(robot, "#tracking-server-public-base", "links.example.com");

        assertThat(text(robot, "#tracking-server-port-problem"))
                .isEqualTo("The port must be a whole number from 1 to 65535, such as 8787.");
        assertThat(text(robot, "#tracking-server-public-base-problem"))
                .startsWith("The public base URL must start with http:// or https:// and name a host");
        assertThat(onFx(() -> robot.lookup("#tracking-server-save").query().isDisabled())).isTrue();
        assertThat(onFx(() -> robot.lookup("#tracking-server-unsaved").query().isVisible())).isTrue();

        robot.clickOn("#tracking-server-revert");

        assertThat(text(robot, "#tracking-server-port-problem")).isNull();
        assertThat(onFx(() -> robot.lookup("#tracking-server-port").queryTextInputControl().getText()))
                .isEqualTo("8787");
        assertThat(workspace.trackingServer().settings().load()).isEqualTo(ServerSettings.DEFAULTS);
    }

    @Test
    void aPortAnotherProgramHoldsIsExplainedAndThePageKeepsWorking(FxRobot robot) throws Exception {
        waitUntilIdle(background);
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            robot.clickOn("#tracking-server-enabled .thumb-area");
            replaceText(robot, "#tracking-server-port", Integer.toString(taken.getLocalPort()));
            robot.clickOn("#tracking-server-save");
            waitUntilIdle(background);

            assertThat(text(robot, "#tracking-server-status")).isEqualTo("Not running: Port " + taken.getLocalPort()
                    + " on 127.0.0.1 is in use by another program: choose another port, or stop the program that "
                    + "holds it.");
        }
        int free = freePort();
        replaceText(robot, "#tracking-server-port", Integer.toString(free));
        robot.clickOn("#tracking-server-save");
        waitUntilIdle(background);

        assertThat(text(robot, "#tracking-server-status")).isEqualTo("Listening on http://127.0.0.1:" + free);
    }

    @Test
    void snapshotsForALook(FxRobot robot) throws Exception {
        waitUntilIdle(background);
        robot.clickOn("#tracking-server-enabled .thumb-area");
        replaceText(robot, "#tracking-server-port", "80a");
        waitUntil(() -> text(robot, "#tracking-server-port-problem") != null);
        Path shots = Files.createDirectories(Path.of("target", "screenshots"));
        snapshot(robot, shots.resolve("tracking-server-light.png"));
        robot.interact(() -> ThemeStyles.follow(new SimpleObjectProperty<>(Theme.DARK)));
        robot.interact(() -> stage.setWidth(1024));
        snapshot(robot, shots.resolve("tracking-server-dark.png"));

        assertThat(shots.resolve("tracking-server-dark.png")).exists();
    }

    private void snapshot(FxRobot robot, Path file) throws IOException {
        var image = onFx(() -> stage.getScene().getRoot().snapshot(null, null));
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    }

    private static void replaceText(FxRobot robot, String field, String text) {
        robot.clickOn(field).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE).write(text);
    }

    private static int freePort() throws IOException {
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return probe.getLocalPort();
        }
    }
}
