package io.tidings.journey.ui;

import io.tidings.shell.EditorScreen;
import io.tidings.shell.ReloadsOnReturn;
import io.tidings.shell.UnsavedEdits;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** The Journeys section: the list of journeys or the designer, one at a time. */
public final class JourneysView extends StackPane implements ReloadsOnReturn, EditorScreen {

    private static final String STYLESHEET = JourneysView.class.getResource("journey.css").toExternalForm();

    private final JourneysViewModel viewModel;
    private final Node list;
    private final Node designer;

    public JourneysView(JourneysViewModel viewModel) {
        this.viewModel = viewModel;
        setId("journeys");
        getStylesheets().add(STYLESHEET);
        list = new JourneyListView(viewModel);
        designer = new JourneyDesignerView(viewModel.designer(), viewModel::showList);
        viewModel.pageProperty().addListener((observable, old, page) -> showPage());
        showPage();
        viewModel.refresh();
    }

    @Override
    public void returnedTo() {
        if (viewModel.pageProperty().get() == JourneysViewModel.Page.LIST) {
            viewModel.refresh();
        }
    }

    @Override
    public List<UnsavedEdits> editors() {
        return List.of(viewModel.designer());
    }

    private void showPage() {
        getChildren().setAll(viewModel.pageProperty().get() == JourneysViewModel.Page.LIST ? list : designer);
    }
}
