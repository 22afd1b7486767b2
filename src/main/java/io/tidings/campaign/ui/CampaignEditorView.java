package io.tidings.campaign.ui;

import atlantafx.base.theme.Styles;
import io.tidings.shell.CommandButtons;
import io.tidings.shell.SaveShortcut;
import io.tidings.shell.UnsavedMarker;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/** The campaign editor: its name and commands, the steps, the step shown, and Back / Next. */
final class CampaignEditorView extends VBox {

    private final CampaignEditorViewModel viewModel;
    private final Map<EditorStep, Node> pages = new EnumMap<>(EditorStep.class);
    private final Map<EditorStep, ToggleButton> stepButtons = new EnumMap<>(EditorStep.class);
    private final StackPane shown = new StackPane();

    CampaignEditorView(CampaignEditorViewModel viewModel, Runnable backToList) {
        super(12);
        this.viewModel = viewModel;
        setId("campaign-editor");
        getStyleClass().add("campaign-editor");

        Button back = new Button("Campaigns", new FontIcon("fth-arrow-left"));
        back.setId("campaign-editor-close");
        back.getStyleClass().add(Styles.FLAT);
        back.setOnAction(event -> backToList.run());
        back.setMinWidth(Region.USE_PREF_SIZE);
        TextField name = new TextField();
        name.setId("campaign-name");
        name.setPromptText("Campaign name");
        name.getStyleClass().add("campaign-name");
        name.textProperty().bindBidirectional(viewModel.draft().nameProperty());
        name.setMinWidth(180);
        HBox.setHgrow(name, Priority.ALWAYS);
        UnsavedMarker dirty = new UnsavedMarker(viewModel, "campaign-unsaved");
        Button discard = new Button("Discard");
        discard.setId("campaign-discard");
        discard.disableProperty().bind(viewModel.dirtyProperty().not().or(viewModel.campaignProperty().isNull()));
        discard.setOnAction(event -> viewModel.discard());
        Button save = new Button("Save", new FontIcon("fth-save"));
        save.setId("campaign-save");
        HBox heading = new HBox(10, back, name, dirty, discard, CommandButtons.bind(save, viewModel.saveCommand()));
        heading.setAlignment(Pos.CENTER_LEFT);
        VBox headingBox = new VBox(2, heading, FormParts.problem(viewModel.problems(), CampaignDraft.NAME));

        ToggleGroup steps = new ToggleGroup();
        HBox stepBar = new HBox(4);
        stepBar.setId("campaign-steps");
        stepBar.getStyleClass().add("campaign-steps");
        for (EditorStep step : EditorStep.values()) {
            ToggleButton button = new ToggleButton((step.ordinal() + 1) + "  " + step.title());
            button.setId("campaign-step-" + step.id());
            button.setToggleGroup(steps);
            button.setOnAction(event -> viewModel.goTo(step));
            stepButtons.put(step, button);
            stepBar.getChildren().add(button);
        }

        shown.setId("campaign-step-content");
        VBox.setVgrow(shown, Priority.ALWAYS);

        Label status = new Label();
        status.setId("campaign-editor-status");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.textProperty().bind(viewModel.statusProperty());
        Label error = new Label();
        error.setId("campaign-editor-error");
        error.setWrapText(true);
        error.getStyleClass().add("field-problem");
        error.textProperty().bind(viewModel.errorProperty());
        Button previous = new Button("Back");
        previous.setId("campaign-back");
        previous.setOnAction(event -> viewModel.back());
        previous.disableProperty().bind(viewModel.stepProperty().isEqualTo(EditorStep.AUDIENCE));
        Button next = new Button("Next", new FontIcon("fth-arrow-right"));
        next.setId("campaign-next");
        next.setContentDisplay(javafx.scene.control.ContentDisplay.RIGHT);
        next.setOnAction(event -> viewModel.next());
        next.visibleProperty().bind(viewModel.stepProperty().isNotEqualTo(EditorStep.REVIEW));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        VBox messages = new VBox(2, status, error);
        HBox footer = new HBox(10, messages, spacer, previous, next);
        footer.setAlignment(Pos.CENTER_LEFT);

        getChildren().addAll(headingBox, stepBar, shown, footer);
        setPadding(new Insets(20, 24, 16, 24));
        viewModel.stepProperty().addListener((observable, old, step) -> showStep(step));
        showStep(viewModel.stepProperty().get());
        SaveShortcut.install(this, viewModel);
    }

    private void showStep(EditorStep step) {
        Node page = pages.computeIfAbsent(step, this::build);
        shown.getChildren().setAll(page);
        stepButtons.get(step).setSelected(true);
    }

    private Node build(EditorStep step) {
        return switch (step) {
            case AUDIENCE -> scroll(new AudienceStep(viewModel));
            case MESSAGE -> new MessageStep(viewModel);
            case SCHEDULE -> scroll(new ScheduleStep(viewModel));
            case LIMITS -> scroll(new LimitsStep(viewModel));
            case REVIEW -> new ReviewStep(viewModel);
        };
    }

    private static Node scroll(Node page) {
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        return scroll;
    }
}
