package io.tidings.journey.ui.canvas;

import io.tidings.journey.AddActivity;
import io.tidings.journey.AutoLayout;
import io.tidings.journey.CardSize;
import io.tidings.journey.Connect;
import io.tidings.journey.ConnectionCheck;
import io.tidings.journey.DeleteActivities;
import io.tidings.journey.Disconnect;
import io.tidings.journey.InvalidJourneyException;
import io.tidings.journey.JourneyAutoLayout;
import io.tidings.journey.JourneyClipboard;
import io.tidings.journey.JourneyEdit;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.JourneyLayout;
import io.tidings.journey.JourneyValidator;
import io.tidings.journey.MoveActivities;
import io.tidings.journey.Outlet;
import io.tidings.journey.PasteActivities;
import io.tidings.journey.Position;
import io.tidings.journey.ui.JourneyDocument;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.FxBackgroundWork;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The designer canvas's commands over the open {@link JourneyDocument}: adding, connecting, moving, deleting, copying
 * and pasting activities (each one undoable edit), selection, zoom and pan, auto-layout. It holds no node; the view
 * hands positions over as numbers, in canvas units. FX thread only.
 */
public final class JourneyCanvasViewModel {

    /** What Ctrl+C copied last, shared by every journey open in the app so that it pastes across journeys. */
    private static String copied;

    /** One daemon thread for the auto-layout of canvases made without the app's runner, made when first needed. */
    private static final class OwnRunner {
        static final BackgroundWork RUNNER = new FxBackgroundWork(1);
    }

    private final JourneyDocument document;
    private final BackgroundWork background;
    private final CanvasViewport viewport = new CanvasViewport();
    private final ObjectProperty<CanvasNames> names = new SimpleObjectProperty<>(CanvasNames.NONE);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private Consumer<String> onOpenProperties = key -> { };
    private Consumer<String> onShowParticipants = key -> { };
    private Position pointer;

    /** Lays out on a background thread of its own; the app hands over its runner with the other constructor. */
    public JourneyCanvasViewModel(JourneyDocument document) {
        this(document, OwnRunner.RUNNER);
    }

    public JourneyCanvasViewModel(JourneyDocument document, BackgroundWork background) {
        this.document = Objects.requireNonNull(document, "document");
        this.background = Objects.requireNonNull(background, "background");
    }

    public JourneyDocument document() {
        return document;
    }

    public JourneyGraph graph() {
        return document.graph();
    }

    /** The zoom, 0.25 to 2 (1 is 100 %). */
    public ReadOnlyDoubleProperty zoomProperty() {
        return viewport.zoomProperty();
    }

    CanvasViewport viewport() {
        return viewport;
    }

    /** The templates' and segments' names the cards show; the screen sets them once read. */
    public ObjectProperty<CanvasNames> namesProperty() {
        return names;
    }

    /** Why the last gesture did nothing ("Email1 to itself would loop"), or empty; the canvas shows it briefly. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Called with an activity's key (null: the entry) when the user presses Enter on its card or adds it. */
    public void setOnOpenProperties(Consumer<String> handler) {
        onOpenProperties = handler == null ? key -> { } : handler;
    }

    /** Called with an activity's key when the user clicks its count badge: list the participants there. */
    public void setOnShowParticipants(Consumer<String> handler) {
        onShowParticipants = handler == null ? key -> { } : handler;
    }

    void openProperties(String key) {
        onOpenProperties.accept(key);
    }

    void showParticipants(String key) {
        onShowParticipants.accept(key);
    }

    public boolean canEdit() {
        return !document.readOnlyProperty().get();
    }

    // Adding and connecting

    /** Adds a new activity of {@code kind} with its top-left corner at {@code at}, selected; returns its key. */
    public String addActivity(ActivityKind kind, Position at) {
        if (!canEdit()) {
            return null;
        }
        AddActivity add = AddActivity.fresh(graph(), kind.newConfig(),
                new Position(CardGeometry.snap(at.x()), CardGeometry.snap(at.y())));
        if (!apply(add)) {
            return null;
        }
        select(add.key());
        onOpenProperties.accept(add.key());
        return add.key();
    }

