package io.tidings.campaign.ui;

import javafx.collections.ObservableList;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/** The Schedule step's "When an event occurs" fields: the event types, and an attribute and a metric it must have. */
final class EventTriggerFields extends VBox {

    EventTriggerFields(EventTriggerDraft trigger, ObservableList<String> seenTypes,
            ObservableList<FieldProblem> problems) {
        super(14);
        setId("campaign-event-trigger");

        TextField types = text("campaign-event-types", "purchase, _session.start", 32);
        types.textProperty().bindBidirectional(trigger.eventTypesProperty());
        ComboBox<String> seen = new ComboBox<>(seenTypes);
        seen.setId("campaign-event-seen-types");
        seen.setPromptText("Add a type seen in this workspace");
        seen.setOnAction(chosen -> {
            String picked = seen.getValue();
            if (picked != null) {
                String now = types.getText() == null ? "" : types.getText().strip();
                types.setText(now.isEmpty() ? picked : now + ", " + picked);
                javafx.application.Platform.runLater(() -> seen.getSelectionModel().clearSelection());
            }
        });
        VBox event = FormParts.field("Event", row(types, seen), "The message goes to the event's endpoint when an "
                + "event of one of these types arrives (several with commas).",
                FormParts.problem(problems, EventTriggerDraft.EVENT_TYPES));

        TextField attribute = text("campaign-event-attribute", "attribute, optional", 14);
        attribute.textProperty().bindBidirectional(trigger.attributeNameProperty());
        ComboBox<EventTriggerDraft.AttributeMatch> attributeMatch = new ComboBox<>();
        attributeMatch.setId("campaign-event-attribute-match");
        attributeMatch.getItems().setAll(EventTriggerDraft.AttributeMatch.values());
        attributeMatch.valueProperty().bindBidirectional(trigger.attributeMatchProperty());
        TextField values = text("campaign-event-attribute-values", "gold, platinum", 18);
        values.textProperty().bindBidirectional(trigger.attributeValuesProperty());
        VBox where = FormParts.field("Where its attribute", row(attribute, attributeMatch, values), null,
                FormParts.problem(problems, EventTriggerDraft.ATTRIBUTE));

        TextField metric = text("campaign-event-metric", "metric, optional", 14);
        metric.textProperty().bindBidirectional(trigger.metricNameProperty());
        ComboBox<EventTriggerDraft.MetricMatch> metricMatch = new ComboBox<>();
        metricMatch.setId("campaign-event-metric-match");
        metricMatch.getItems().setAll(EventTriggerDraft.MetricMatch.values());
        metricMatch.valueProperty().bindBidirectional(trigger.metricMatchProperty());
        TextField number = text("campaign-event-metric-value", "10", 8);
        number.textProperty().bindBidirectional(trigger.metricValueProperty());
        VBox and = FormParts.field("And its metric", row(metric, metricMatch, number), null,
                FormParts.problem(problems, EventTriggerDraft.METRIC));

        getChildren().addAll(event, where, and, FormParts.hint("Only endpoints in the campaign's segment get it, at "
                + "most once per event, with its quiet time and limits. As in Pinpoint, a message that cannot go within "
                + "five minutes of its event is dropped, and events imported from a file (history) send nothing. "
                + "Events trigger it while Tidings is open or 'tidings serve' runs."));
        javafx.scene.control.Label kept = FormParts.hint("");
        kept.textProperty().bind(trigger.keptFiltersProperty().asString(
                "%d more attribute or metric filters of the imported campaign are kept as they are."));
        kept.visibleProperty().bind(trigger.keptFiltersProperty().greaterThan(0));
        kept.managedProperty().bind(kept.visibleProperty());
        getChildren().add(kept);
    }

    private static TextField text(String id, String prompt, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPromptText(prompt);
        field.setPrefColumnCount(columns);
        return field;
    }

    private static HBox row(javafx.scene.Node... nodes) {
        HBox row = new HBox(8, nodes);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }
}
