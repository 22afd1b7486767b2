package io.tidings.template.ui;

import io.tidings.ui.Icons;
import atlantafx.base.theme.Styles;
import io.tidings.shell.EditorScreen;
import io.tidings.shell.UnsavedEdits;
import io.tidings.template.TemplateSummary;
import io.tidings.template.TemplateType;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The Templates section: the template list on the left, the editor of the selected one on the right. */
public final class TemplatesView extends SplitPane implements EditorScreen {

    private static final String STYLESHEET = TemplatesView.class.getResource("template.css").toExternalForm();

    private final TemplatesViewModel viewModel;
    private final ListView<TemplateSummary> list = new ListView<>();
    private final Label emptyEditor = new Label();

    public TemplatesView(TemplatesViewModel viewModel) {
        this.viewModel = viewModel;
        setId("templates");
        getStyleClass().add("templates-view");
        getStylesheets().add(STYLESHEET);

        TemplateEditorView editor = new TemplateEditorView(viewModel.editor());
        editor.visibleProperty().bind(viewModel.editor().templateProperty().isNotNull());
        emptyEditor.setId("templates-empty-editor");
        emptyEditor.setWrapText(true);
        emptyEditor.setMaxWidth(520);
        emptyEditor.getStyleClass().add(Styles.TEXT_MUTED);
        emptyEditor.visibleProperty().bind(editor.visibleProperty().not());
        StackPane editorSide = new StackPane(emptyEditor, editor);
        editorSide.setPadding(new Insets(16));
        StackPane.setAlignment(emptyEditor, Pos.CENTER);

        getItems().addAll(listSide(), editorSide);
        setDividerPositions(0.24);
        SplitPane.setResizableWithParent(getItems().get(0), false);

        viewModel.templates().addListener((ListChangeListener<TemplateSummary>) change -> showEmptyStates());
        viewModel.loadedProperty().addListener((observable, old, loaded) -> showEmptyStates());
        viewModel.selectedProperty().addListener((observable, old, selected) -> {
            if (selected != null && list.getSelectionModel().getSelectedItem() != selected) {
                list.getSelectionModel().select(selected);
            }
        });
        showEmptyStates();
        viewModel.refresh();
    }

    @Override
    public java.util.List<UnsavedEdits> editors() {
        return java.util.List.of(viewModel.editor());
    }

