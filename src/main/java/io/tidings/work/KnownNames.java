package io.tidings.work;

import java.util.List;
import java.util.stream.Collectors;

/** "There is no segment called "Lapsed". The segments are "A", "B" and 3 more.": a name not found, and the ones there are. */
public final class KnownNames {

    /** How many names are listed before "and N more". */
    private static final int SHOWN = 5;

    private KnownNames() {
    }

    /**
     * @param kind singular, as in "segment"
     * @param name what the user typed
     * @param known the names the workspace has, in the order to list them
     */
    public static String notFound(String kind, String name, List<String> known) {
        return "There is no " + kind + " called " + Quote.of(name) + ". " + listing(kind, known);
    }

    /** "The segments are "A" and "B"." or "The workspace has no segments yet." */
    public static String listing(String kind, List<String> known) {
        if (known.isEmpty()) {
            return "The workspace has no " + kind + "s yet.";
        }
        if (known.size() == 1) {
            return "The only " + kind + " is " + Quote.of(known.get(0)) + ".";
        }
        List<String> shown = known.stream().limit(SHOWN).map(Quote::of).toList();
        int more = known.size() - shown.size();
        String names = more > 0 ? String.join(", ", shown) + " and " + more + " more"
                : shown.subList(0, shown.size() - 1).stream().collect(Collectors.joining(", "))
                        + " and " + shown.get(shown.size() - 1);
        return "The " + kind + "s are " + names + ".";
    }
}
