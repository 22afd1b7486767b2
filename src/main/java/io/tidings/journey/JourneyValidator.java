package io.tidings.journey;

import io.tidings.work.Quote;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What stands between a journey and publishing it, and what the marketer should know: pure, cheap enough to run on
 * every edit of a 200-activity journey. Errors block publishing; warnings say what is probably not meant or what
 * Pinpoint would refuse on export; notes say where participants leave.
 */
public final class JourneyValidator {

    private final JourneyAssetCheck assets;

    public JourneyValidator(JourneyAssetCheck assets) {
        this.assets = assets;
    }

    /** Every issue, the journey's own first, then each activity's in order. */
    public List<Issue> validate(JourneyGraph graph) {
        List<Issue> issues = new ArrayList<>();
        entry(graph, issues);
        new JourneySettingsRules().check(graph.settings(), issues);
        Set<String> reachable = graph.reachable();
        ActivityRules rules = new ActivityRules(graph, assets);
        graph.activities().forEach((key, activity) -> {
            rules.check(key, activity, issues);
            if (!reachable.contains(key) && graph.startActivity() != null) {
                issues.add(Issue.warning(key, null, key + " cannot be reached from the entry: no participant gets "
                        + "there. Connect a port to it, or delete it."));
            }
        });
        loops(graph, issues);
        if (graph.activities().size() > JourneyGraph.PINPOINT_MOST_ACTIVITIES) {
            issues.add(Issue.warning(null, null, "The journey has " + graph.activities().size() + " activities: "
                    + "Tidings runs it, but Pinpoint takes at most " + JourneyGraph.PINPOINT_MOST_ACTIVITIES
                    + ", so an export to Pinpoint would be refused."));
        }
        return issues;
    }

    /** Whether {@code outlet} may lead to {@code target}, or why not. */
    public static ConnectionCheck canConnect(JourneyGraph graph, Outlet outlet, String target) {
        if (!graph.has(target)) {
            return ConnectionCheck.refused("There is no activity " + Quote.of(target) + ".");
        }
        if (outlet.isEntry()) {
            return ConnectionCheck.ALLOWED;
        }
        Activity source = graph.activity(outlet.activityKey());
        if (source == null) {
            return ConnectionCheck.refused("There is no activity " + Quote.of(outlet.activityKey()) + ".");
        }
        if (!source.config().ports().contains(outlet.port())) {
            return ConnectionCheck.refused(outlet.activityKey() + " (" + source.config().kindName().toLowerCase(Locale.ROOT)
                    + ") has no " + outlet.port().label() + " port; its ports are " + labels(source.config().ports())
                    + ".");
        }
        if (outlet.activityKey().equals(target)) {
            return ConnectionCheck.refused("An activity cannot lead to itself.");
        }
        if (isWait(graph, outlet.activityKey()) || isWait(graph, target)) {
            return ConnectionCheck.ALLOWED;
        }
        if (leadsWithoutWait(graph, target, outlet.activityKey())) {
            return ConnectionCheck.refused("That would make a loop without a wait: participants would go round it at "
                    + "once. Put a Wait in the loop.");
        }
        return ConnectionCheck.ALLOWED;
    }

    private void entry(JourneyGraph graph, List<Issue> issues) {
        JourneyEntry entry = graph.entry();
        if (entry == null) {
            issues.add(Issue.error(null, Port.START, "The journey has no entry: choose the segment whose members "
                    + "enter, or the event that starts it."));
        } else if (entry instanceof JourneyEntry.FromSegment segment && !assets.segmentExists(segment.segmentId())) {
            issues.add(Issue.error(null, Port.START, "The entry's segment has been deleted: choose another."));
        } else if (entry instanceof JourneyEntry.OnEvent event) {
            if (event.dimensions().eventTypes().isEmpty()) {
                issues.add(Issue.error(null, Port.START, "The entry's event has no event type: say which event "
                        + "starts the journey."));
            }
            event.dimensions().attributes().forEach((name, filter) -> {
                String problem = EventFilterRules.problem("The entry's filter on " + Quote.of(name), filter);
                if (problem != null) {
                    issues.add(Issue.error(null, Port.START, problem));
                }
            });
            if (graph.settings().localTime()) {
                issues.add(Issue.error(null, Port.START, "The journey starts on an event and runs on each "
                        + "participant's local time: Pinpoint allows local time only for journeys that start from a "
                        + "segment. Turn local time off."));
            }
            if (event.segmentId() != null && !assets.segmentExists(event.segmentId())) {
                issues.add(Issue.error(null, Port.START, "The entry's segment has been deleted: choose another, or "
                        + "let anyone who sends the event enter."));
            } else if (event.segmentId() != null && assets.segmentIsImported(event.segmentId())) {
                issues.add(Issue.error(null, Port.START, "The entry's segment is an imported list: a journey that "
                        + "starts on an event needs a dynamic segment (Pinpoint's rule), or none."));
            }
        }
        if (graph.startActivity() == null) {
            issues.add(Issue.error(null, Port.START, graph.activities().isEmpty()
                    ? "The journey has no activities: add the first one and connect the entry to it."
                    : "The entry leads nowhere: connect it to the first activity."));
        } else if (!graph.has(graph.startActivity())) {
            issues.add(Issue.error(null, Port.START, "The entry leads to " + Quote.of(graph.startActivity())
                    + ", which is not an activity of this journey."));
        }
    }

    /** Each loop without a Wait in it, once, on its first activity. */
    private static void loops(JourneyGraph graph, List<Issue> issues) {
        Set<String> told = new LinkedHashSet<>();
        for (String key : graph.activities().keySet()) {
            if (told.contains(key) || isWait(graph, key)) {
                continue;
            }
            Set<String> loop = new LinkedHashSet<>();
            for (String next : graph.successors(key)) {
                if (graph.has(next) && !isWait(graph, next) && leadsWithoutWait(graph, next, key)) {
                    loop.add(key);
                    graph.activities().keySet().stream().filter(other -> !isWait(graph, other)
                            && leadsWithoutWait(graph, key, other) && leadsWithoutWait(graph, other, key))
                            .forEach(loop::add);
                    break;
                }
            }
            if (!loop.isEmpty()) {
                told.addAll(loop);
                issues.add(Issue.error(key, null, "The activities " + String.join(", ", loop) + " make a loop "
                        + "without a wait: participants would go round it at once. Put a Wait in the loop, or "
                        + "remove a connection."));
            }
        }
    }

    /** Whether {@code from} reaches {@code to} through activities that are not waits. */
    static boolean leadsWithoutWait(JourneyGraph graph, String from, String to) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> stack = new ArrayList<>(List.of(from));
        while (!stack.isEmpty()) {
            String key = stack.remove(stack.size() - 1);
            if (key.equals(to)) {
                return true;
            }
            if (seen.add(key) && graph.has(key) && !isWait(graph, key)) {
                stack.addAll(graph.successors(key));
            }
        }
        return false;
    }

    private static boolean isWait(JourneyGraph graph, String key) {
        Activity activity = graph.activity(key);
        return activity != null && activity.config() instanceof WaitActivity;
    }

    static String labels(List<Port> ports) {
        return String.join(", ", ports.stream().map(Port::label).toList());
    }
}
