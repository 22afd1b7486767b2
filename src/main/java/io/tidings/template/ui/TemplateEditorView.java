package io.tidings.template.ui;

import atlantafx.base.theme.Styles;
import io.tidings.shell.CommandButtons;
import io.tidings.shell.SaveShortcut;
import io.tidings.shell.UnsavedMarker;
import io.tidings.template.EndpointChoice;
import io.tidings.template.TemplatePreview;
import io.tidings.template.TemplateProblem;
import io.tidings.ui.ChannelNames;
import io.tidings.ui.preview.MessagePreviews;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.CustomMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/** The editor of one template: its parts on the left, the live preview on the right, problems below. */
final class TemplateEditorView extends VBox {


    private final TemplateEditorViewModel editor;
    private final Label title = new Label();
    private final Label version = new Label();
    private final TemplateForm form;
    private final StackPane previewHolder = new StackPane();
    private final MessagePreviews previews;
    private final ListView<TemplateProblem> problems = new ListView<>();
    private final Label notRendered = new Label();

    TemplateEditorView(TemplateEditorViewModel editor) {
        super(10);
        this.editor = editor;
        this.form = new TemplateForm(editor);
        this.previews = new MessagePreviews(editor::allowRemoteImages);
        setId("template-editor");
        getStyleClass().add("template-editor");

        title.setId("template-title");
        title.getStyleClass().add(Styles.TITLE_3);
        title.setMinWidth(0);
        version.setId("template-version");
        version.getStyleClass().add(Styles.TEXT_MUTED);
        Button save = new Button("Save", new FontIcon("fth-save"));
        save.setId("template-save");
        save.getStyleClass().add(Styles.ACCENT);
        save.setTooltip(new Tooltip("Save as a new version (" + SaveShortcut.SAVE.getDisplayText() + ")"));
        Button versions = new Button("Versions", new FontIcon("fth-clock"));
        versions.setId("template-versions");
        versions.setOnAction(event -> new VersionsDialog(editor, getScene().getWindow()).show());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        versions.setMinWidth(Region.USE_PREF_SIZE);
        save.setMinWidth(Region.USE_PREF_SIZE);
        // The name over its type and version, so that a narrow editor shortens the name rather than lose it.
        version.setMinWidth(0);
        VBox names = new VBox(2, title, version);
        names.setMinWidth(120);
        HBox.setHgrow(names, Priority.ALWAYS);
        title.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        HBox heading = new HBox(10, names, new UnsavedMarker(editor, "template-unsaved"), versions,
                CommandButtons.bind(save, editor.saveCommand()));
        heading.setAlignment(Pos.CENTER_LEFT);

        Label status = new Label();
        status.setId("template-status");
        status.setWrapText(true);
        status.getStyleClass().add(Styles.SUCCESS);
        status.textProperty().bind(editor.statusProperty());
        Label error = new Label();
        error.setId("template-error");
        error.setWrapText(true);
        error.getStyleClass().add(Styles.DANGER);
        error.textProperty().bind(editor.errorProperty());
        for (Label line : new Label[] {status, error}) {
            line.visibleProperty().bind(line.textProperty().isNotEmpty());
            line.managedProperty().bind(line.visibleProperty());
        }

        ScrollPane formScroll = new ScrollPane(form);
        formScroll.setFitToWidth(true);
        formScroll.getStyleClass().add("edge-to-edge");
        notRendered.setId("template-not-rendered");
        notRendered.setWrapText(true);
        notRendered.setMinHeight(Region.USE_PREF_SIZE); // wrapped, it needs all its lines
        notRendered.getStyleClass().add(Styles.DANGER);
        notRendered.managedProperty().bind(notRendered.visibleProperty());
        notRendered.setVisible(false);
        VBox previewSide = new VBox(10, previewBar(), new Separator(), notRendered, scrolling(previewHolder));
        previewSide.getStyleClass().add("preview-side");
        VBox.setVgrow(formScroll, Priority.ALWAYS);
        VBox formSide = new VBox(6, variablePicker(), formScroll);
        SplitPane split = new SplitPane(formSide, previewSide);
        split.setDividerPositions(0.48);

        problems.setId("template-problems");
        problems.setPrefHeight(110);
        problems.setMinHeight(60);
        problems.setPlaceholder(new Label("No problems found."));
        problems.setItems(editor.problems());
        problems.setCellFactory(list -> new ProblemCell());
        Label problemsHeading = new Label("Problems");
        problemsHeading.getStyleClass().add(Styles.TEXT_SMALL);

        // The problems below the editor in a split of their own: dragging the divider up gives them room.
        VBox problemsBox = new VBox(4, problemsHeading, problems);
        VBox.setVgrow(problems, Priority.ALWAYS);
        problemsBox.setMinHeight(70);
        SplitPane editorAndProblems = new SplitPane(split, problemsBox);
        editorAndProblems.setId("template-editor-split");
        editorAndProblems.setOrientation(javafx.geometry.Orientation.VERTICAL);
        editorAndProblems.setDividerPositions(0.82);
        SplitPane.setResizableWithParent(problemsBox, false);
        VBox.setVgrow(editorAndProblems, Priority.ALWAYS);
        getChildren().addAll(heading, status, error, editorAndProblems, sendBar());

        editor.openedProperty().addListener((observable, old, count) -> opened());
        editor.dirtyProperty().addListener((observable, old, dirty) -> showTitle());
        editor.templateProperty().addListener((observable, old, template) -> showTitle());
        editor.previewProperty().addListener((observable, old, preview) -> showPreview(preview));
        editor.remoteImagesAllowedProperty().addListener((observable, old, allowed) -> showPreview(editor.previewProperty().get()));
        editor.problems().addListener((ListChangeListener<TemplateProblem>) change -> problemsHeading.setText(
                editor.problems().isEmpty() ? "Problems" : "Problems (" + editor.problems().size() + ")"));
        SaveShortcut.install(this, editor);
        opened();
    }