    private VBox listSide() {
        Label title = new Label("Templates");
        title.getStyleClass().add(Styles.TITLE_3);
        MenuButton create = new MenuButton("New", new FontIcon("fth-plus"));
        create.setId("templates-new");
        create.getStyleClass().add(Styles.ACCENT);
        for (TemplateType type : TemplateType.values()) {
            MenuItem item = new MenuItem(TemplatesViewModel.typeName(type) + " template");
            item.setId("templates-new-" + type.name().toLowerCase(java.util.Locale.ROOT));
            item.setOnAction(event -> viewModel.create(type));
            create.getItems().add(item);
        }
        title.setMinWidth(Region.USE_PREF_SIZE);
        create.setMinWidth(Region.USE_PREF_SIZE);
        HBox heading = new HBox(8, title, new StackPane(), create);
        HBox.setHgrow(heading.getChildren().get(1), Priority.ALWAYS);
        heading.setAlignment(Pos.CENTER_LEFT);

        ComboBox<TemplateType> filter = new ComboBox<>();
        filter.setId("templates-filter");
        List<TemplateType> types = new ArrayList<>();
        types.add(null);
        types.addAll(List.of(TemplateType.values()));
        filter.getItems().setAll(types);
        filter.setConverter(new StringConverter<>() {
            @Override
            public String toString(TemplateType type) {
                return type == null ? "All types" : TemplatesViewModel.typeName(type);
            }

            @Override
            public TemplateType fromString(String text) {
                return null;
            }
        });
        filter.setValue(null);
        filter.setMaxWidth(Double.MAX_VALUE);
        filter.valueProperty().addListener((observable, old, type) -> viewModel.filterBy(type));

        list.setId("templates-list");
        list.setItems(viewModel.templates());
        list.setCellFactory(view -> new TemplateCell());
        list.setFixedCellSize(46);
        list.getSelectionModel().selectedItemProperty().addListener((observable, old, chosen) -> {
            viewModel.select(chosen);
            if (chosen != null && viewModel.selectedProperty().get() != chosen) {
                // the user chose to stay with unsaved changes: put the selection back
                javafx.application.Platform.runLater(() -> list.getSelectionModel().select(viewModel.selectedProperty().get()));
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE) {
                viewModel.delete();
            } else if (event.getCode() == KeyCode.D && event.isShortcutDown()) {
                viewModel.duplicate();
            } else if (event.getCode() == KeyCode.R && event.isShortcutDown()) {
                viewModel.rename();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Button duplicate = toolButton("templates-duplicate", "fth-copy", "Duplicate (Ctrl+D)", viewModel::duplicate);
        Button rename = toolButton("templates-rename", "fth-edit-2", "Rename (Ctrl+R)", viewModel::rename);
        Button delete = toolButton("templates-delete", "fth-trash-2", "Delete (Delete)", viewModel::delete);
        Button importFile = toolButton("templates-import", Icons.IMPORT, "Import Pinpoint template JSON",
                viewModel::importTemplate);
        Button exportFile = toolButton("templates-export", Icons.EXPORT, "Export as Pinpoint template JSON",
                viewModel::exportTemplate);
        Button sendNow = toolButton("templates-send-now", "fth-send", "Send now: a campaign of this template",
                viewModel::sendNow);
        for (Button button : List.of(duplicate, rename, delete, exportFile, sendNow)) {
            button.disableProperty().bind(viewModel.selectedProperty().isNull());
        }
        HBox tools = new HBox(4, sendNow, duplicate, rename, delete, new StackPane(), importFile, exportFile);
        HBox.setHgrow(tools.getChildren().get(4), Priority.ALWAYS);

        Label error = new Label();
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(viewModel.errorProperty());
        error.visibleProperty().bind(Bindings.isNotEmpty(viewModel.errorProperty()));
        error.managedProperty().bind(error.visibleProperty());

        VBox side = new VBox(10, heading, filter, list, tools, error);
        side.setPadding(new Insets(16, 12, 12, 16));
        side.getStyleClass().add("templates-list-side");
        side.setMinWidth(250);
        return side;
    }

    private void showEmptyStates() {
        boolean loaded = viewModel.loadedProperty().get();
        Label placeholder = new Label(!loaded ? "Reading templates…"
                : viewModel.hasNoTemplates() ? "No templates yet. Create one with New, or import a Pinpoint template."
                : "No templates of this type.");
        placeholder.setId("templates-list-placeholder");
        placeholder.setWrapText(true);
        placeholder.setMaxWidth(200);
        placeholder.getStyleClass().add(Styles.TEXT_MUTED);
        list.setPlaceholder(placeholder);
        emptyEditor.setText(loaded && viewModel.hasNoTemplates()
                ? "This workspace has no templates yet. Choose New to write an email, SMS, push or voice template, "
                        + "or import one exported from Amazon Pinpoint."
                : "Choose a template on the left to edit it and see it rendered for an endpoint.");
    }

    private static Button toolButton(String id, String icon, String tip, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        button.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        button.setTooltip(new Tooltip(tip));
        button.setAccessibleText(tip);
        button.setOnAction(event -> action.run());
        return button;
    }

    /** A template in the list: its name, and its type and active version below. */
    private static final class TemplateCell extends ListCell<TemplateSummary> {
        TemplateCell() {
            // long names end in an ellipsis at the list's width instead of scrolling sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TemplateSummary template, boolean empty) {
            super.updateItem(template, empty);
            if (empty || template == null) {
                setGraphic(null);
                setText(null);
                return;
            }
            Label name = new Label(template.name());
            name.getStyleClass().add(Styles.TEXT_BOLD);
            name.setMinWidth(0);
            Label detail = new Label(TemplatesViewModel.typeName(template.type()) + " · version " + template.activeVersion());
            detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            setGraphic(new VBox(2, name, detail));
            setText(null);
            setTooltip(new Tooltip(template.name()));
        }
    }
}
