package io.tidings.journey.ui.canvas;

import io.tidings.journey.Activity;
import io.tidings.journey.ActivityConfig;
import io.tidings.journey.AddActivity;
import io.tidings.journey.ConditionalSplit;
import io.tidings.journey.Connect;
import io.tidings.journey.ContactCenter;
import io.tidings.journey.InvalidJourneyException;
import io.tidings.journey.JourneyEdit;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.MoveActivities;
import io.tidings.journey.MultiConditionSplit;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import io.tidings.journey.SimpleCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts an activity into a connection, as one edit: the port that led to {@code next} leads to the activity, and the
 * activity's first port (Next, Yes, Branch 1, Path 1) leads to {@code next}. The activity is either new (dropped from
 * the palette: {@code added} holds it) or one already on the canvas that nothing leads to and that leads nowhere, which
 * moves where it was dropped. Refused, saying why, when the connection changed meanwhile, when the activity is
 * connected already, when it would make a loop without a wait, or when it is a split that tests a message its
 * participants would not have been sent on that path.
 */
record InsertIntoConnection(Outlet outlet, String next, String key, Activity added, Position at,
        Map<String, Position> makingRoom) implements JourneyEdit {

    InsertIntoConnection {
        Objects.requireNonNull(outlet, "outlet");
        Objects.requireNonNull(next, "next");
        Objects.requireNonNull(key, "key");
        makingRoom = Map.copyOf(makingRoom);
    }

    /** A new activity of {@code config}'s kind, under a fresh key, into the connection that leaves {@code outlet}. */
    static InsertIntoConnection fresh(JourneyGraph graph, ActivityConfig config, Outlet outlet, Position at) {
        return new InsertIntoConnection(outlet, graph.target(outlet) == null ? "" : graph.target(outlet),
                graph.freshKey(config, java.util.Set.of()), Activity.of(config), at, Map.of());
    }

    /** The activity {@code key}, already on the canvas, into the connection that leaves {@code outlet}. */
    static InsertIntoConnection existing(JourneyGraph graph, String key, Outlet outlet, Position at) {
        return new InsertIntoConnection(outlet, graph.target(outlet) == null ? "" : graph.target(outlet), key, null,
                at, Map.of());
    }

    /** The same, with the inserted activity at {@code placed}'s first place and the other cards moved as it says. */
    InsertIntoConnection placed(Map<String, Position> placed) {
        Map<String, Position> others = new java.util.LinkedHashMap<>(placed);
        Position own = others.remove(key);
        return new InsertIntoConnection(outlet, next, key, added, own == null ? at : own, others);
    }

    /** Whether the activity {@code key} is connected to nothing, in or out: only such a card goes into a connection. */
    static boolean unconnected(JourneyGraph graph, String key) {
        Activity activity = graph.activity(key);
        if (activity == null || !activity.next().isEmpty() || key.equals(graph.target(Outlet.ENTRY))) {
            return false;
        }
        return graph.activities().values().stream().noneMatch(other -> other.next().containsValue(key));
    }

    @Override
    public JourneyGraph apply(JourneyGraph graph) {
        if (next.isEmpty() || !next.equals(graph.target(outlet))) {
            throw new InvalidJourneyException(describe(outlet) + " no longer leads to " + (next.isEmpty()
                    ? "an activity" : next) + ": drop the activity on a connection that is there.");
        }
        JourneyGraph placed;
        if (added != null) {
            placed = new AddActivity(key, added, at).apply(graph);
        } else {
            if (!graph.has(key)) {
                throw new InvalidJourneyException("There is no activity " + key + " to insert.");
            }
            if (!unconnected(graph, key)) {
                throw new InvalidJourneyException(key + " is connected already: only an activity connected to "
                        + "nothing goes into a connection. Disconnect it first.");
            }
            placed = at == null ? graph : new MoveActivities(Map.of(key, at), null).apply(graph);
        }
        Activity activity = placed.activity(key);
        if (activity.config() instanceof ContactCenter) {
            throw new InvalidJourneyException(key + " is a contact-center call kept from the imported journey: "
                    + "it stays where it is and is not put into another path.");
        }
        if (!makingRoom.isEmpty()) {
            placed = new MoveActivities(makingRoom, null).apply(placed);
        }
        JourneyGraph joined = new Connect(outlet, key).apply(placed);
        Port first = activity.config().ports().get(0);
        joined = new Connect(Outlet.of(key, first), next).apply(joined);
        for (SimpleCondition condition : conditions(activity.config())) {
            if (condition instanceof SimpleCondition.MessageEvent event && event.messageActivity() != null
                    && joined.has(event.messageActivity()) && !joined.leadsTo(event.messageActivity(), key)) {
                throw new InvalidJourneyException(key + " tests an event of " + event.messageActivity()
                        + ", which participants on this path have not been sent: drop it on a connection after "
                        + event.messageActivity() + ".");
            }
        }
        return joined;
    }

    @Override
    public String description() {
        return "Insert " + key + " between " + AddAfter.named(outlet) + " and " + next;
    }

    /** "The entry", "welcome's Next". */
    private static String describe(Outlet outlet) {
        String words = outlet.describe();
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static List<SimpleCondition> conditions(ActivityConfig config) {
        List<SimpleCondition> conditions = new ArrayList<>();
        if (config instanceof ConditionalSplit split && split.condition() != null) {
            conditions.addAll(split.condition().conditions());
        } else if (config instanceof MultiConditionSplit split) {
            split.branches().stream().filter(Objects::nonNull).forEach(conditions::add);
        }
        return conditions;
    }
}
