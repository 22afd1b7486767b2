package io.tidings.campaign.ui;

import io.tidings.shell.EditorScreen;
import io.tidings.shell.ReloadsOnReturn;
import io.tidings.shell.UnsavedEdits;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/** The Campaigns section: the list, the editor or a run monitor, one at a time. */
public final class CampaignsView extends StackPane implements ReloadsOnReturn, EditorScreen {

    private static final String STYLESHEET = CampaignsView.class.getResource("campaign.css").toExternalForm();

    private final CampaignsViewModel viewModel;
    private final Node list;
    private final Node editor;
    private final Node monitor;

    public CampaignsView(CampaignsViewModel viewModel) {
        this.viewModel = viewModel;
        setId("campaigns");
        getStyleClass().add("campaigns-view");
        getStylesheets().add(STYLESHEET);
        list = new CampaignListView(viewModel);
        editor = new CampaignEditorView(viewModel.editor(), viewModel::showList);
        monitor = new RunMonitorView(viewModel.monitor(), viewModel::showList);
        viewModel.pageProperty().addListener((observable, old, page) -> showPage());
        showPage();
        viewModel.refresh();
    }

    @Override
    public void returnedTo() {
        if (viewModel.pageProperty().get() == CampaignsViewModel.Page.LIST) {
            viewModel.refresh();
        }
    }

    @Override
    public List<UnsavedEdits> editors() {
        return List.of(viewModel.editor());
    }

    private void showPage() {
        getChildren().setAll(switch (viewModel.pageProperty().get()) {
            case LIST -> list;
            case EDITOR -> editor;
            case MONITOR -> monitor;
        });
    }
}
