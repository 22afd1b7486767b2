package io.tidings.analytics.ui;

import atlantafx.base.theme.Styles;
import io.tidings.analytics.GroupResult;
import io.tidings.analytics.MessageKpis;
import io.tidings.ui.chart.KpiFormat;
import java.util.List;
import java.util.function.Function;
import javafx.geometry.HPos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The KPIs of groups (runs, channels, segments) as rows: sent, delivered, the rates. */
final class GroupTable extends GridPane {

    private record Column(String title, Function<MessageKpis, String> value) {
    }

    private static final List<Column> COLUMNS = List.of(
            new Column("Sent", kpis -> KpiFormat.count(kpis.messagesSent())),
            new Column("Delivered", kpis -> KpiFormat.count(kpis.delivered())),
            new Column("Delivery rate", kpis -> KpiFormat.rate(kpis.successfulDeliveryRate())),
            new Column("Open rate", kpis -> KpiFormat.rate(kpis.emailOpenRate())),
            new Column("Click rate", kpis -> KpiFormat.rate(kpis.clickRate())),
            new Column("Opt-outs", kpis -> KpiFormat.count(kpis.emailUnsubscribes() + kpis.smsOptOuts())));

    GroupTable(String id) {
        setId(id);
        setHgap(18);
        setVgap(6);
    }

    void show(String firstColumn, List<GroupResult> groups, String whenNone) {
        getChildren().clear();
        getColumnConstraints().setAll(new ColumnConstraints(100, 240, Double.MAX_VALUE, Priority.ALWAYS, HPos.LEFT,
                true));
        if (groups.isEmpty()) {
            Label none = new Label(whenNone);
            none.setWrapText(true);
            none.getStyleClass().add(Styles.TEXT_MUTED);
            add(none, 0, 0);
            return;
        }
        header(firstColumn, 0);
        for (int column = 0; column < COLUMNS.size(); column++) {
            header(COLUMNS.get(column).title(), column + 1);
        }
        int row = 1;
        for (GroupResult group : groups) {
            Label name = new Label(group.label());
            name.setMinWidth(0);
            name.setTooltip(new Tooltip(group.label()));
            add(name, 0, row);
            for (int column = 0; column < COLUMNS.size(); column++) {
                Label value = new Label(COLUMNS.get(column).value().apply(group.kpis()));
                value.setMinWidth(Region.USE_PREF_SIZE);
                add(value, column + 1, row);
                GridPane.setHalignment(value, HPos.RIGHT);
            }
            row++;
        }
    }

    private void header(String title, int column) {
        Label header = new Label(title);
        header.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        header.setMinWidth(Region.USE_PREF_SIZE);
        add(header, column, 0);
        if (column > 0) {
            GridPane.setHalignment(header, HPos.RIGHT);
        }
    }
}
