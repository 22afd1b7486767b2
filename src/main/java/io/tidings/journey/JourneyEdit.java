package io.tidings.journey;

import java.util.Collection;

/**
 * One undoable edit of a journey's definition: a pure function from the graph before to the graph after, with its
 * description for the Undo and Redo menus ("Move 3 activities"). An edit that cannot be made throws
 * {@link InvalidJourneyException} saying why and leaves nothing changed.
 */
public interface JourneyEdit {

    JourneyGraph apply(JourneyGraph graph);

    String description();

    /**
     * Whether this edit, made right after {@code earlier}, continues it (arrow nudges of one selection), so that
     * one Undo takes back both.
     */
    default boolean continues(JourneyEdit earlier) {
        return false;
    }

    /** "Email1", or "3 activities". */
    static String activities(Collection<String> keys) {
        return keys.size() == 1 ? keys.iterator().next() : keys.size() + " activities";
    }
}
