package io.tidings.ui.chart;

import io.tidings.analytics.DateRange;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import atlantafx.base.theme.Styles;

/**
 * The range of days a dashboard shows: the last 7, 30 or 90 days (ending today, UTC), or a custom range picked with
 * two date pickers. It writes the chosen range into the view model's property; a custom range whose start is after
 * its end is not taken, and the pickers say so.
 */
public final class DateRangePicker extends HBox {

    /** The choices of the drop-down. */
    enum Preset {
        LAST_7("Last 7 days", 7), LAST_30("Last 30 days", 30), LAST_90("Last 90 days", 90), CUSTOM("Custom range", 0);

        private final String label;
        private final int days;

        Preset(String label, int days) {
            this.label = label;
            this.days = days;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private final ComboBox<Preset> presets = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Label dash = new Label("to");
    private final ObjectProperty<DateRange> range;
    private final Supplier<LocalDate> today;

    public DateRangePicker(String id, ObjectProperty<DateRange> range, Supplier<LocalDate> today) {
        super(6);
        this.range = range;
        this.today = today;
        setId(id);
        setAlignment(Pos.CENTER_LEFT);
        presets.getItems().setAll(Preset.values());
        presets.setId(id + "-preset");
        presets.setValue(presetOf(range.get()));
        from.setId(id + "-from");
        to.setId(id + "-to");
        for (DatePicker picker : new DatePicker[] {from, to}) {
            picker.setPrefWidth(140);
            picker.setTooltip(new Tooltip("Days are UTC days, as in Pinpoint."));
            picker.managedProperty().bind(picker.visibleProperty());
            picker.visibleProperty().bind(presets.valueProperty().isEqualTo(Preset.CUSTOM));
            picker.valueProperty().addListener((observable, old, day) -> customChanged());
        }
        dash.managedProperty().bind(dash.visibleProperty());
        dash.visibleProperty().bind(presets.valueProperty().isEqualTo(Preset.CUSTOM));
        showDays(range.get());
        presets.valueProperty().addListener((observable, old, preset) -> presetChosen(preset));
        range.addListener((observable, old, now) -> {
            presets.setValue(presetOf(now));
            showDays(now);
        });
        getChildren().addAll(presets, from, dash, to);
    }

    private void presetChosen(Preset preset) {
        if (preset != Preset.CUSTOM) {
            range.set(DateRange.lastDays(preset.days, today.get()));
        }
    }

    private void customChanged() {
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        boolean wrong = start == null || end == null || start.isAfter(end);
        from.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
        to.pseudoClassStateChanged(Styles.STATE_DANGER, wrong);
        if (!wrong && presets.getValue() == Preset.CUSTOM) {
            range.set(new DateRange(start, end));
        }
    }

    private void showDays(DateRange shown) {
        if (shown != null) {
            from.setValue(shown.from());
            to.setValue(shown.to());
        }
    }

    private Preset presetOf(DateRange shown) {
        if (shown == null) {
            return Preset.LAST_30;
        }
        for (Preset preset : Preset.values()) {
            if (preset != Preset.CUSTOM && shown.equals(DateRange.lastDays(preset.days, today.get()))) {
                return preset;
            }
        }
        return Preset.CUSTOM;
    }
}
