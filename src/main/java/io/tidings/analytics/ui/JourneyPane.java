package io.tidings.analytics.ui;

import atlantafx.base.theme.Styles;
import io.tidings.analytics.Headline;
import io.tidings.analytics.JourneyExecution;
import io.tidings.analytics.JourneyReport;
import io.tidings.ui.chart.ChartCard;
import io.tidings.ui.chart.Charts;
import io.tidings.ui.chart.EmptyState;
import io.tidings.ui.chart.KpiFormat;
import io.tidings.ui.chart.KpiTile;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * A journey's results: headline KPIs, its participants now (entered, active, left), the days' chart and each
 * activity's figures.
 */
final class JourneyPane extends VBox {

    private final FlowPane tiles = new FlowPane(12, 12);
    private final Label participants = new Label();
    private final ChartCard daily;
    private final ActivityTable activities = new ActivityTable();
    private final EmptyState empty = new EmptyState("analytics-journey-empty");

    JourneyPane(AnalyticsViewModel viewModel) {
        super(14);
        setId("analytics-journey-results");
        tiles.setId("analytics-journey-tiles");
        participants.setId("analytics-journey-participants");
        participants.setWrapText(true);
        daily = new ChartCard("analytics-journey-daily", "The journey's sends, deliveries, opens and clicks per day",
                viewModel.export());
        Label activitiesTitle = new Label("Activities");
        activitiesTitle.getStyleClass().add(Styles.TITLE_4);
        Label note = new Label("Messages in the range; participants (entered, waiting, left) over the journey's whole "
                + "life, as Pinpoint's execution metrics.");
        note.setWrapText(true);
        note.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        empty.managedProperty().bind(empty.visibleProperty());
        empty.setVisible(false);
        getChildren().addAll(empty, tiles, participants, daily, activitiesTitle, note, activities);
    }

    void show(JourneyReport report) {
        empty.setVisible(report.quiet());
        if (report.quiet()) {
            empty.show("No messages of %s in this range".formatted(report.journey().name()), "Its results show here "
                    + "once it sends. Choose a longer range, or publish the journey in Journeys.");
        }
        tiles.getChildren().clear();
        for (Headline headline : report.headlines()) {
            KpiTile tile = new KpiTile();
            tile.show(headline);
            tiles.getChildren().add(tile);
        }
        JourneyExecution execution = report.execution();
        participants.setText(report.journey().state() == null
                ? "Participants: not known for a journey only imported events name."
                : "Participants: %s entered, %s in the journey now, %s left.".formatted(
                        KpiFormat.count(execution.entered()), KpiFormat.count(execution.active()),
                        KpiFormat.count(execution.ended())));
        Charts.Drawn days = Charts.daily(report.daily());
        daily.show(days.chart(), days.data());
        activities.show(report.activities());
    }
}
