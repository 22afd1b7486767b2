package io.tidings.analytics.ui;

import atlantafx.base.theme.Styles;
import io.tidings.analytics.AbKpi;
import io.tidings.analytics.ScopeReport;
import io.tidings.analytics.TreatmentResult;
import io.tidings.analytics.TreatmentResults;
import io.tidings.ui.chart.ChartCard;
import io.tidings.ui.chart.Charts;
import io.tidings.ui.chart.KpiFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The Treatments tab: each treatment's rate on the chosen KPI against the control's, in a sentence with its 95 %
 * confidence interval and whether it could be chance (a warning when the sample is too small to tell), the lift of
 * those sent a message over the holdout, and a bar chart of the rates.
 */
final class TreatmentsPane extends VBox {

    private final VBox rows = new VBox(12);
    private final Label holdout = new Label();
    private final ChartCard chart;

    TreatmentsPane(AnalyticsViewModel viewModel) {
        super(14);
        setId("analytics-treatments");
        ComboBox<AbKpi> kpi = new ComboBox<>();
        kpi.setId("analytics-ab-kpi");
        kpi.getItems().setAll(AbKpi.values());
        kpi.valueProperty().bindBidirectional(viewModel.kpiProperty());
        kpi.setConverter(new StringConverter<>() {
            @Override
            public String toString(AbKpi value) {
                return value == null ? "" : capitalised(value.words());
            }

            @Override
            public AbKpi fromString(String text) {
                return null;
            }
        });
        Label compare = new Label("Compare the treatments on");
        HBox choice = new HBox(8, compare, kpi);
        choice.setAlignment(Pos.CENTER_LEFT);
        Label explained = new Label("Rates are endpoints that clicked, opened or bought over endpoints delivered to; "
                + "each treatment is compared with the control (the default treatment) by a two-proportion test.");
        explained.setWrapText(true);
        explained.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        holdout.setId("analytics-holdout");
        holdout.setWrapText(true);
        holdout.managedProperty().bind(holdout.visibleProperty());
        chart = new ChartCard("analytics-treatment-rates", "Treatments compared", viewModel.export());
        getChildren().addAll(choice, explained, rows, holdout, chart);
    }

    void show(ScopeReport report) {
        rows.getChildren().clear();
        TreatmentResults results = report.treatments();
        if (!report.subject().isCampaign()) {
            rows.getChildren().add(muted("Choose a campaign above to compare its treatments."));
        } else if (results.treatments().isEmpty()) {
            rows.getChildren().add(muted("This campaign has no treatment results in this range yet."));
        } else if (!results.isABTest()) {
            rows.getChildren().add(muted("This campaign has one treatment: nothing to compare. Add treatments in "
                    + "the campaign's Message step to run an A/B test."));
        }
        for (TreatmentResult treatment : results.treatments()) {
            rows.getChildren().add(row(treatment, results.kpi()));
        }
        holdout.setText(results.holdoutSentence() == null ? "" : "Holdout: " + results.holdoutSentence());
        holdout.setVisible(results.holdoutSentence() != null);
        List<String> names = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        for (TreatmentResult treatment : results.treatments()) {
            names.add(treatment.name());
            rates.add(treatment.rate());
        }
        chart.setVisible(!names.isEmpty());
        chart.managedProperty().bind(chart.visibleProperty());
        Charts.Drawn drawn = Charts.bars("Treatment", capitalised(results.kpi().words()), names,
                List.of(new Charts.BarSeries(capitalised(results.kpi().words()), rates)), false, true);
        chart.show(drawn.chart(), drawn.data());
    }

    private VBox row(TreatmentResult treatment, AbKpi kpi) {
        Label name = new Label(treatment.name() + (treatment.control() ? " (control)" : ""));
        name.getStyleClass().add(Styles.TEXT_BOLD);
        String given = treatment.endpointsGiven() == null ? ""
                : String.format(Locale.ROOT, " · %,d endpoints given", treatment.endpointsGiven());
        Label figures = new Label(String.format(Locale.ROOT, "%s %s · %,d endpoints delivered to%s",
                capitalised(kpi.words()), KpiFormat.rate(treatment.rate()), treatment.kpis().uniqueDeliveries(), given));
        figures.getStyleClass().add(Styles.TEXT_MUTED);
        VBox row = new VBox(4, new HBox(10, name, figures));
        row.setId("analytics-treatment-" + treatment.treatmentId());
        row.getStyleClass().add("list-row");
        if (!treatment.control()) {
            Label sentence = new Label(treatment.sentence());
            sentence.setId("analytics-ab-sentence-" + treatment.treatmentId());
            sentence.setWrapText(true);
            sentence.getStyleClass().add("ab-sentence");
            if (treatment.comparison() != null && treatment.comparison().significant() && !treatment.tooSmallToTell()) {
                sentence.getStyleClass().add("significant");
            }
            row.getChildren().add(sentence);
            if (treatment.tooSmallToTell()) {
                Label warning = new Label("Too few messages to tell: wait for more results before choosing a "
                        + "winner (each group needs at least five endpoints that did and five that did not).",
                        new FontIcon("fth-alert-triangle"));
                warning.setId("analytics-ab-warning-" + treatment.treatmentId());
                warning.setWrapText(true);
                warning.getStyleClass().add("warning-note");
                row.getChildren().add(warning);
            }
        }
        return row;
    }

    private static Label muted(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.getStyleClass().add(Styles.TEXT_MUTED);
        return label;
    }

    static String capitalised(String words) {
        return words.isEmpty() ? words : Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
