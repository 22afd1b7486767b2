package io.tidings.analytics.ui;

import io.tidings.analytics.JourneyReport.ActivityResult;
import io.tidings.ui.chart.KpiFormat;
import java.util.List;

/** A journey's activities as rows: their messages (sent, delivered, failed, opens, clicks, bounces, opt-outs) and participants. */
final class ActivityTable extends RowsTable<ActivityResult> {

    private static final List<Column<ActivityResult>> COLUMNS = List.of(
            new Column<>("Sent", activity -> KpiFormat.count(activity.kpis().messagesSent())),
            new Column<>("Delivered", activity -> KpiFormat.count(activity.kpis().journeyDelivered())),
            new Column<>("Failed", activity -> KpiFormat.count(activity.kpis().failed())),
            new Column<>("Opens", activity -> KpiFormat.count(activity.kpis().emailOpens() + activity.kpis().pushOpens())),
            new Column<>("Clicks", activity -> KpiFormat.count(activity.kpis().emailClicks())),
            new Column<>("Bounces", activity -> KpiFormat.count(activity.kpis().bounces())),
            new Column<>("Opt-outs", activity -> KpiFormat.count(activity.kpis().optOuts())),
            new Column<>("Entered", activity -> KpiFormat.count(activity.execution().entered())),
            new Column<>("Waiting", activity -> KpiFormat.count(activity.execution().waiting())),
            new Column<>("Left", activity -> KpiFormat.count(activity.execution().ended())));

    ActivityTable() {
        super("analytics-journey-activities", COLUMNS, ActivityResult::label);
    }

    void show(List<ActivityResult> activities) {
        show("Activity", activities, "The journey has no activities yet.");
    }
}