    /** Adds a new activity in the middle of what the canvas shows. */
    public String addActivityAtCentre(ActivityKind kind) {
        Position centre = viewport.centre();
        return addActivity(kind, centre.plus(-CardGeometry.WIDTH / 2, -CardGeometry.SINGLE_HEIGHT / 2));
    }

    /** Whether the outlet may lead to the activity; the canvas lights allowed targets and says why others are not. */
    public ConnectionCheck checkConnection(Outlet outlet, String target) {
        if (!canEdit()) {
            return ConnectionCheck.refused("A published journey is not edited on its canvas.");
        }
        return JourneyValidator.canConnect(graph(), outlet, target);
    }

    public boolean connect(Outlet outlet, String target) {
        return canEdit() && !Objects.equals(graph().target(outlet), target) && apply(new Connect(outlet, target));
    }

    public boolean disconnect(Outlet outlet) {
        return canEdit() && graph().target(outlet) != null && apply(new Disconnect(outlet));
    }

    // Moving

    /** Where a card sits: its stored position, or one the canvas picks for an activity never placed. */
    public Position position(String key) {
        Position stored = graph().layout().of(key);
        if (stored != null) {
            return stored;
        }
        int index = new ArrayList<>(graph().activities().keySet()).indexOf(key);
        return new Position(40 + (index % 6) * (CardGeometry.WIDTH + 48), 200 + (index / 6) * 140.0);
    }

    public Position entryPosition() {
        Position stored = graph().layout().entry();
        return stored == null ? new Position(40, 40) : stored;
    }

    /** Puts the cards where a drag left them (snapped to the grid): one edit for the whole gesture. */
    public void moveTo(Map<String, Position> positions, Position entry) {
        if (!canEdit()) {
            return;
        }
        Map<String, Position> snapped = new java.util.LinkedHashMap<>();
        positions.forEach((key, at) -> {
            Position grid = new Position(CardGeometry.snap(at.x()), CardGeometry.snap(at.y()));
            if (!grid.equals(graph().layout().of(key))) {
                snapped.put(key, grid);
            }
        });
        Position entryAt = entry == null ? null : new Position(CardGeometry.snap(entry.x()), CardGeometry.snap(entry.y()));
        if (entryAt != null && entryAt.equals(graph().layout().entry())) {
            entryAt = null;
        }
        if (!snapped.isEmpty() || entryAt != null) {
            MoveActivities move = new MoveActivities(snapped, entryAt);
            // A gesture of its own, so that arrow nudges right after it are not taken for its continuation.
            document.beginGesture(move.description());
            try {
                apply(move);
            } finally {
                document.endGesture();
            }
        }
    }

    /** Moves the selection by a step of the arrow keys; steps within a second undo together. */
    public void nudge(double dx, double dy) {
        if (!canEdit() || document.selection().isEmpty()) {
            return;
        }
        Map<String, Position> moved = new java.util.LinkedHashMap<>();
        for (String key : document.selection()) {
            moved.put(key, position(key).plus(dx, dy));
        }
        apply(new MoveActivities(moved, null));
    }

    // Selection

    public Set<String> selection() {
        return document.selection();
    }

    public void select(String key) {
        document.selection().clear();
        if (key != null) {
            document.selection().add(key);
        }
    }

    public void toggle(String key) {
        if (!document.selection().remove(key)) {
            document.selection().add(key);
        }
    }

    public void selectAll() {
        document.selection().addAll(graph().activities().keySet());
    }

    public void clearSelection() {
        document.selection().clear();
    }

    /** The activities in flow order (breadth-first from the entry, then the unreachable): how Tab walks them. */
    public List<String> flowOrder() {
        Set<String> order = new LinkedHashSet<>(graph().reachable());
        order.addAll(graph().activities().keySet());
        return List.copyOf(order);
    }

    // Delete, copy, paste

    public void deleteSelection() {
        if (canEdit() && !document.selection().isEmpty()) {
            apply(new DeleteActivities(Set.copyOf(document.selection())));
        }
    }

