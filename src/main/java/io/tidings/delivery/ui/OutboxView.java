package io.tidings.delivery.ui;

import atlantafx.base.theme.Styles;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;

/**
 * The Outbox section: send jobs with live counts, and the sandbox's captured messages (the sandbox's simulated
 * outcomes are set in Settings › Sandbox). While it is on screen it reads the counts again every second.
 */
public final class OutboxView extends VBox {

    private static final String STYLESHEET = OutboxView.class.getResource("outbox.css").toExternalForm();

    private final Timeline polling;

    public OutboxView(SendJobsViewModel jobs, SandboxMessagesViewModel sandbox) {
        setId("outbox");
        getStyleClass().add("outbox-view");
        getStylesheets().add(STYLESHEET);
        setPadding(new Insets(24, 24, 16, 24));

        Label title = new Label("Outbox");
        title.getStyleClass().add(Styles.TITLE_2);
        Label subtitle = new Label("What was sent, what was not and why, and every message the sandbox kept.");
        subtitle.getStyleClass().add(Styles.TEXT_MUTED);

        Tab jobsTab = tab("outbox-tab-jobs", "Send jobs", new SendJobsView(jobs));
        Tab sandboxTab = tab("outbox-tab-sandbox", "Sandbox messages", new SandboxMessagesView(sandbox));
        TabPane tabs = new TabPane(jobsTab, sandboxTab);
        tabs.setId("outbox-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        getChildren().addAll(new VBox(2, title, subtitle), tabs);

        polling = new Timeline(new KeyFrame(Duration.seconds(1), event -> {
            Tab shown = tabs.getSelectionModel().getSelectedItem();
            if (shown == jobsTab) {
                jobs.refresh();
            } else if (shown == sandboxTab) {
                sandbox.checkForNew();
            }
        }));
        polling.setCycleCount(Timeline.INDEFINITE);
        // Only while on screen: MainWindow keeps a section's view while another section is shown.
        sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false)
                .addListener((observable, wasShown, shown) -> {
                    if (shown) {
                        jobs.refresh();
                        sandbox.checkForNew();
                        polling.play();
                    } else {
                        polling.stop();
                    }
                });
        jobs.refresh();
        sandbox.reload();
    }

    private static Tab tab(String id, String title, Node content) {
        Tab tab = new Tab(title, content);
        tab.setId(id);
        return tab;
    }
}
