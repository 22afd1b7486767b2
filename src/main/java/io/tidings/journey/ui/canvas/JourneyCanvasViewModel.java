package io.tidings.journey.ui.canvas;

import io.tidings.journey.Activity;
import io.tidings.journey.ActivityConfig;
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

    /** The least zoom a journey opens at: smaller, the cards' words are too small to read. */
    static final double READABLE_ZOOM = 0.6;

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
    /** Each activity's place in the journey, for placing those never placed: read once per graph, not per card. */
    private Map<String, Integer> unplacedOrder = Map.of();
    private JourneyGraph unplacedOrderOf;

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

    // Inserting into a connection, adding after a port

    /**
     * Whether a new activity of {@code kind} may go into the connection that leaves {@code outlet}; the canvas lights
     * the connection, or says why not.
     */
    public ConnectionCheck checkInsertion(ActivityKind kind, Outlet outlet) {
        return check(InsertIntoConnection.fresh(graph(), kind.newConfig(), outlet, viewport.centre()));
    }

    /**
     * Whether the activity {@code key}, on the canvas, may go into the connection that leaves {@code outlet}; null when
     * it is connected (a connected card dragged over a connection only moves).
     */
    public ConnectionCheck checkInsertion(String key, Outlet outlet) {
        if (!InsertIntoConnection.unconnected(graph(), key)) {
            return null;
        }
        return check(InsertIntoConnection.existing(graph(), key, outlet, null));
    }

    /** Whether nothing leads to the activity and it leads nowhere: such a card dropped on a connection goes into it. */
    public boolean isUnconnected(String key) {
        return canEdit() && InsertIntoConnection.unconnected(graph(), key);
    }

    /** Adds a new activity of {@code kind} into the connection leaving {@code outlet}, its top-left at {@code at}. */
    public String insertActivity(ActivityKind kind, Outlet outlet, Position at) {
        if (!canEdit()) {
            return null;
        }
        InsertIntoConnection insert = InsertIntoConnection.fresh(graph(), kind.newConfig(), outlet, snapped(at));
        if (graph().target(outlet) != null) {
            insert = insert.placed(PlaceAfterPort.intoConnection(this, outlet, insert.key(),
                    CardGeometry.of(insert.added()), snapped(at)));
        }
        if (!apply(insert)) {
            return null;
        }
        select(insert.key());
        onOpenProperties.accept(insert.key());
        return insert.key();
    }

    /** Moves the unconnected activity {@code key} to {@code at} and into the connection leaving {@code outlet}. */
    public boolean insertExisting(String key, Outlet outlet, Position at) {
        if (!canEdit()) {
            return false;
        }
        InsertIntoConnection insert = InsertIntoConnection.existing(graph(), key, outlet, snapped(at));
        if (at != null && graph().has(key) && graph().target(outlet) != null) {
            insert = insert.placed(PlaceAfterPort.intoConnection(this, outlet, key, cardSize(key), snapped(at)));
        }
        return apply(insert);
    }

    /**
     * Adds a new activity of {@code kind} to the right of the open port {@code outlet} (below, when that place is
     * taken) and connects the port to it: one edit. Selects it; returns its key, or null when refused.
     */
    public String addAfter(Outlet outlet, ActivityKind kind) {
        if (!canEdit()) {
            return null;
        }
        return added(AddAfter.fresh(graph(), kind.newConfig(), outlet, PlaceAfterPort.find(this, outlet, kind)));
    }

    /** Whether a new activity may be added after {@code outlet}: it is open, and the journey is a draft. */
    public boolean canAddAfter(Outlet outlet) {
        return canEdit() && (outlet.isEntry() || graph().has(outlet.activityKey())) && graph().target(outlet) == null;
    }

    /**
     * Adds a new activity of {@code kind} where a connection dragged from the open port {@code outlet} was dropped
     * (its input at {@code dropped}, on the grid) and connects the port to it: one edit. Selects it and shows it whole;
     * returns its key, or null when refused.
     */
    public String addWhereDropped(Outlet outlet, ActivityKind kind, Position dropped) {
        if (!canEdit()) {
            return null;
        }
        ActivityConfig config = kind.newConfig();
        double inputOffset = CardGeometry.of(Activity.of(config)).height() / 2;
        return added(AddAfter.fresh(graph(), config, outlet, snapped(dropped.plus(0, -inputOffset))));
    }

    /**
     * Makes the edit; the activity added is selected, its properties asked for, and the canvas pans just enough to show
     * it whole (one dropped near the border would hang over it). Its key, or null when refused.
     */
    private String added(AddAfter add) {
        if (!apply(add)) {
            return null;
        }
        select(add.key());
        reveal(add.key());
        onOpenProperties.accept(add.key());
        return add.key();
    }

    private ConnectionCheck check(JourneyEdit edit) {
        if (!canEdit()) {
            return ConnectionCheck.refused("A published journey is not edited on its canvas.");
        }
        try {
            edit.apply(graph());
            return ConnectionCheck.ALLOWED;
        } catch (InvalidJourneyException refused) {
            return ConnectionCheck.refused(refused.getMessage());
        }
    }

    static Position snapped(Position at) {
        return at == null ? null : new Position(CardGeometry.snap(at.x()), CardGeometry.snap(at.y()));
    }

    // Moving

    /** Where a card sits: its stored position, or one the canvas picks for an activity never placed. */
    public Position position(String key) {
        Position stored = graph().layout().of(key);
        if (stored != null) {
            return stored;
        }
        if (unplacedOrderOf != graph()) {
            unplacedOrderOf = graph();
            unplacedOrder = new java.util.HashMap<>();
            for (String each : graph().activities().keySet()) {
                unplacedOrder.put(each, unplacedOrder.size());
            }
        }
        int index = unplacedOrder.getOrDefault(key, 0);
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
        fit(CanvasViewport.LEAST_ZOOM);
    }

    /**
     * What a journey opens at: all of it when it fits at a zoom whose words can be read, else its beginning at that
     * zoom (Fit, Ctrl+0, still shows the whole of it).
     */
    void showReadably() {
        fit(READABLE_ZOOM);
    }

    private void fit(double least) {
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
        viewport.fit(left, top, right, bottom, least);
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

    /** Where the canvas places the cards of a journey that has no positions yet (an import): ELK, with the cards' sizes. */
    public static JourneyLayout layOut(JourneyGraph graph) {
        return JourneyAutoLayout.layout(graph, key -> CardGeometry.of(graph.activity(key)), CardGeometry.ENTRY);
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
        background.run(BackgroundJob.of("Laying out the journey", progress -> layOut(laidOut))
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
