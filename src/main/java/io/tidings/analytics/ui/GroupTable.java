package io.tidings.analytics.ui;

import io.tidings.analytics.GroupResult;
import io.tidings.ui.chart.KpiFormat;
import java.util.List;

/** The KPIs of groups (runs, channels, segments) as rows: sent, delivered, failed, the rates. */
final class GroupTable extends RowsTable<GroupResult> {

    private static final List<Column<GroupResult>> COLUMNS = List.of(
            new Column<>("Sent", group -> KpiFormat.count(group.kpis().messagesSent())),
            new Column<>("Delivered", group -> KpiFormat.count(group.kpis().delivered())),
            new Column<>("Failed", group -> KpiFormat.count(group.kpis().failed())),
            new Column<>("Delivery rate", group -> KpiFormat.rate(group.kpis().successfulDeliveryRate())),
            new Column<>("Open rate", group -> KpiFormat.rate(group.kpis().emailOpenRate())),
            new Column<>("Click rate", group -> KpiFormat.rate(group.kpis().clickRate())),
            new Column<>("Opt-outs", group -> KpiFormat.count(group.kpis().emailUnsubscribes()
                    + group.kpis().smsOptOuts())));

    GroupTable(String id) {
        super(id, COLUMNS, GroupResult::label);
    }
}