    public void copySelection() {
        if (!document.selection().isEmpty()) {
            copied = JourneyClipboard.copy(graph(), document.selection()).toText();
        }
    }

    public void cutSelection() {
        copySelection();
        deleteSelection();
    }

    /** Copies the selection and pastes it a little below and to the right. */
    public void duplicateSelection() {
        if (document.selection().isEmpty()) {
            return;
        }
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        for (String key : document.selection()) {
            left = Math.min(left, position(key).x());
            top = Math.min(top, position(key).y());
        }
        copySelection();
        paste(new Position(left + 32, top + 32));
    }

    /** Pastes what was copied where the pointer is (or in the middle of the canvas), and selects it. */
    public void paste() {
        paste(pointer != null ? pointer : viewport.centre());
    }

    public void paste(Position at) {
        if (!canEdit() || copied == null) {
            return;
        }
        JourneyClipboard clipboard;
        try {
            clipboard = JourneyClipboard.fromText(copied);
        } catch (InvalidJourneyException unreadable) {
            message.set(unreadable.getMessage());
            return;
        }
        PasteActivities paste = new PasteActivities(clipboard,
                new Position(CardGeometry.snap(at.x()), CardGeometry.snap(at.y())));
        Map<String, String> keys = paste.newKeys(graph());
        if (apply(paste)) {
            document.selection().clear();
            document.selection().addAll(keys.values());
        }
    }

    /** Where the pointer is on the canvas (canvas units), or null when it is outside: paste goes there. */
    void pointerAt(Position at) {
        pointer = at;
    }

    // Undo

    public void undo() {
        document.undo();
    }

    public void redo() {
        document.redo();
    }

    // Zoom and layout

    public void zoomIn() {
        viewport.zoomIn();
    }

    public void zoomOut() {
        viewport.zoomOut();
    }

    public void actualSize() {
        viewport.actualSize();
    }

    public void zoomToFit() {
        double left = entryPosition().x();
        double top = entryPosition().y();
        double right = left + CardGeometry.ENTRY.width();
        double bottom = top + CardGeometry.ENTRY.height();
        for (String key : graph().activities().keySet()) {
            Position at = position(key);
            CardSize size = cardSize(key);
            left = Math.min(left, at.x());
            top = Math.min(top, at.y());
            right = Math.max(right, at.x() + size.width());
            bottom = Math.max(bottom, at.y() + size.height());
        }
        viewport.fit(left, top, right, bottom);
    }

    /** Pans so that the card is on screen (Tab walks the cards). */
    void reveal(String key) {
        Position at = key == null ? entryPosition() : position(key);
        CardSize size = key == null ? CardGeometry.ENTRY : cardSize(key);
        viewport.reveal(at.x(), at.y(), at.x() + size.width(), at.y() + size.height());
    }

    CardSize cardSize(String key) {
        return CardGeometry.of(graph().activity(key));
    }

    /**
     * Lays the journey out with ELK off the FX thread, then places the cards as one edit ("Undo Auto-layout") and fits
     * them on screen. Dropped when the journey changed meanwhile.
     */
    public void autoLayout() {
        if (!canEdit() || graph().activities().isEmpty()) {
            return;
        }
        JourneyGraph laidOut = graph();
        background.run(BackgroundJob.of("Laying out the journey", progress ->
                        JourneyAutoLayout.layout(laidOut, key -> CardGeometry.of(laidOut.activity(key)),
                                CardGeometry.ENTRY))
                .quiet()
                .onSuccess(layout -> placeLaidOut(laidOut, layout))
                .onFailure(error -> message.set("The journey could not be laid out: " + error.getMessage())));
    }

    private void placeLaidOut(JourneyGraph laidOut, JourneyLayout layout) {
        if (graph() == laidOut && canEdit()) {
            apply(new AutoLayout(layout));
            zoomToFit();
        }
    }

    private boolean apply(JourneyEdit edit) {
        try {
            document.apply(edit);
            message.set("");
            return true;
        } catch (InvalidJourneyException refused) {
            message.set(refused.getMessage());
            return false;
        }
    }
}
