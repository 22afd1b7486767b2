package io.tidings.journey.step;

import io.tidings.journey.Condition;
import io.tidings.journey.SimpleCondition;
import io.tidings.work.Quote;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/** A split's conditions in the marketer's words: "opened the message of welcome", "is in segment “VIP”". */
final class ConditionWords {

    private static final Map<String, String> EVENTS = Map.ofEntries(
            Map.entry("_email.open", "opened"), Map.entry("_email.click", "clicked a link in"),
            Map.entry("_email.delivered", "received"), Map.entry("_email.send", "was sent"),
            Map.entry("_email.hardbounce", "hard-bounced"), Map.entry("_email.softbounce", "soft-bounced"),
            Map.entry("_email.complaint", "complained about"), Map.entry("_email.unsubscribe", "unsubscribed from"),
            Map.entry("_email.rejected", "was refused"), Map.entry("_SMS.SUCCESS", "received"),
            Map.entry("_SMS.FAILURE", "did not receive"), Map.entry("_SMS.OPTOUT", "opted out of"),
            Map.entry("_push.opened", "opened"), Map.entry("_push.received_foreground", "received"),
            Map.entry("_push.received_background", "received"), Map.entry("_custom.delivered", "received"),
            Map.entry("_custom.failure", "did not receive"));

    private final LongFunction<String> segmentNames;

    ConditionWords(LongFunction<String> segmentNames) {
        this.segmentNames = segmentNames;
    }

    String of(Condition condition) {
        String joiner = condition.operator() == Condition.Operator.ALL ? " and " : " or ";
        return condition.conditions().stream().map(this::of).collect(Collectors.joining(joiner));
    }

    String of(SimpleCondition condition) {
        if (condition instanceof SimpleCondition.InSegment segment) {
            return "is in segment " + Quote.of(segmentNames.apply(segment.segmentId()));
        }
        if (condition instanceof SimpleCondition.MessageEvent event) {
            return eventWords(event.dimensions().eventTypes()) + " the message of " + event.messageActivity();
        }
        return "matches the attributes " + ((SimpleCondition.Attributes) condition).segmentDimensionsJson();
    }

    private static String eventWords(List<String> types) {
        if (types.isEmpty()) {
            return "had any event for";
        }
        return types.stream().map(type -> EVENTS.getOrDefault(type, "had " + type + " for"))
                .distinct().collect(Collectors.joining(" or "));
    }
}
