package io.tidings.journey;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Optional;

/**
 * The designer's undo and redo: each entry keeps the graph before and after an edit and its description (cheap and
 * exact at a journey's size). At most {@value #MOST} edits are kept; a new edit clears what could be redone. A group
 * ({@link #beginGroup}/{@link #endGroup}) makes a whole gesture one entry. The {@link #revision()} names the graph
 * shown: it is the saved one again after undoing back to it, so {@link #isDirty()} is exact. An edit that
 * {@linkplain JourneyEdit#continues continues} the last one within {@value #MERGE_MILLIS} ms joins its entry (arrow
 * nudges). Not thread-safe: the view model calls it on one thread.
 */
public final class EditHistory {

    /** The most edits that can be undone. */
    public static final int MOST = 200;

    /** How soon an edit must follow the one it continues to join it. */
    public static final long MERGE_MILLIS = 1000;

    private record Entry(JourneyGraph before, JourneyGraph after, String description, long revision, long below,
            JourneyEdit edit, Instant at) {
    }

    private final Deque<Entry> undo = new ArrayDeque<>();
    private final Deque<Entry> redo = new ArrayDeque<>();
    private JourneyGraph current;
    private long revision;
    private long lastRevision;
    private long savedRevision;
    private String groupDescription;
    private JourneyGraph groupStart;

    private final InstantSource clock;

    public EditHistory(JourneyGraph graph) {
        this(graph, Clock.systemUTC());
    }

    public EditHistory(JourneyGraph graph, InstantSource clock) {
        this.current = Objects.requireNonNull(graph, "graph");
        this.clock = clock;
    }

    public JourneyGraph current() {
        return current;
    }

    /** Makes the edit; one that changes nothing is not kept. A refused edit throws and changes nothing. */
    public JourneyGraph apply(JourneyEdit edit) {
        JourneyGraph after = edit.apply(current);
        if (groupStart != null) {
            current = after;
            return current;
        }
        Entry last = undo.peek();
        Instant now = clock.instant();
        if (last != null && redo.isEmpty() && last.edit() != null && edit.continues(last.edit())
                && Duration.between(last.at(), now).toMillis() <= MERGE_MILLIS) {
            undo.pop();
            revision = last.below();
            push(last.before(), after, last.description(), edit, now);
            return current;
        }
        push(current, after, edit.description(), edit, now);
        return current;
    }

    /** Starts a gesture whose edits are undone together as {@code description}. */
    public void beginGroup(String description) {
        if (groupStart != null) {
            throw new IllegalStateException("A group of edits is already open: end it first.");
        }
        groupDescription = description;
        groupStart = current;
    }

    /** Ends the gesture: its edits become one entry (none when they changed nothing). */
    public void endGroup() {
        if (groupStart == null) {
            throw new IllegalStateException("No group of edits is open.");
        }
        JourneyGraph before = groupStart;
        groupStart = null;
        push(before, current, groupDescription, null, clock.instant());
    }

    public boolean canUndo() {
        return groupStart == null && !undo.isEmpty();
    }

    public boolean canRedo() {
        return groupStart == null && !redo.isEmpty();
    }

    /** What Undo would undo, such as "Move 3 activities". */
    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of(undo.peek().description()) : Optional.empty();
    }

    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of(redo.peek().description()) : Optional.empty();
    }

    public JourneyGraph undo() {
        if (!canUndo()) {
            throw new IllegalStateException("There is nothing to undo.");
        }
        Entry entry = undo.pop();
        redo.push(entry);
        current = entry.before();
        revision = entry.below();
        return current;
    }

    public JourneyGraph redo() {
        if (!canRedo()) {
            throw new IllegalStateException("There is nothing to redo.");
        }
        Entry entry = redo.pop();
        undo.push(entry);
        current = entry.after();
        revision = entry.revision();
        return current;
    }

    /** Names the graph shown; each new edit gets a new one. */
    public long revision() {
        return revision;
    }

    /** The graph shown is the saved one. */
    public void markSaved() {
        savedRevision = revision;
    }

    public boolean isDirty() {
        return revision != savedRevision;
    }

    private void push(JourneyGraph before, JourneyGraph after, String description, JourneyEdit edit, Instant at) {
        if (before.equals(after)) {
            current = after;
            return;
        }
        lastRevision++;
        undo.push(new Entry(before, after, description, lastRevision, revision, edit, at));
        revision = lastRevision;
        current = after;
        redo.clear();
        while (undo.size() > MOST) {
            undo.removeLast();
        }
    }
}
