package io.tidings.journey;

import java.util.List;
import java.util.Locale;

/**
 * An output of an activity, which leads to at most one next activity. {@code START} is the journey's entry
 * ({@code StartActivity}); the others belong to the activity kinds that have them.
 */
public enum Port {
    START("Start"),
    NEXT("Next"),
    YES("Yes"),
    NO("No"),
    BRANCH_1("Branch 1"),
    BRANCH_2("Branch 2"),
    BRANCH_3("Branch 3"),
    BRANCH_4("Branch 4"),
    ELSE("Else"),
    PATH_1("Path 1"),
    PATH_2("Path 2"),
    PATH_3("Path 3"),
    PATH_4("Path 4"),
    PATH_5("Path 5");

    /** The most branches a multi-condition split has before its Else, and the most paths of a random split. */
    public static final int MOST_BRANCHES = 4;
    public static final int MOST_PATHS = 5;

    private static final List<Port> BRANCHES = List.of(BRANCH_1, BRANCH_2, BRANCH_3, BRANCH_4);
    private static final List<Port> PATHS = List.of(PATH_1, PATH_2, PATH_3, PATH_4, PATH_5);

    private final String label;

    Port(String label) {
        this.label = label;
    }

    /** How the canvas labels the port: "Yes", "Branch 2", "Path 3". */
    public String label() {
        return label;
    }

    /** The port of the branch at {@code index} (from 0) of a multi-condition split. */
    public static Port branch(int index) {
        return BRANCHES.get(index);
    }

    /** The port of the path at {@code index} (from 0) of a random split. */
    public static Port path(int index) {
        return PATHS.get(index);
    }

    /** The branch's or path's index (from 0), or -1 for another port. */
    public int index() {
        int branch = BRANCHES.indexOf(this);
        return branch >= 0 ? branch : PATHS.indexOf(this);
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
