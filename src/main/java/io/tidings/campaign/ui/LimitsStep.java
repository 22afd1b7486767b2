package io.tidings.campaign.ui;

import javafx.beans.property.StringProperty;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** The editor's fourth step: the campaign's own limits, with the workspace's defaults beside them. */
final class LimitsStep extends VBox {

    LimitsStep(CampaignEditorViewModel viewModel) {
        super(14);
        setId("campaign-step-limits-page");
        CampaignDraft draft = viewModel.draft();
        var problems = viewModel.problems();
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(12);
        Label rate = FormParts.hint("");
        rate.textProperty().bind(draft.channelProperty().map(channel -> "Workspace default: " + viewModel.defaultRate() + "."));
        row(grid, 0, "Messages per endpoint in a day", "campaign-limit-daily", draft.dailyProperty(),
                FormParts.hint("Workspace default: no limit. 0 to 100; every campaign and journey counts."),
                FormParts.problem(problems, CampaignDraft.DAILY));
        row(grid, 1, "Messages per endpoint over the campaign", "campaign-limit-total", draft.totalProperty(),
                FormParts.hint("Workspace default: no limit. 0 to 100; every run counts."),
                FormParts.problem(problems, CampaignDraft.TOTAL));
        row(grid, 2, "Messages per second", "campaign-limit-per-second", draft.perSecondProperty(), rate,
                FormParts.problem(problems, CampaignDraft.PER_SECOND));
        row(grid, 3, "Maximum duration (minutes)", "campaign-limit-duration", draft.durationMinutesProperty(),
                FormParts.hint("Workspace default: no limit. Messages not sent by then expire, with a reason."),
                FormParts.problem(problems, CampaignDraft.DURATION));
        CheckBox track = new CheckBox("Track opens and clicks");
        track.setId("campaign-track-opens-and-clicks");
        track.selectedProperty().bindBidirectional(draft.trackOpensAndClicksProperty());
        getChildren().addAll(FormParts.heading("Limits"),
                FormParts.hint("Leave a field empty to keep the workspace's default."), grid,
                FormParts.heading("Tracking"), track,
                FormParts.hint("Emails get an open pixel and links that count clicks through the tracking server "
                        + "(Settings › Tracking server; nothing is tracked until it is set up). Off, the email goes "
                        + "as written. The unsubscribe link is always there."));
    }

    private static void row(GridPane grid, int index, String caption, String id, StringProperty value, Label hint,
            Label problem) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(8);
        field.textProperty().bindBidirectional(value);
        Label label = new Label(caption);
        label.setLabelFor(field);
        grid.add(label, 0, index);
        grid.add(field, 1, index);
        grid.add(new VBox(2, hint, problem), 2, index);
    }
}
