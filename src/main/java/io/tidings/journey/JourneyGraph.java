package io.tidings.journey;

import io.tidings.work.Quote;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A journey's definition as an immutable value: its settings, its entry ({@code StartCondition}), the key of the first
 * activity ({@code StartActivity}), its activities by key in the order they were added, and the canvas layout kept
 * beside them. Every edit makes a new graph; the designer's commands and undo history rest on that.
 */
public record JourneyGraph(JourneySettings settings, JourneyEntry entry, String startActivity,
        Map<String, Activity> activities, JourneyLayout layout) {

    /** Pinpoint's activity keys: letters and digits, at most 100. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9]{1,100}");

    /** The most activities Pinpoint runs in one journey. */
    public static final int PINPOINT_MOST_ACTIVITIES = 40;

    public static final JourneyGraph EMPTY =
            new JourneyGraph(JourneySettings.DEFAULT, null, null, Map.of(), JourneyLayout.NONE);

    public JourneyGraph {
        settings = settings == null ? JourneySettings.DEFAULT : settings;
        layout = layout == null ? JourneyLayout.NONE : layout;
        activities = Collections.unmodifiableMap(new LinkedHashMap<>(activities));
    }

    /** Whether Pinpoint takes {@code key} as an activity's key: letters and digits, at most 100. */
    public static boolean isValidKey(String key) {
        return key != null && KEY.matcher(key).matches();
    }

    public Activity activity(String key) {
        return activities.get(key);
    }

    public boolean has(String key) {
        return activities.containsKey(key);
    }

    /** Where the outlet leads, or null when it is an open end. */
    public String target(Outlet outlet) {
        if (outlet.isEntry()) {
            return startActivity;
        }
        Activity activity = activities.get(outlet.activityKey());
        return activity == null ? null : activity.target(outlet.port());
    }

    public JourneyGraph withSettings(JourneySettings changed) {
        return new JourneyGraph(changed, entry, startActivity, activities, layout);
    }

    public JourneyGraph withEntry(JourneyEntry changed) {
        return new JourneyGraph(settings, changed, startActivity, activities, layout);
    }

    public JourneyGraph withLayout(JourneyLayout changed) {
        return new JourneyGraph(settings, entry, startActivity, activities, changed);
    }

    /** Adds or replaces the activity under {@code key}. */
    public JourneyGraph with(String key, Activity activity) {
        if (!isValidKey(key)) {
            throw new InvalidJourneyException("The activity key " + Quote.of(key)
                    + " is not one Pinpoint takes: use letters and digits only, at most 100.");
        }
        Map<String, Activity> changed = new LinkedHashMap<>(activities);
        changed.put(key, activity);
        return new JourneyGraph(settings, entry, startActivity, changed, layout);
    }

    /** Points the outlet at {@code target} (null: leaves it open). */
    public JourneyGraph connect(Outlet outlet, String target) {
        if (outlet.isEntry()) {
            return new JourneyGraph(settings, entry, target, activities, layout);
        }
        Activity activity = activities.get(outlet.activityKey());
        if (activity == null) {
            throw new InvalidJourneyException("There is no activity " + outlet.activityKey() + " to connect from.");
        }
        return with(outlet.activityKey(), activity.connect(outlet.port(), target));
    }

    /** Removes the activities; ports (and the entry) that led to them become open ends. */
    public JourneyGraph without(Collection<String> keys) {
        Set<String> removed = Set.copyOf(keys);
        Map<String, Activity> kept = new LinkedHashMap<>();
        activities.forEach((key, activity) -> {
            if (!removed.contains(key)) {
                Activity cleared = activity;
                for (Map.Entry<Port, String> port : activity.next().entrySet()) {
                    if (removed.contains(port.getValue())) {
                        cleared = cleared.connect(port.getKey(), null);
                    }
                }
                kept.put(key, cleared);
            }
        });
        String start = removed.contains(startActivity) ? null : startActivity;
        return new JourneyGraph(settings, entry, start, kept, layout.without(removed));
    }

    /** Every outlet: the entry's, then each activity's ports in order. */
    public List<Outlet> outlets() {
        List<Outlet> outlets = new ArrayList<>();
        outlets.add(Outlet.ENTRY);
        activities.forEach((key, activity) -> activity.config().ports()
                .forEach(port -> outlets.add(Outlet.of(key, port))));
        return outlets;
    }

    /** The keys an activity's ports lead to, in port order, each once. */
    public Set<String> successors(String key) {
        Activity activity = activities.get(key);
        Set<String> next = new LinkedHashSet<>();
        if (activity != null) {
            activity.config().ports().forEach(port -> {
                String target = activity.target(port);
                if (target != null) {
                    next.add(target);
                }
            });
        }
        return next;
    }

    /** The activities reachable from the entry, breadth-first (the designer's flow order). */
    public Set<String> reachable() {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        if (startActivity != null && activities.containsKey(startActivity)) {
            queue.add(startActivity);
            seen.add(startActivity);
        }
        while (!queue.isEmpty()) {
            for (String next : successors(queue.poll())) {
                if (activities.containsKey(next) && seen.add(next)) {
                    queue.add(next);
                }
            }
        }
        return seen;
    }

    /** Whether {@code to} can be reached from {@code from} along the ports (an activity reaches itself). */
    public boolean leadsTo(String from, String to) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> stack = new ArrayDeque<>(List.of(from));
        while (!stack.isEmpty()) {
            String key = stack.pop();
            if (key.equals(to)) {
                return true;
            }
            if (seen.add(key)) {
                stack.addAll(successors(key));
            }
        }
        return false;
    }

    /**
     * A key no activity has, for a new activity of {@code config}'s kind: the kind's name and the first free number
     * ({@code Email1}, {@code Custom2}, {@code RandomSplit1}), never one of {@code alsoTaken}.
     */
    public String freshKey(ActivityConfig config, Set<String> alsoTaken) {
        String name = config.pinpointName();
        String base = name.equals(name.toUpperCase(Locale.ROOT)) ? capitalized(name) : name;
        for (int number = 1; ; number++) {
            String key = base + number;
            if (!activities.containsKey(key) && !alsoTaken.contains(key)) {
                return key;
            }
        }
    }

    private static String capitalized(String upper) {
        String lower = upper.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JourneyGraph graph && settings.equals(graph.settings)
                && Objects.equals(entry, graph.entry) && Objects.equals(startActivity, graph.startActivity)
                && activities.equals(graph.activities) && List.copyOf(activities.keySet())
                        .equals(List.copyOf(graph.activities.keySet())) && layout.equals(graph.layout);
    }

    @Override
    public int hashCode() {
        return Objects.hash(settings, entry, startActivity, activities, layout);
    }
}