    private Node previewBar() {
        Label label = new Label("Preview for");
        ComboBox<EndpointChoice> endpoints = new ComboBox<>(editor.endpointChoices());
        endpoints.setId("template-preview-endpoint");
        endpoints.setEditable(true);
        endpoints.setPromptText("Name or address");
        endpoints.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(endpoints, Priority.ALWAYS);
        endpoints.setConverter(new StringConverter<>() {
            @Override
            public String toString(EndpointChoice choice) {
                return choice == null ? "" : choice.label();
            }

            @Override
            public EndpointChoice fromString(String text) {
                return editor.endpointChoices().stream().filter(choice -> choice.label().equals(text)).findFirst()
                        .orElse(null);
            }
        });
        endpoints.setCellFactory(list -> new EndpointCell());
        endpoints.getEditor().textProperty().addListener((observable, old, text) -> {
            boolean isChoiceLabel = editor.endpointChoices().stream().anyMatch(choice -> choice.label().equals(text));
            if (!isChoiceLabel) {
                editor.searchEndpoints(text);
                if (endpoints.isFocused() || endpoints.getEditor().isFocused()) {
                    endpoints.show();
                }
            }
        });
        endpoints.valueProperty().addListener((observable, old, choice) -> {
            if (choice != null) {
                editor.previewFor(choice);
            }
        });
        Button defaults = new Button("Default values");
        defaults.setId("template-preview-defaults");
        defaults.getStyleClass().add(Styles.FLAT);
        defaults.setOnAction(event -> {
            endpoints.setValue(null);
            endpoints.getEditor().clear();
            editor.previewFor(null);
        });
        label.setMinWidth(Region.USE_PREF_SIZE);
        defaults.setMinWidth(Region.USE_PREF_SIZE);
        endpoints.setMinWidth(160);
        HBox bar = new HBox(8, label, endpoints, defaults);
        bar.setAlignment(Pos.CENTER_LEFT);
        // in a narrow preview the address box gets a line of its own rather than shrink to a sliver
        VBox narrow = new VBox(6);
        StackPane holder = new StackPane(bar);
        holder.setMinWidth(200);
        holder.setAlignment(Pos.CENTER_LEFT);
        holder.widthProperty().addListener((observable, old, width) -> {
            boolean oneLine = width.doubleValue() <= 0 || width.doubleValue() >= 360;
            if (oneLine && bar.getChildren().size() == 2) {
                narrow.getChildren().clear();
                bar.getChildren().add(1, endpoints);
                holder.getChildren().setAll(bar);
            } else if (!oneLine && bar.getChildren().size() == 3) {
                bar.getChildren().remove(endpoints);
                narrow.getChildren().setAll(bar, endpoints);
                holder.getChildren().setAll(narrow);
            }
        });
        return holder;
    }

    /** "Insert variable": the endpoint's and the audience's fields with the template's defaults, typed at the caret. */
    private Node variablePicker() {
        MenuButton insert = new MenuButton("Insert variable", new FontIcon("fth-plus-square"));
        insert.setId("template-insert-variable");
        insert.getStyleClass().addAll(Styles.FLAT, Styles.SMALL);
        insert.setOnShowing(event -> {
            insert.getItems().clear();
            for (String variable : editor.variables()) {
                String fallback = editor.defaultOf(variable);
                Label name = new Label(TemplateVariables.tag(variable));
                name.getStyleClass().add("variable-name");
                Label detail = new Label(fallback == null ? "no default" : "default: " + fallback);
                detail.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
                HBox line = new HBox(12, name, detail);
                line.setAlignment(Pos.BASELINE_LEFT);
                CustomMenuItem item = new CustomMenuItem(line);
                item.setId("insert-" + variable.replace('.', '-'));
                item.setOnAction(done -> form.insertAtCaret(TemplateVariables.tag(variable)));
                insert.getItems().add(item);
            }
        });
        // Short enough for the editor's column at 1280 pixels; the button's tooltip says the rest.
        Label hint = new Label("at the cursor");
        hint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        hint.setMinWidth(0);
        insert.setTooltip(new Tooltip("Inserts the field at the cursor of the part you are editing"));
        HBox bar = new HBox(8, insert, hint);
        bar.setAlignment(Pos.CENTER_LEFT);
        insert.setMinWidth(Region.USE_PREF_SIZE);
        return bar;
    }

