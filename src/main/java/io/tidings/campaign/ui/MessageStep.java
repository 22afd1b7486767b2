package io.tidings.campaign.ui;

import atlantafx.base.theme.Styles;
import io.tidings.template.TemplateSummary;
import io.tidings.ui.preview.MessagePreviews;
import java.util.Objects;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The editor's second step: a template per treatment, up to four more treatments with their shares, the holdout,
 * and the chosen template as its recipient sees it.
 */
final class MessageStep extends HBox {

    private final CampaignEditorViewModel viewModel;
    private final GridPane rows = new GridPane();
    private final HBox previewChoice = new HBox(4);
    private final ToggleGroup previewed = new ToggleGroup();
    private final StackPane previewHolder = new StackPane();
    private final MessagePreviews previews = new MessagePreviews(allowed -> { });

    MessageStep(CampaignEditorViewModel viewModel) {
        super(24);
        this.viewModel = viewModel;
        setId("campaign-step-message-page");
        CampaignDraft draft = viewModel.draft();

        rows.setHgap(10);
        rows.setVgap(8);
        rows.setId("campaign-treatments");
        Button add = new Button("Add a treatment", new FontIcon("fth-plus"));
        add.setId("campaign-add-treatment");
        add.setOnAction(event -> draft.addTreatment());
        add.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> !draft.canAddTreatment(),
                draft.treatments()));

        TextField holdout = new TextField();
        holdout.setId("campaign-holdout");
        holdout.setPrefColumnCount(4);
        holdout.textProperty().bindBidirectional(draft.holdoutPercentProperty());
        Label shares = FormParts.problem(viewModel.problems(), CampaignDraft.SHARES);

        VBox left = new VBox(12,
                FormParts.heading("What each endpoint gets"),
                FormParts.hint("Send one template to everyone, or test up to five against each other (an A/B test): "
                        + "each treatment gets a whole-number share of the segment, and the default one gets what is "
                        + "left."),
                rows, add,
                FormParts.field("Holdout (%)", holdout, "Endpoints held out get nothing, so you can compare them "
                        + "with those who got a message.", FormParts.problem(viewModel.problems(), CampaignDraft.HOLDOUT)),
                shares);
        ScrollPane leftScroll = new ScrollPane(left);
        leftScroll.setFitToWidth(true);
        leftScroll.getStyleClass().add(atlantafx.base.theme.Tweaks.EDGE_TO_EDGE);
        HBox.setHgrow(leftScroll, Priority.ALWAYS);
        leftScroll.setMinWidth(420);

        previewChoice.setAlignment(Pos.CENTER_LEFT);
        previewHolder.setId("campaign-preview");
        previewHolder.setAlignment(Pos.TOP_LEFT);
        VBox.setVgrow(previewHolder, Priority.ALWAYS);
        VBox right = new VBox(10, FormParts.heading("Preview"), previewChoice, previewHolder);
        right.setPrefWidth(420);
        right.setMinWidth(320);
        right.getStyleClass().add("campaign-preview-side");
        getChildren().addAll(leftScroll, right);

        draft.treatments().addListener((ListChangeListener<TreatmentDraft>) change -> {
            while (change.next()) {
                if (change.wasAdded() || change.wasRemoved()) {
                    buildRows();
                    return;
                }
            }
        });
        viewModel.previewProperty().addListener((observable, old, shown) -> showPreview(shown));
        buildRows();
        showPreview(viewModel.previewProperty().get());
    }

    private void buildRows() {
        CampaignDraft draft = viewModel.draft();
        rows.getChildren().clear();
        previewChoice.getChildren().clear();
        rows.addRow(0, caption("Treatment"), caption("Name (optional)"), caption("Template"), caption("Share (%)"));
        for (int index = 0; index < draft.treatments().size(); index++) {
            TreatmentDraft treatment = draft.treatments().get(index);
            int row = index * 2 + 1;
            Label which = new Label(index == 0 ? "Default" : "Treatment " + (index + 1));
            which.getStyleClass().add(Styles.TEXT_BOLD);
            TextField name = new TextField();
            name.setId("campaign-treatment-name-" + index);
            name.setPrefColumnCount(10);
            name.textProperty().bindBidirectional(treatment.nameProperty());
            Node share;
            if (index == 0) {
                Label rest = new Label();
                rest.setId("campaign-default-share");
                rest.textProperty().bind(draft.defaultShare().asString("%d %% (what is left)"));
                share = rest;
            } else {
                TextField percent = new TextField();
                percent.setId("campaign-share-" + index);
                percent.setPrefColumnCount(4);
                percent.textProperty().bindBidirectional(treatment.sizePercentProperty());
                share = percent;
            }
            HBox shareBox = new HBox(6, share);
            shareBox.setAlignment(Pos.CENTER_LEFT);
            if (index > 0) {
                Button remove = new Button(null, new FontIcon("fth-x"));
                remove.setId("campaign-remove-treatment-" + index);
                remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
                remove.setAccessibleText("Remove treatment " + (index + 1));
                remove.setOnAction(event -> draft.removeTreatment(treatment));
                shareBox.getChildren().add(remove);
            }
            rows.addRow(row, which, name, templatePicker(index, treatment), shareBox);
            Label noTemplate = FormParts.hint("Choose a template: a treatment without one cannot be launched.");
            noTemplate.setId("campaign-no-template-" + index);
            noTemplate.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> treatment.templateIdProperty().get() == null && !treatment.sendsInlineMessage(),
                    treatment.templateIdProperty()));
            noTemplate.managedProperty().bind(noTemplate.visibleProperty());
            VBox problems = new VBox(2, noTemplate, FormParts.problem(viewModel.problems(), CampaignDraft.template(index)),
                    FormParts.problem(viewModel.problems(), CampaignDraft.share(index)));
            rows.add(problems, 1, row + 1, 3, 1);

            ToggleButton look = new ToggleButton(index == 0 ? "Default" : "Treatment " + (index + 1));
            look.setId("campaign-preview-treatment-" + index);
            look.setToggleGroup(previewed);
            look.getStyleClass().add(Styles.SMALL);
            int shown = index;
            look.setOnAction(event -> viewModel.previewedTreatmentProperty().set(shown));
            look.setSelected(Objects.equals(viewModel.previewedTreatmentProperty().get(), index));
            previewChoice.getChildren().add(look);
        }
        if (previewed.getSelectedToggle() == null && !previewChoice.getChildren().isEmpty()) {
            ((ToggleButton) previewChoice.getChildren().get(0)).setSelected(true);
            viewModel.previewedTreatmentProperty().set(0);
        }
        previewChoice.setVisible(draft.treatments().size() > 1);
        previewChoice.setManaged(previewChoice.isVisible());
    }

    private ComboBox<TemplateSummary> templatePicker(int index, TreatmentDraft treatment) {
        ComboBox<TemplateSummary> picker = new ComboBox<>(viewModel.templateChoices());
        picker.setId("campaign-template-" + index);
        picker.setPrefWidth(240);
        picker.setPromptText(treatment.sendsInlineMessage() ? "A message written in the campaign" : "Choose a template");
        picker.setCellFactory(list -> new TemplateCell());
        picker.setButtonCell(new TemplateCell());
        Runnable select = () -> {
            Long id = treatment.templateIdProperty().get();
            TemplateSummary chosen = id == null ? null : viewModel.allTemplates().stream()
                    .filter(template -> template.id() == id).findFirst().orElse(null);
            if (picker.getValue() != chosen) {
                picker.setValue(chosen);
            }
        };
        picker.valueProperty().addListener((observable, old, chosen) -> {
            if (chosen != null && !Objects.equals(treatment.templateIdProperty().get(), chosen.id())) {
                treatment.templateIdProperty().set(chosen.id());
                viewModel.previewedTreatmentProperty().set(index);
                if (index < previewChoice.getChildren().size()) {
                    ((ToggleButton) previewChoice.getChildren().get(index)).setSelected(true);
                }
            }
        });
        treatment.templateIdProperty().addListener((observable, old, id) -> select.run());
        viewModel.allTemplates().addListener((ListChangeListener<TemplateSummary>) change -> select.run());
        select.run();
        return picker;
    }

    private void showPreview(MessagePreview.Shown shown) {
        if (shown == null) {
            Label none = new Label("Choose a template to see it as its recipient will, with its default values.");
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            previewHolder.getChildren().setAll(none);
            return;
        }
        Node view = previews.show(shown.type(), shown.preview(), false);
        if (previewHolder.getChildren().size() != 1 || previewHolder.getChildren().get(0) != view) {
            previewHolder.getChildren().setAll(view);
        }
    }

    private static Label caption(String text) {
        Label label = new Label(text);
        label.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        return label;
    }

    /** A template by name. */
    private static final class TemplateCell extends ListCell<TemplateSummary> {
        @Override
        protected void updateItem(TemplateSummary template, boolean empty) {
            super.updateItem(template, empty);
            setText(empty || template == null ? null : template.name());
        }
    }
}
