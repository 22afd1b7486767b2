package io.tidings.journey.ui;

import io.tidings.journey.EventDimensions;
import io.tidings.journey.SimpleCondition;
import io.tidings.segment.Segment;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;

/**
 * One test of a split: membership of a segment (with its live count), an event of an earlier message activity (opened,
 * clicked...), or attributes as Pinpoint's segment dimensions.
 */
final class ConditionForm extends VBox {

    /** The kinds of test, in the marketer's words. */
    enum Kind {
        SEGMENT("Is in a segment"),
        EVENT("Did something with an earlier message"),
        ATTRIBUTES("Matches attributes (Pinpoint's segment dimensions)");

        private final String words;

        Kind(String words) {
            this.words = words;
        }
    }

    private static final List<String> EVENT_TYPES = List.of("_email.open", "_email.click", "_email.delivered",
            "_email.hardbounce", "_email.complaint", "_email.unsubscribe", "_sms.delivered", "_sms.failure",
            "_push.delivered", "_push.failure", "_voice.delivered", "_voice.failure", "_custom.delivered",
            "_custom.failure");

    private final ActivityPropertiesViewModel viewModel;
    private final String field;
    private final Consumer<Supplier<SimpleCondition>> change;

    ConditionForm(ActivityPropertiesViewModel viewModel, String field, SimpleCondition condition,
            Consumer<Supplier<SimpleCondition>> change) {
        super(8);
        this.viewModel = viewModel;
        this.field = field;
        this.change = change;
        getStyleClass().add("journey-condition");
        Kind kind = condition instanceof SimpleCondition.MessageEvent ? Kind.EVENT
                : condition instanceof SimpleCondition.Attributes ? Kind.ATTRIBUTES
                : condition instanceof SimpleCondition.InSegment ? Kind.SEGMENT : null;
        ComboBox<Kind> kinds = PropertyForm.choice(field + "-kind", List.of(Kind.values()), kind,
                chosen -> chosen.words, "Choose what to test", chosen -> {
                    if (chosen != kind) {
                        change.accept(() -> emptyOf(chosen));
                        viewModel.rebuild();
                    }
                });
        getChildren().add(PropertyForm.field("Test", kinds, viewModel, field));
        if (condition instanceof SimpleCondition.InSegment segment) {
            segment(segment.segmentId());
        } else if (condition instanceof SimpleCondition.MessageEvent event) {
            event(event);
        } else if (condition instanceof SimpleCondition.Attributes attributes) {
            attributes(attributes.segmentDimensionsJson());
        }
    }

    /** A test of the kind as it starts, before the marketer fills it in. */
    private SimpleCondition emptyOf(Kind kind) {
        return switch (kind) {
            case SEGMENT -> new SimpleCondition.InSegment(viewModel.segments().isEmpty() ? 0
                    : viewModel.segments().get(0).id());
            case EVENT -> new SimpleCondition.MessageEvent(viewModel.messageActivities().stream().findFirst()
                    .orElse(null), EventDimensions.ofEventTypes("_email.open"));
            case ATTRIBUTES -> new SimpleCondition.Attributes("{}");
        };
    }

    private void segment(long segmentId) {
        Segment chosen = viewModel.segments().stream().filter(segment -> segment.id() == segmentId).findFirst()
                .orElse(null);
        ComboBox<Segment> segments = PropertyForm.choice(field + "-segment", viewModel.segments(), chosen,
                Segment::name, "Choose a segment", picked -> {
                    change.accept(() -> new SimpleCondition.InSegment(picked.id()));
                    viewModel.countSegment(picked.id());
                });
        Label count = new Label();
        count.setId(field + "-segment-count");
        count.getStyleClass().add("journey-count");
        count.setWrapText(true);
        count.textProperty().bind(viewModel.segmentCountProperty());
        getChildren().addAll(PropertyForm.field("Segment", segments, viewModel, field + "-segment"), count);
        viewModel.countSegment(segmentId);
    }

    private void event(SimpleCondition.MessageEvent event) {
        ComboBox<String> activity = PropertyForm.choice(field + "-message", viewModel.messageActivities(),
                event.messageActivity(), key -> key, "Choose the message activity",
                picked -> {
                    change.accept(() -> new SimpleCondition.MessageEvent(picked, event.dimensions()));
                    viewModel.rebuild();
                });
        List<String> types = event.dimensions().eventTypes();
        ComboBox<String> type = PropertyForm.choice(field + "-event", EVENT_TYPES,
                types.isEmpty() ? null : types.get(0), ConditionForm::eventWords, "Choose the event",
                picked -> {
                    change.accept(() -> new SimpleCondition.MessageEvent(event.messageActivity(),
                            event.dimensions().withEventTypes(List.of(picked))));
                    viewModel.rebuild();
                });
        getChildren().addAll(PropertyForm.field("Message", activity, viewModel, field + "-message"),
                PropertyForm.field("Event", type, viewModel, field + "-event"));
    }

    /** "Email opened (_email.open)". */
    static String eventWords(String type) {
        int dot = type.indexOf('.');
        if (!type.startsWith("_") || dot < 0) {
            return type;
        }
        String channel = type.substring(1, dot);
        String what = switch (type.substring(dot + 1)) {
            case "open" -> "opened";
            case "click" -> "link clicked";
            case "hardbounce" -> "bounced";
            case "complaint" -> "marked as spam";
            case "unsubscribe" -> "unsubscribed";
            case "failure" -> "failed";
            default -> type.substring(dot + 1);
        };
        String name = channel.equals("sms") ? "SMS" : Character.toUpperCase(channel.charAt(0)) + channel.substring(1);
        return name + " " + what + " (" + type + ")";
    }

    private void attributes(String json) {
        TextArea area = PropertyForm.committing(new TextArea(), field + "-attributes", json,
                text -> change.accept(() -> new SimpleCondition.Attributes(ConditionJson.checked(text))));
        area.setPrefRowCount(5);
        area.setWrapText(true);
        getChildren().addAll(PropertyForm.field("Segment dimensions (JSON)", area, viewModel, field + "-attributes"),
                PropertyForm.help("As Pinpoint writes them, such as {\"Attributes\": {\"plan\": {\"AttributeType\": "
                        + "\"INCLUSIVE\", \"Values\": [\"gold\"]}}}."));
    }
}
