package io.tidings.segment.ui;

import atlantafx.base.theme.Styles;
import io.tidings.segment.SegmentDimensions.RecencyDuration;
import io.tidings.segment.SegmentField;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import io.tidings.segment.ValueCount;
import javafx.scene.layout.FlowPane;
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
    private final VBox belowLine = new VBox(4);
    private final ValueSuggestions suggestions;
    private final FieldPicker fieldPicker;

    CriterionRow(SegmentBuilderViewModel builder, GroupDraft group, CriterionDraft criterion, String id) {
        super(6);
        this.criterion = criterion;
        this.builder = builder;
        this.suggestions = new ValueSuggestions(builder.choices());
        firstLine.setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("criterion-row");
        setId(id);

        fieldPicker = new FieldPicker(builder.choices().fields(), id + "-field");
        fieldPicker.valueProperty().bindBidirectional(criterion.fieldProperty());
        Button field = fieldPicker.node();
        field.setPrefWidth(190);
        field.setMinWidth(150);

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
        getChildren().addAll(firstLine, belowLine);
        widthProperty().addListener((observable, old, width) -> placeValueEditor(width.doubleValue()));
        showValueEditor();
    }

    /** Opens the field picker, focused for typing part of a field's name. */
    void chooseField() {
        fieldPicker.show();
    }

    private void placeValueEditor(double width) {
        boolean oneLine = width <= 0 || width >= ONE_LINE_WIDTH;
        if (oneLine && valueEditor.getParent() != firstLine) {
            getChildren().remove(valueEditor);
            firstLine.getChildren().add(2, valueEditor);
        } else if (!oneLine && valueEditor.getParent() == firstLine) {
            firstLine.getChildren().remove(valueEditor);
            getChildren().add(1, valueEditor);
        }
    }

    private void showValueEditor() {
        valueEditor.getChildren().clear();
        belowLine.getChildren().clear();
        suggestions.cancel();
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
                valueEditor.getChildren().add(values);
                showSuggestions(field, values);
            }
        }
    }

    /**
     * Below the box, while it is in use: values the data has that hold what is being typed, with their counts, to
     * click; and a warning for a value no endpoint has.
     */
    private void showSuggestions(SegmentField field, TextField values) {
        FlowPane chips = new FlowPane(6, 6);
        chips.setId(getId() + "-suggestions");
        chips.getStyleClass().add("value-suggestions");
        Runnable showChips = () -> chips.getChildren().setAll(suggestions.suggested().stream().map(found -> {
            Button chip = new Button(found.value() + "  ·  %,d".formatted(found.endpoints()));
            chip.getStyleClass().addAll(Styles.SMALL, "value-suggestion");
            chip.setMnemonicParsing(false);
            chip.setTooltip(new Tooltip("%,d %s %s".formatted(found.endpoints(),
                    found.endpoints() == 1 ? "endpoint has" : "endpoints have", found.value())));
            chip.setOnAction(event -> {
                criterion.valuesProperty().set(suggestions.choose(criterion.valuesProperty().get(), found.value()));
                values.requestFocus();
                values.end();
            });
            return chip;
        }).toList());
        suggestions.suggested().addListener((javafx.collections.ListChangeListener<ValueCount>) change -> showChips.run());
        chips.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(chips.getChildren())
                .and(values.focusedProperty().or(chips.hoverProperty())));
        chips.managedProperty().bind(chips.visibleProperty());

        Label unknown = new Label();
        unknown.setId(getId() + "-unknown");
        unknown.setWrapText(true);
        unknown.setGraphic(new FontIcon("fth-alert-triangle"));
        unknown.getStyleClass().addAll(Styles.WARNING, Styles.TEXT_SMALL);
        unknown.textProperty().bind(suggestions.unknownProperty().map(sentence ->
                Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + (sentence.endsWith("?") ? "" : ".")));
        unknown.visibleProperty().bind(suggestions.unknownProperty().isNotNull());
        unknown.managedProperty().bind(unknown.visibleProperty());

        values.focusedProperty().addListener((observable, old, focused) -> {
            if (focused) {
                suggestions.typed(field, values.getText());
            }
        });
        values.textProperty().addListener((observable, old, text) -> suggestions.typed(field, text));
        belowLine.getChildren().setAll(chips, unknown);
        if (!values.getText().isEmpty()) {
            suggestions.typed(field, values.getText());
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
