package io.tidings.journey.ui;

import atlantafx.base.theme.Styles;
import io.tidings.journey.JourneyEntry;
import io.tidings.journey.ui.EventFiltersDraft.AttributeOperator;
import io.tidings.journey.ui.EventFiltersDraft.AttributeRow;
import io.tidings.journey.ui.EventFiltersDraft.MetricComparison;
import io.tidings.journey.ui.EventFiltersDraft.MetricRow;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The event entry's filters on the event's attributes ("plan is one of gold, platinum") and metrics ("price is at
 * least 50"): a row each, removable, every change an undoable edit of the entry; what cannot be taken is said below.
 */
final class EventFilterEditor extends VBox {

    static final String FIELD = "entry-filters";
    /** The least a name or a comparison shrinks to, so that the row never asks the panel for more than it has. */
    private static final double LEAST_WIDTH = 60;
    /** Below this width, name, comparison and remove do not fit on one line. */
    private static final double ONE_LINE_WIDTH = 290;

    private final ActivityPropertiesViewModel viewModel;
    private final EventFiltersDraft draft;
    private final VBox attributeRows = new VBox(6);
    private final VBox metricRows = new VBox(6);

    EventFilterEditor(ActivityPropertiesViewModel viewModel, JourneyEntry.OnEvent entry) {
        super(6);
        this.viewModel = viewModel;
        this.draft = EventFiltersDraft.of(entry.dimensions());
        setId("journey-entry-filters");
        Button addAttribute = addButton("journey-entry-add-attribute", "Add an attribute filter", () -> {
            draft.addAttribute();
            showRows();
            focus(attributeRows);
        });
        Button addMetric = addButton("journey-entry-add-metric", "Add a metric filter", () -> {
            draft.addMetric();
            showRows();
            focus(metricRows);
        });
        getChildren().addAll(PropertyForm.section("Only events where"),
                PropertyForm.help("An event lets its sender in only when its attributes and metrics pass every "
                        + "filter. Separate values with commas; dates as 2026-12-01."),
                attributeRows, addAttribute, metricRows, addMetric, PropertyForm.problem(viewModel, FIELD));
        showRows();
    }

    private void showRows() {
        attributeRows.getChildren().clear();
        List<AttributeRow> attributes = draft.attributes();
        for (int index = 0; index < attributes.size(); index++) {
            attributeRows.getChildren().add(attributeRow(attributes.get(index), index + 1));
        }
        metricRows.getChildren().clear();
        List<MetricRow> metrics = draft.metrics();
        for (int index = 0; index < metrics.size(); index++) {
            metricRows.getChildren().add(metricRow(metrics.get(index), index + 1));
        }
        boolean editable = viewModel.editableProperty().get();
        attributeRows.setDisable(!editable);
        metricRows.setDisable(!editable);
    }

    private VBox attributeRow(AttributeRow row, int number) {
        String id = "journey-entry-attribute-" + number;
        TextField name = PropertyForm.committing(new TextField(), id + "-name", row.name, text -> {
            row.name = text;
            apply();
        });
        name.setPromptText("Attribute");
        name.setTooltip(new Tooltip("The event's attribute, such as plan"));
        TextField values = PropertyForm.committing(new TextField(), id + "-values", row.values, text -> {
            row.values = text;
            apply();
        });
        values.setPromptText(row.operator.example);
        ComboBox<AttributeOperator> operator = PropertyForm.choice(id + "-operator",
                List.of(AttributeOperator.values()), row.operator, chosen -> chosen.words, "Compare", chosen -> {
                    row.operator = chosen;
                    values.setPromptText(chosen.example);
                    apply();
                });
        return row(id, "Remove this attribute filter", name, operator, values, () -> draft.attributes().remove(row));
    }

    private VBox metricRow(MetricRow row, int number) {
        String id = "journey-entry-metric-" + number;
        TextField name = PropertyForm.committing(new TextField(), id + "-name", row.name, text -> {
            row.name = text;
            apply();
        });
        name.setPromptText("Metric");
        name.setTooltip(new Tooltip("The event's metric, such as price"));
        ComboBox<MetricComparison> comparison = PropertyForm.choice(id + "-comparison",
                List.of(MetricComparison.values()), row.comparison, chosen -> chosen.words, "Compare", chosen -> {
                    row.comparison = chosen;
                    apply();
                });
        TextField value = PropertyForm.committing(new TextField(), id + "-value", row.value, text -> {
            row.value = text;
            apply();
        });
        value.setPromptText("A number, such as 50");
        return row(id, "Remove this metric filter", name, comparison, value, () -> draft.metrics().remove(row));
    }

    /**
     * Name, comparison and remove on the first line and the values below, where they have the panel's width; in a
     * narrow panel the comparison takes a line of its own rather than squeeze the name to a letter.
     */
    private VBox row(String id, String removeWords, TextField name, ComboBox<?> compare, TextField values,
            Runnable remove) {
        Button removeButton = new Button(null, new FontIcon("fth-x"));
        removeButton.setId(id + "-remove");
        removeButton.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        removeButton.setTooltip(new Tooltip(removeWords));
        removeButton.setAccessibleText(removeWords);
        removeButton.setOnAction(event -> {
            remove.run();
            showRows();
            apply();
        });
        name.setPrefColumnCount(5);
        name.setMinWidth(LEAST_WIDTH);
        HBox.setHgrow(name, Priority.ALWAYS);
        compare.setMinWidth(LEAST_WIDTH);
        HBox first = new HBox(6, name, compare, removeButton);
        first.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(first, values);
        box.setId(id);
        box.getStyleClass().add("journey-filter-row");
        box.widthProperty().addListener((observable, old, width) -> {
            boolean oneLine = width.doubleValue() >= ONE_LINE_WIDTH;
            if (oneLine && compare.getParent() != first) {
                box.getChildren().remove(compare);
                compare.setMaxWidth(Region.USE_PREF_SIZE);
                first.getChildren().add(1, compare);
            } else if (!oneLine && compare.getParent() == first) {
                first.getChildren().remove(compare);
                compare.setMaxWidth(Double.MAX_VALUE);
                box.getChildren().add(1, compare);
            }
        });
        return box;
    }

    private Button addButton(String id, String words, Runnable add) {
        Button button = new Button(words, new FontIcon("fth-plus"));
        button.setId(id);
        button.getStyleClass().add(Styles.FLAT);
        button.disableProperty().bind(viewModel.editableProperty().not());
        button.setOnAction(event -> add.run());
        return button;
    }

    private void apply() {
        viewModel.updateEntry(FIELD, old -> {
            JourneyEntry.OnEvent now = (JourneyEntry.OnEvent) old;
            return new JourneyEntry.OnEvent(now.filterType(), draft.applyTo(now.dimensions()), now.segmentId(),
                    now.description());
        });
    }

    private static void focus(VBox rows) {
        if (!rows.getChildren().isEmpty()) {
            VBox last = (VBox) rows.getChildren().get(rows.getChildren().size() - 1);
            ((HBox) last.getChildren().get(0)).getChildren().get(0).requestFocus();
        }
    }
}
