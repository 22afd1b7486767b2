package io.tidings;

import io.tidings.shell.TrackedBackgroundWork;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the screen tests share: waiting for the window, and reading it on the FX thread. */
public final class FxTesting {

    private static final int PATIENCE_SECONDS = 20;

    private FxTesting() {
    }

    /** Waits until {@code condition} holds, failing the test after twenty seconds. */
    public static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for the screen", e);
        }
    }

    /** Waits until {@code condition} holds, failing the test after {@code patience}: for work that is slow on a busy machine. */
    public static void waitUntil(java.time.Duration patience, Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("Timed out waiting for the screen", e);
        }
    }

    /**
     * Waits until the screen's background work is idle: every job it started has ended and its result is shown,
     * also the jobs that showing a result set off, once the FX thread has caught up with its events.
     */
    public static void waitUntilIdle(TrackedBackgroundWork background) {
        waitUntil(() -> {
            WaitForAsyncUtils.waitForFxEvents();
            return onFx(background::isIdle);
        });
    }

    /** Reads something on the FX thread, where JavaFX state may be read. */
    public static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** The text of the label or button that {@code query} finds, or null when there is none. */
    public static String text(FxRobot robot, String query) {
        return onFx(() -> robot.lookup(query).tryQuery().map(node -> ((Labeled) node).getText()).orElse(null));
    }

    /** True while the question "Save the changes to …?" is on screen. */
    public static boolean askedAboutUnsavedEdits(FxRobot robot) {
        return onFx(() -> robot.lookup("#unsaved-edits-dialog").tryQuery().isPresent());
    }

    /** Waits for the question "Save the changes to …?" and clicks {@code answer} (Save, Discard or Cancel) in it. */
    public static void answerUnsavedEdits(FxRobot robot, String answer) {
        waitUntil(() -> askedAboutUnsavedEdits(robot));
        robot.clickOn(robot.lookup("#unsaved-edits-dialog .button")
                .match((javafx.scene.control.Button button) -> answer.equals(button.getText())).<Node>query());
        waitUntil(() -> !askedAboutUnsavedEdits(robot));
    }

    /** Scrolls the nearest scroll pane so that what {@code query} finds is on screen, as a person would; returns the query. */
    public static String reveal(FxRobot robot, String query) {
        robot.interact(() -> {
            Node node = robot.lookup(query).query();
            Parent parent = node.getParent();
            while (!(parent instanceof ScrollPane)) {
                parent = parent.getParent();
            }
            ScrollPane scroll = (ScrollPane) parent;
            scroll.layout();
            Bounds bounds = scroll.getContent().sceneToLocal(node.localToScene(node.getBoundsInLocal()));
            double scrollable = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(scrollable <= 0 ? 0 : Math.max(0, Math.min(1, (bounds.getMinY() - 60) / scrollable)));
        });
        WaitForAsyncUtils.waitForFxEvents();
        return query;
    }
}
