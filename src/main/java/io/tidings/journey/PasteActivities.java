package io.tidings.journey;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds copied activities under fresh keys, their top-left corner at {@code at}; connections between them (and event
 * conditions on a copied message) follow the new keys.
 */
public record PasteActivities(JourneyClipboard clipboard, Position at) implements JourneyEdit {

    /** The key each copied activity gets when pasted into {@code graph}, in order: the designer selects them. */
    public Map<String, String> newKeys(JourneyGraph graph) {
        Map<String, String> keys = new LinkedHashMap<>();
        clipboard.fragment().activities().forEach((key, activity) ->
                keys.put(key, graph.freshKey(activity.config(), Set.copyOf(keys.values()))));
        return keys;
    }

    @Override
    public JourneyGraph apply(JourneyGraph graph) {
        Map<String, String> keys = newKeys(graph);
        JourneyGraph pasted = graph;
        JourneyLayout layout = graph.layout();
        for (Map.Entry<String, Activity> copied : clipboard.fragment().activities().entrySet()) {
            Activity activity = copied.getValue();
            Activity renamed = new Activity(activity.description(), renamed(activity.config(), keys), Map.of());
            for (Map.Entry<Port, String> port : activity.next().entrySet()) {
                renamed = renamed.connect(port.getKey(), keys.get(port.getValue()));
            }
            String key = keys.get(copied.getKey());
            pasted = pasted.with(key, renamed);
            Position relative = clipboard.fragment().layout().of(copied.getKey());
            Position origin = at == null ? Position.ORIGIN : at;
            layout = layout.with(key, relative == null ? origin : origin.plus(relative.x(), relative.y()));
        }
        return pasted.withLayout(layout);
    }

    /** A split's event conditions on a copied message test the pasted copy. */
    private static ActivityConfig renamed(ActivityConfig config, Map<String, String> keys) {
        if (config instanceof ConditionalSplit split && split.condition() != null) {
            return new ConditionalSplit(new Condition(renamed(split.condition().conditions(), keys),
                    split.condition().operator()), split.evaluationWaitTime());
        }
        if (config instanceof MultiConditionSplit split) {
            return new MultiConditionSplit(renamed(split.branches(), keys), split.evaluationWaitTime());
        }
        return config;
    }

    private static List<SimpleCondition> renamed(List<SimpleCondition> conditions, Map<String, String> keys) {
        return conditions.stream().map(condition -> condition instanceof SimpleCondition.MessageEvent event
                && keys.containsKey(event.messageActivity())
                ? new SimpleCondition.MessageEvent(keys.get(event.messageActivity()), event.dimensions())
                : condition).toList();
    }

    @Override
    public String description() {
        return "Paste " + JourneyEdit.activities(clipboard.fragment().activities().keySet());
    }
}
