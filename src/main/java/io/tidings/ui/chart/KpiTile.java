package io.tidings.ui.chart;

import io.tidings.analytics.Headline;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import atlantafx.base.theme.Styles;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * A headline KPI: its name, its value, and its change against the previous period with an arrow, green when the
 * change is good news and red when it is bad (a rise in opt-outs is bad).
 */
public final class KpiTile extends VBox {

    private final Label caption = new Label();
    private final Label value = new Label("–");
    private final Label change = new Label();

    public KpiTile() {
        getStyleClass().add("kpi-tile");
        getStylesheets().add(ThemedChart.STYLESHEET);
        caption.getStyleClass().add(Styles.TEXT_MUTED);
        value.getStyleClass().add("kpi-value");
        change.getStyleClass().add("kpi-change");
        getChildren().addAll(caption, value, change);
    }

    public void show(Headline headline) {
        String id = "kpi-" + headline.name().toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
        setId(id);
        value.setId(id + "-value");
        change.setId(id + "-change");
        caption.setText(headline.name());
        value.setText(KpiFormat.value(headline));
        String changeText = KpiFormat.change(headline);
        Double difference = headline.change();
        change.setText(changeText.isEmpty() ? "no earlier figure" : changeText);
        change.setGraphic(difference == null || difference == 0 ? null
                : new FontIcon(difference > 0 ? "fth-arrow-up-right" : "fth-arrow-down-right"));
        change.getStyleClass().removeAll("good", "bad");
        Boolean good = headline.good();
        if (good != null) {
            change.getStyleClass().add(good ? "good" : "bad");
        }
        change.setTooltip(new Tooltip(headline.previous() == null ? "The previous period has no figure."
                : "Against the previous period of the same length: " + KpiFormat.value(new Headline(headline.name(), headline.measure(),
                        headline.previous(), null, headline.higherIsBetter()))));
    }
}