    private Node sendBar() {
        TestSend test = editor.testSend();
        TextField address = new TextField();
        address.setId("template-test-address");
        address.textProperty().bindBidirectional(test.addressProperty());
        address.setPromptText("Address for a test: email, phone number or device token");
        HBox.setHgrow(address, Priority.ALWAYS);
        Button send = new Button("Send test", new FontIcon("fth-send"));
        send.setId("template-send-test");
        address.setOnAction(event -> test.sendCommand().run());
        Label note = new Label("Test messages go to the sandbox outbox (see Outbox); nothing leaves this computer.");
        note.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        note.setWrapText(true);
        send.setMinWidth(Region.USE_PREF_SIZE);
        Label result = new Label();
        result.setId("template-test-result");
        result.setWrapText(true);
        result.setMinWidth(0);
        result.setMinHeight(Region.USE_PREF_SIZE);
        result.setMaxWidth(420);
        result.textProperty().bind(test.resultProperty());
        result.graphicProperty().bind(javafx.beans.binding.Bindings.createObjectBinding(() ->
                test.resultProperty().get().isEmpty() ? null
                        : new FontIcon(test.succeededProperty().get() ? "fth-check-circle" : "fth-x-circle"),
                test.resultProperty(), test.succeededProperty()));
        test.succeededProperty().addListener((observable, old, went) -> {
            result.getStyleClass().removeAll(Styles.SUCCESS, Styles.DANGER);
            result.getStyleClass().add(went ? Styles.SUCCESS : Styles.DANGER);
        });
        result.getStyleClass().add(Styles.DANGER);
        HBox row = new HBox(8, address, CommandButtons.bind(send, test.sendCommand()), result);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, row, note);
    }

    private static ScrollPane scrolling(Node content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return scroll;
    }

    private void opened() {
        form.rebuild();
        showTitle();
        previewHolder.getChildren().clear();
    }

    private void showTitle() {
        var template = editor.templateProperty().get();
        if (template == null) {
            title.setText("");
            version.setText("");
            return;
        }
        title.setText(template.name());
        title.setTooltip(new Tooltip(template.name()));
        version.setText(TemplatesViewModel.typeName(template.type()) + " · active version "
                + template.summary().activeVersion());
    }

    private void showPreview(TemplatePreview preview) {
        var template = editor.templateProperty().get();
        if (preview == null || template == null) {
            previewHolder.getChildren().clear();
            return;
        }
        var firstError = preview.problems().stream()
                .filter(problem -> problem.severity() == TemplateProblem.Severity.ERROR).findFirst();
        notRendered.setVisible(preview.message().hasErrors());
        notRendered.setText(firstError.map(problem -> "Parts with errors are not shown until they are fixed. "
                + problem.describe()).orElse(""));
        Node shown = previews.show(template.type(), preview, editor.remoteImagesAllowedProperty().get());
        if (previewHolder.getChildren().size() != 1 || previewHolder.getChildren().get(0) != shown) {
            previewHolder.getChildren().setAll(shown);
        }
        StackPane.setAlignment(shown, Pos.TOP_LEFT);
    }

    /** An endpoint as a person reads it: the name (or address) over the address and channel, as wide as the box. */
    private static final class EndpointCell extends ListCell<EndpointChoice> {
        EndpointCell() {
            // as wide as the box: a long address is cut, not the popup widened to the screen
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(EndpointChoice choice, boolean empty) {
            super.updateItem(choice, empty);
            if (empty || choice == null) {
                setText(null);
                setGraphic(null);
                setTooltip(null);
                return;
            }
            boolean named = choice.name() != null && !choice.name().isBlank();
            Label first = new Label(named ? choice.name() : choice.shortAddress());
            first.getStyleClass().add(Styles.TEXT_BOLD);
            String rest = (named ? choice.shortAddress() + " · " : "") + ChannelNames.of(choice.channel())
                    + (choice.userId() == null || choice.userId().isBlank() ? "" : " · user " + choice.userId());
            Label second = new Label(rest);
            second.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            for (Label line : new Label[] {first, second}) {
                line.setMinWidth(0);
                line.setMaxWidth(Double.MAX_VALUE);
            }
            setText(null);
            setGraphic(new VBox(1, first, second));
            setTooltip(new Tooltip(choice.address() + "\n" + choice.channel()
                    + (choice.userId() == null ? "" : "\nuser " + choice.userId())));
        }
    }

    /** A problem with its severity shown by an icon and its place in words. */
    private static final class ProblemCell extends ListCell<TemplateProblem> {
        ProblemCell() {
            // lets long messages wrap at the list's width instead of scrolling sideways
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(TemplateProblem problem, boolean empty) {
            super.updateItem(problem, empty);
            getStyleClass().removeAll("problem-error", "problem-warning");
            if (empty || problem == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            boolean isError = problem.severity() == TemplateProblem.Severity.ERROR;
            setText(problem.describe());
            setWrapText(true);
            setGraphic(new FontIcon(isError ? "fth-x-circle" : "fth-alert-triangle"));
            getStyleClass().add(isError ? "problem-error" : "problem-warning");
        }
    }
}
