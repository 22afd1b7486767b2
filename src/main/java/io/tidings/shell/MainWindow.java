package io.tidings.shell;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

/**
 * The main window's content: header, sidebar, the current section, and the status bar. Section
 * screens are built on first visit and kept until another workspace opens.
 */
public final class MainWindow<W extends OpenWorkspace> extends BorderPane {

    private final ShellViewModel<W> viewModel;
    private final SectionViewFactory<W> sections;
    private final StackPane content = new StackPane();
    private final Map<Section, Node> built = new EnumMap<>(Section.class);

    public MainWindow(ShellViewModel<W> viewModel, SectionViewFactory<W> sections, FxBackgroundWork background) {
        this.viewModel = viewModel;
        this.sections = sections;
        setId("main-window");
        getStyleClass().add("main-window");
        content.getStyleClass().add("section-content");
        content.setId("section-content");

        setTop(new HeaderBar(viewModel));
        setLeft(new Sidebar(viewModel));
        setCenter(content);
        setBottom(new StatusBar(background));

        viewModel.watchEditors(this::editors);
        viewModel.sectionProperty().addListener((observable, old, section) -> showSection());
        viewModel.workspaceProperty().addListener((observable, old, workspace) -> {
            built.clear();
            showSection();
        });
        viewModel.openingProperty().addListener((observable, old, opening) -> showSection());
        showSection();
    }

    /** Puts the window's keyboard shortcuts on its scene. */
    public void installShortcuts(Scene scene) {
        for (Section section : Section.values()) {
            scene.getAccelerators().put(section.shortcut(), () -> viewModel.showSection(section));
        }
        scene.getAccelerators().put(HeaderBar.TOGGLE_THEME, viewModel::toggleTheme);
    }

    /** The editors of every screen built, the one shown first. */
    private List<UnsavedEdits> editors() {
        List<UnsavedEdits> editors = new ArrayList<>();
        content.getChildren().forEach(shown -> addEditors(shown, editors));
        built.values().stream().filter(screen -> !content.getChildren().contains(screen))
                .forEach(screen -> addEditors(screen, editors));
        return editors;
    }

    private static void addEditors(Node screen, List<UnsavedEdits> editors) {
        if (screen instanceof EditorScreen editorScreen) {
            editors.addAll(editorScreen.editors());
        }
    }

    private void showSection() {
        W workspace = viewModel.workspaceProperty().get();
        Node shown;
        if (workspace == null) {
            shown = viewModel.openingProperty().get() ? openingPlaceholder() : noWorkspacePlaceholder();
        } else {
            Section section = viewModel.sectionProperty().get();
            shown = built.get(section);
            if (shown == null) {
                shown = sections.create(section, workspace);
                built.put(section, shown);
            } else if (shown instanceof ReloadsOnReturn screen && !content.getChildren().contains(shown)) {
                screen.returnedTo();
            }
        }
        content.getChildren().setAll(shown);
    }

    private static Node openingPlaceholder() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label label = new Label("Opening the workspace…");
        VBox box = new VBox(16, spinner, label);
        box.setAlignment(Pos.CENTER);
        box.setId("opening-placeholder");
        return box;
    }

    private Node noWorkspacePlaceholder() {
        Label title = new Label("No workspace is open");
        title.getStyleClass().add("title-3");
        Label hint = new Label("Use the workspace menu above to create one, open a file, or open the sample workspace.");
        hint.setWrapText(true);
        VBox box = new VBox(8, title, hint);
        box.setAlignment(Pos.CENTER);
        box.setMaxWidth(420);
        box.setId("no-workspace-placeholder");
        return box;
    }
}
