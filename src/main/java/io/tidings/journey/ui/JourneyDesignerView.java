package io.tidings.journey.ui;

import atlantafx.base.theme.Styles;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyState;
import io.tidings.journey.ui.simulation.SimulatorView;
import io.tidings.journey.ui.simulation.SimulatorViewModel;
import io.tidings.shell.CommandButtons;
import io.tidings.shell.SaveShortcut;
import io.tidings.shell.UnsavedMarker;
import java.util.ArrayList;
import java.util.List;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The journey designer: the toolbar (save, undo and redo, zoom, auto-layout, simulate, and the journey's life), the
 * canvas in the middle, the palette on the left, the properties of the selection on the right, the problems below.
 */
final class JourneyDesignerView extends BorderPane {

    static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO = new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN);
    static final KeyCombination REDO_AGAIN = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);
    /** How often a published journey's counts are read again. */
    private static final Duration LIVE_REFRESH = Duration.seconds(5);
    /** The window width below which the designer packs its toolbar and palette. */
    private static final double NARROW_WINDOW = 1200;

    private final JourneyDesignerViewModel viewModel;
    private final JourneyCanvasArea canvas;
    private final Timeline liveRefresh;
    private final BooleanProperty simulating = new SimpleBooleanProperty();
    private SimulatorViewModel simulator;
    private SplitPane split;
    /** Toolbar buttons that show only their icon in a narrow window. */
    private final List<Labeled> shortened = new ArrayList<>();
    private final ProblemsView problems;

    JourneyDesignerView(JourneyDesignerViewModel viewModel, Runnable backToList) {
        this.viewModel = viewModel;
        setId("journey-designer");
        getStyleClass().add("journey-designer");
        canvas = new JourneyCanvasArea(viewModel);
        setTop(new VBox(toolbar(backToList), messages()));
        setLeft(canvas.palette());
        setCenter(canvas);
        setRight(new JourneySidePanel(viewModel));
        problems = new ProblemsView(viewModel.documentProperty());
        problems.setPrefHeight(130);
        setBottom(problems);
        SaveShortcut.install(this, viewModel);
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (UNDO.match(event)) {
                viewModel.undo();
                event.consume();
            } else if (REDO.match(event) || REDO_AGAIN.match(event)) {
                viewModel.redo();
                event.consume();
            }
        });
        liveRefresh = new Timeline(new KeyFrame(LIVE_REFRESH, event -> viewModel.refreshCounts()));
        liveRefresh.setCycleCount(Timeline.INDEFINITE);
        // Counts are read while the designer is on screen and shows a journey that is not a draft.
        Runnable watch = () -> {
            if (getScene() != null && viewModel.isLiveView()) {
                liveRefresh.play();
            } else {
                liveRefresh.stop();
            }
        };
        sceneProperty().addListener((observable, old, scene) -> watch.run());
        viewModel.journeyProperty().addListener((observable, old, journey) -> watch.run());
        simulating.addListener((observable, was, now) -> showSimulator(now));
        viewModel.journeyProperty().addListener((observable, old, journey) -> simulating.set(false));
        sceneProperty().addListener((observable, old, scene) -> {
            if (scene != null) {
                scene.widthProperty().addListener((width, before, now) -> fitTo(now.doubleValue()));
                fitTo(scene.getWidth());
            }
        });
    }

    /**
     * In a narrow window the toolbar's and the palette's words give way to their icons (their tooltips keep the words)
     * and the side panel narrows, so that nothing is cut at 1024 pixels.
     */
    private void fitTo(double windowWidth) {
        boolean narrow = windowWidth < NARROW_WINDOW;
        ContentDisplay display = narrow ? ContentDisplay.GRAPHIC_ONLY : ContentDisplay.LEFT;
        for (Labeled wordy : shortened) {
            wordy.setContentDisplay(display);
            if (wordy.getTooltip() == null) {
                wordy.setTooltip(new Tooltip(wordy.getText()));
            }
        }
        canvas.paletteWords(!narrow);
        if (getRight() instanceof Region side) {
            side.setPrefWidth(narrow ? 270 : 330);
        }
    }

    private Node toolbar(Runnable backToList) {
        Button back = new Button("Journeys", new FontIcon("fth-arrow-left"));
        back.setId("journey-designer-close");
        back.getStyleClass().add(Styles.FLAT);
        back.setMinWidth(Region.USE_PREF_SIZE);
        back.setOnAction(event -> backToList.run());
        Label title = new Label();
        title.setId("journey-designer-title");
        title.getStyleClass().addAll(Styles.TITLE_4, "journey-title");
        title.setMinWidth(80);
        title.textProperty().bind(Bindings.createStringBinding(() -> viewModel.titleWords()
                + (viewModel.unsavedProperty().get() ? " *" : ""), viewModel.journeyProperty(),
                viewModel.unsavedProperty()));
        title.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(title.getText()),
                title.textProperty()));
        HBox.setHgrow(title, Priority.SOMETIMES);
        UnsavedMarker dirty = new UnsavedMarker(viewModel, "journey-unsaved");
        // The sign alone: the toolbar is full, and the title's "*" and the tooltip say the rest.
        dirty.setContentDisplay(javafx.scene.control.ContentDisplay.GRAPHIC_ONLY);

        Button save = new Button("Save", new FontIcon("fth-save"));
        save.setId("journey-save");
        Button undo = icon("journey-undo", "fth-corner-up-left", "Undo", viewModel::undo);
        Button redo = icon("journey-redo", "fth-corner-up-right", "Redo", viewModel::redo);
        undo.disableProperty().bind(Bindings.createBooleanBinding(() -> !canUndo(), viewModel.documentProperty(),
                canvas.historyChanged()));
        redo.disableProperty().bind(Bindings.createBooleanBinding(() -> !canRedo(), viewModel.documentProperty(),
                canvas.historyChanged()));
        undo.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(describe(true)),
                viewModel.documentProperty(), canvas.historyChanged()));
        redo.tooltipProperty().bind(Bindings.createObjectBinding(() -> new Tooltip(describe(false)),
                viewModel.documentProperty(), canvas.historyChanged()));

        ToggleButton simulate = new ToggleButton("Simulate", new FontIcon("fth-play-circle"));
        simulate.setId("journey-simulate");
        simulate.setTooltip(new Tooltip("Run this journey with a virtual clock, sending nothing, and see where "
                + "everyone goes"));
        // A draft is what a marketer checks before publishing; a running journey's canvas shows its live counts.
        simulate.visibleProperty().bind(Bindings.createBooleanBinding(() -> isDraft()
                && viewModel.simulatorsProperty().get() != null, viewModel.journeyProperty(),
                viewModel.simulatorsProperty()));
        simulate.managedProperty().bind(simulate.visibleProperty());
        simulate.selectedProperty().bindBidirectional(simulating);

        Label checking = new Label("Checking\u2026");
        checking.setId("journey-checking");
        checking.getStyleClass().add(Styles.TEXT_MUTED);
        checking.visibleProperty().bind(viewModel.checkingProperty());
        checking.managedProperty().bind(checking.visibleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);

        save.setMinWidth(Region.USE_PREF_SIZE);
        simulate.setMinWidth(Region.USE_PREF_SIZE);
        Button publish = new Button("Publish", new FontIcon("fth-send"));
        publish.setId("journey-publish");
        publish.getStyleClass().add(Styles.ACCENT);
        Button pause = new Button("Pause", new FontIcon("fth-pause"));
        pause.setId("journey-pause");
        Button resume = new Button("Resume", new FontIcon("fth-play"));
        resume.setId("journey-resume");
        Button stop = new Button("Stop", new FontIcon("fth-square"));
        stop.setId("journey-stop");
        stop.getStyleClass().add(Styles.DANGER);
        for (Button button : List.of(publish, pause, resume, stop)) {
            button.setMinWidth(Region.USE_PREF_SIZE);
        }
        Node publishNode = shownIn(CommandButtons.bind(publish, viewModel.publishCommand()), JourneyState.DRAFT);
        Node pauseNode = shownIn(CommandButtons.bind(pause, viewModel.pauseCommand()), JourneyState.PUBLISHED);
        Node resumeNode = shownIn(CommandButtons.bind(resume, viewModel.resumeCommand()), JourneyState.PAUSED);
        Node stopNode = shownIn(CommandButtons.bind(stop, viewModel.stopCommand()), JourneyState.PUBLISHED,
                JourneyState.PAUSED);
        Node saveNode = shownIn(CommandButtons.bind(save, viewModel.saveCommand()), JourneyState.DRAFT);

        shortened.addAll(List.of(back, save, simulate));
        HBox bar = new HBox(6, back, title, dirty, separator(), saveNode, undo, redo, separator());
        bar.getChildren().addAll(canvas.viewTools());
        bar.getChildren().addAll(separator(), simulate, spacer, checking, publishNode, pauseNode, resumeNode,
                stopNode);
        bar.setId("journey-toolbar");
        bar.getStyleClass().add("journey-toolbar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 8));
        return bar;
    }

    /** The error, the status, and (for a publish refused) why. */
    private Node messages() {
        Label error = new Label();
        error.setId("journey-designer-error");
        error.setWrapText(true);
        error.getStyleClass().add("field-problem");
        error.textProperty().bind(viewModel.errorProperty());
        error.managedProperty().bind(Bindings.isNotEmpty(viewModel.errorProperty()));
        Label whyNotPublish = new Label();
        whyNotPublish.setId("journey-publish-why-not");
        whyNotPublish.setWrapText(true);
        whyNotPublish.getStyleClass().add(Styles.TEXT_MUTED);
        whyNotPublish.textProperty().bind(Bindings.createStringBinding(() -> isDraft()
                ? viewModel.publishCommand().whyNot() : "", viewModel.publishCommand().whyNotProperty(),
                viewModel.journeyProperty()));
        whyNotPublish.managedProperty().bind(Bindings.isNotEmpty(whyNotPublish.textProperty()));
        Label status = new Label();
        status.setId("journey-designer-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);
        status.textProperty().bind(viewModel.statusProperty());
        // A failing run is a problem to act on, not a remark: it looks like one.
        viewModel.runFailingProperty().addListener((observable, was, failing) -> {
            status.getStyleClass().removeAll(Styles.TEXT_MUTED, Styles.DANGER);
            status.getStyleClass().add(failing ? Styles.DANGER : Styles.TEXT_MUTED);
        });
        status.managedProperty().bind(Bindings.isNotEmpty(viewModel.statusProperty()));
        VBox box = new VBox(2, error, whyNotPublish, status);
        box.setPadding(new Insets(0, 12, 4, 12));
        return box;
    }

    /** The simulator below the canvas, which shows its counts; closing it takes them away. */
    private void showSimulator(boolean shown) {
        if (shown && simulator == null) {
            simulator = viewModel.openSimulator();
            if (simulator == null) {
                simulating.set(false);
                return;
            }
            Button close = icon("journey-simulator-close", "fth-x", "Close the simulation",
                    () -> simulating.set(false));
            BorderPane panel = new BorderPane(new SimulatorView(simulator));
            BorderPane.setAlignment(close, Pos.TOP_RIGHT);
            panel.setRight(close);
            panel.getStyleClass().add("journey-simulator-panel");
            split = new SplitPane(canvas, panel);
            split.setId("journey-simulation-split");
            split.setOrientation(Orientation.VERTICAL);
            split.setDividerPositions(0.38);
            canvas.fitOnNextResize();
            setCenter(split);
            // The simulator takes the problems' place while it is open: its tables need the height.
            setBottom(null);
        } else if (!shown && simulator != null) {
            simulator.cancelCommand().run();
            simulator = null;
            // The canvas leaves the split before it goes back to the centre: a node has one parent.
            split.getItems().clear();
            split = null;
            canvas.fitOnNextResize();
            setCenter(canvas);
            setBottom(problems);
            JourneyDocument document = viewModel.documentProperty().get();
            if (document != null && isDraft()) {
                document.clearCounts();
            }
        }
    }

    private boolean isDraft() {
        Journey journey = viewModel.journeyProperty().get();
        return journey != null && journey.state() == JourneyState.DRAFT;
    }

    private Node shownIn(Node node, JourneyState... states) {
        node.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            Journey journey = viewModel.journeyProperty().get();
            return journey != null && List.of(states).contains(journey.state());
        }, viewModel.journeyProperty()));
        node.managedProperty().bind(node.visibleProperty());
        return node;
    }

    private boolean canUndo() {
        JourneyDocument document = viewModel.documentProperty().get();
        return document != null && document.canUndoProperty().get();
    }

    private boolean canRedo() {
        JourneyDocument document = viewModel.documentProperty().get();
        return document != null && document.canRedoProperty().get();
    }

    private String describe(boolean undo) {
        JourneyDocument document = viewModel.documentProperty().get();
        String words = document == null ? "" : undo ? document.undoDescriptionProperty().get()
                : document.redoDescriptionProperty().get();
        return words.isEmpty() ? (undo ? "Nothing to undo" : "Nothing to redo") : words;
    }

    static Button icon(String id, String icon, String text, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        button.setAccessibleText(text);
        button.setTooltip(new Tooltip(text));
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(event -> action.run());
        return button;
    }

    static Separator separator() {
        return new Separator(Orientation.VERTICAL);
    }
}
