package io.tidings.segment.ui;

import atlantafx.base.theme.Styles;
import io.tidings.segment.SegmentDimensions.RecencyDuration;
import io.tidings.segment.SegmentField;
import io.tidings.shell.ValueList;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One criterion in the builder: field, operator, and the value editor that fits the field. In a narrow builder the
 * value editor takes a line of its own below, rather than shrink to a sliver.
 */
final class CriterionRow extends VBox {

    /** Below this width, field, operator and values do not fit on one line. */
    private static final double ONE_LINE_WIDTH = 560;

    private final HBox firstLine = new HBox(8);
    private final CriterionDraft criterion;
    private final SegmentBuilderViewModel builder;
    private final HBox valueEditor = new HBox(6);

    CriterionRow(SegmentBuilderViewModel builder, GroupDraft group, CriterionDraft criterion, String id) {
        super(6);
        this.criterion = criterion;
        this.builder = builder;
        firstLine.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("criterion-row");
        setId(id);

        ComboBox<SegmentField> field = new ComboBox<>();
        field.setId(id + "-field");
        field.setPrefWidth(190);
        field.setMinWidth(150);
        field.setItems(FieldPicker.searchable(field, builder.choices().fields()));
        field.valueProperty().bindBidirectional(criterion.fieldProperty());

        ComboBox<CriterionOperator> operator = new ComboBox<>();
        operator.setId(id + "-operator");
        operator.setMinWidth(Region.USE_PREF_SIZE);
        operator.getItems().setAll(CriterionOperator.fitting(criterion.fieldProperty().get()));
        operator.valueProperty().bindBidirectional(criterion.operatorProperty());
        criterion.fieldProperty().addListener((observable, old, chosen) -> {
            operator.getItems().setAll(CriterionOperator.fitting(chosen));
            operator.setValue(criterion.operatorProperty().get());
            showValueEditor();
        });
        criterion.operatorProperty().addListener((observable, old, chosen) -> showValueEditor());

        Button remove = new Button(null, new FontIcon("fth-x"));
        remove.setId(id + "-remove");
        remove.getStyleClass().addAll(Styles.FLAT, Styles.BUTTON_ICON);
        remove.setTooltip(new Tooltip("Remove this criterion"));
        remove.setOnAction(event -> builder.removeCriterion(group, criterion));

        HBox.setHgrow(valueEditor, Priority.ALWAYS);
        valueEditor.setAlignment(Pos.CENTER_LEFT);
        firstLine.getChildren().addAll(field, operator, valueEditor, remove);
        getChildren().add(firstLine);
        widthProperty().addListener((observable, old, width) -> placeValueEditor(width.doubleValue()));
        showValueEditor();
    }

    private void placeValueEditor(double width) {
        boolean oneLine = width <= 0 || width >= ONE_LINE_WIDTH;
        if (oneLine && valueEditor.getParent() != firstLine) {
            getChildren().remove(valueEditor);
            firstLine.getChildren().add(2, valueEditor);
        } else if (!oneLine && valueEditor.getParent() == firstLine) {
            firstLine.getChildren().remove(valueEditor);
            getChildren().add(valueEditor);
        }
    }

    private void showValueEditor() {
        valueEditor.getChildren().clear();
        SegmentField field = criterion.fieldProperty().get();
        if (field == null) {
            return;
        }
        switch (field.kind()) {
            case DISTANCE -> {
                valueEditor.getChildren().addAll(number(criterion.kilometresProperty(), "km", "-km"), new Label("km of"),
                        number(criterion.latitudeProperty(), "latitude", "-latitude"),
                        number(criterion.longitudeProperty(), "longitude", "-longitude"));
            }
            case RECENCY -> {
                ComboBox<RecencyDuration> duration = new ComboBox<>();
                duration.setId(getId() + "-duration");
                duration.getItems().setAll(RecencyDuration.values());
                duration.setConverter(new javafx.util.StringConverter<>() {
                    @Override
                    public String toString(RecencyDuration value) {
                        return value == null ? "" : switch (value) {
                            case HR_24 -> "24 hours";
                            case DAY_7 -> "7 days";
                            case DAY_14 -> "14 days";
                            case DAY_30 -> "30 days";
                        };
                    }

                    @Override
                    public RecencyDuration fromString(String text) {
                        return null;
                    }
                });
                duration.valueProperty().bindBidirectional(criterion.recencyProperty());
                valueEditor.getChildren().add(duration);
            }
            case METRIC -> valueEditor.getChildren().add(number(criterion.valuesProperty(), "a number", "-value"));
            default -> {
                TextField values = new TextField();
                values.setId(getId() + "-values");
                values.setPromptText(promptFor(criterion.operatorProperty().get()));
                values.textProperty().bindBidirectional(criterion.valuesProperty());
                HBox.setHgrow(values, Priority.ALWAYS);
                MenuButton suggestions = new MenuButton(null, new FontIcon("fth-list"));
                suggestions.setId(getId() + "-suggestions");
                suggestions.getStyleClass().add(Styles.FLAT);
                suggestions.setTooltip(new Tooltip("Values found in this workspace"));
                suggestions.setOnShowing(event -> builder.choices().suggestValues(field, found -> showSuggestions(suggestions, found)));
                suggestions.getItems().add(new MenuItem("Reading values…"));
                valueEditor.getChildren().addAll(values, suggestions);
            }
        }
    }

    private void showSuggestions(MenuButton menu, List<String> found) {
        menu.getItems().clear();
        if (found.isEmpty()) {
            MenuItem none = new MenuItem("No values in this workspace yet");
            none.setDisable(true);
            menu.getItems().add(none);
        }
        for (String value : found) {
            MenuItem item = new MenuItem(value);
            item.setMnemonicParsing(false);
            item.setOnAction(event -> {
                List<String> current = new ArrayList<>(safeParse(criterion.valuesProperty().get()));
                if (!current.contains(value)) {
                    current.add(value);
                }
                criterion.valuesProperty().set(ValueList.format(current));
            });
            menu.getItems().add(item);
        }
    }

    private static List<String> safeParse(String text) {
        try {
            return ValueList.parse(text);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
    }

    private TextField number(javafx.beans.property.StringProperty property, String prompt, String idSuffix) {
        TextField field = new TextField();
        field.setId(getId() + idSuffix);
        field.setPromptText(prompt);
        field.setPrefColumnCount(7);
        field.textProperty().bindBidirectional(property);
        return field;
    }

    private static String promptFor(CriterionOperator operator) {
        if (operator == null) {
            return "";
        }
        return switch (operator) {
            case BEFORE, AFTER, ON -> "a date, such as 2026-03-01";
            case BETWEEN -> "two dates: 2026-03-01, 2026-03-31";
            case CONTAINS -> "text the value contains";
            default -> "values, separated by commas";
        };
    }
}
