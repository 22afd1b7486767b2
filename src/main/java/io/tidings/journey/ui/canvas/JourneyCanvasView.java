package io.tidings.journey.ui.canvas;

import io.tidings.journey.Activity;
import io.tidings.journey.CardSize;
import io.tidings.journey.Issue;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyGraph;
import io.tidings.journey.Outlet;
import io.tidings.journey.Port;
import io.tidings.journey.Position;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.PathElement;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import javafx.util.Duration;

/**
 * The journey designer's canvas: a clipped region holding a world group (zoomed and panned) with, bottom-up, the
 * edges, the cards and an overlay for gestures, over a grid that follows the zoom. Each new graph is reconciled by key:
 * only the cards and edges that changed are touched, never a full rebuild. Gestures live in {@link CanvasGestures},
 * keys in {@link CanvasKeys}.
 */
public final class JourneyCanvasView extends Region {

    private static final String STYLESHEET = JourneyCanvasView.class.getResource("journey-canvas.css").toExternalForm();
    /** Below this zoom a card's small print does not read: it is not drawn (and not made until first needed). */
    static final double DETAIL_ZOOM = 0.4;
    /** How far past the border (screen pixels) cards are made whole, ready for a short pan. */
    private static final double DETAIL_MARGIN = 160;
    private static final PseudoClass READ_ONLY = PseudoClass.getPseudoClass("read-only");
    private static final double GRID = 32;

    private final JourneyCanvasViewModel model;
    private final Path grid = new Path();
    private final Group world = new Group();
    private final Pane edgeLayer = new Pane();
    private final Pane cardLayer = new Pane();
    private final Pane overlay = new Pane();
    private final Label message = new Label();
    private final Region dropFrame = new Region();
    private final Translate pan = new Translate();
    private final Scale scale = new Scale();
    private final ActivityCard entry = new ActivityCard(null);
    private final Map<String, ActivityCard> cards = new HashMap<>();
    private final Map<Outlet, EdgeView> edges = new HashMap<>();
    private final PauseTransition messageShown = new PauseTransition(Duration.seconds(5));
    private final CanvasGestures gestures;
    private CanvasNames shownNames;
    private CardText text;
    /** Whether cards show their small print (zoomed in); until the canvas has its size and zoom, none is made. */
    private boolean detailShown;
    /** Where the canvas's corner was in the window, or null before it was shown there. */
    private Point2D placeInScene;

    public JourneyCanvasView(JourneyCanvasViewModel model) {
        this.model = model;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("journey-canvas");
        setId("canvas");
        setFocusTraversable(true);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        grid.getStyleClass().add("canvas-grid");
        grid.setMouseTransparent(true);
        grid.setManaged(false);
        for (Pane layer : List.of(edgeLayer, cardLayer, overlay)) {
            layer.setPickOnBounds(false);
            layer.setManaged(false);
        }
        overlay.setMouseTransparent(true);
        world.getChildren().addAll(edgeLayer, cardLayer, overlay);
        world.getTransforms().addAll(pan, scale);
        world.setManaged(false);
        message.getStyleClass().add("canvas-message");
        message.setId("canvas-message");
        message.setVisible(false);
        message.setManaged(false);
        message.setWrapText(true);
        // Lit while an activity is dragged from the palette: a node of its own, so that no card's style is touched.
        dropFrame.getStyleClass().add("drop-frame");
        dropFrame.setManaged(false);
        dropFrame.setMouseTransparent(true);
        dropFrame.setVisible(false);
        getChildren().addAll(grid, dropFrame, world, message);
        cardLayer.getChildren().add(entry);

        CanvasViewport viewport = model.viewport();
        pan.xProperty().bind(viewport.panXProperty());
        pan.yProperty().bind(viewport.panYProperty());
        scale.xProperty().bind(viewport.zoomProperty());
        scale.yProperty().bind(viewport.zoomProperty());
        viewport.zoomProperty().addListener((seen, before, now) -> {
            showDetail();
            drawGrid();
        });
        viewport.panXProperty().addListener((seen, before, now) -> {
            showDetail();
            drawGrid();
        });
        viewport.panYProperty().addListener((seen, before, now) -> {
            showDetail();
            drawGrid();
        });

        gestures = new CanvasGestures(this, model);
        gestures.attach(entry);
        new CanvasKeys(this, model, gestures).install();
        model.document().graphProperty().addListener((seen, before, now) -> reconcile(now));
        model.namesProperty().addListener((seen, before, now) -> reconcile(model.graph()));
        model.document().selection().addListener((SetChangeListener<String>) change -> {
            if (change.wasRemoved() && cards.containsKey(change.getElementRemoved())) {
                cards.get(change.getElementRemoved()).pseudoClassStateChanged(ActivityCard.SELECTED, false);
            }
            if (change.wasAdded() && cards.containsKey(change.getElementAdded())) {
                cards.get(change.getElementAdded()).pseudoClassStateChanged(ActivityCard.SELECTED, true);
            }
        });
        model.document().issues().addListener((ListChangeListener<Issue>) change -> showIssues());
        model.document().countsProperty().addListener((seen, before, now) -> showCounts(now));
        model.document().readOnlyProperty().addListener((seen, before, now) -> showReadOnly(now));
        showReadOnly(model.document().readOnlyProperty().get());
        localToSceneTransformProperty().addListener((seen, before, now) -> keepCardsInPlace());
        sceneProperty().addListener((seen, before, now) -> placeInScene = null);
        model.messageProperty().addListener((seen, before, now) -> say(now));
        messageShown.setOnFinished(done -> message.setVisible(false));
        reconcile(model.graph());
        showIssues();
        showCounts(model.document().countsProperty().get());
    }

    // The commands the screen's toolbar calls.

    public void zoomIn() {
        model.zoomIn();
    }

    public void zoomOut() {
        model.zoomOut();
    }

    public void zoomToFit() {
        model.zoomToFit();
    }

    /** The whole journey when it fits at a zoom whose words can be read, else its beginning at that zoom. */
    public void showReadably() {
        model.showReadably();
    }

    public void autoLayout() {
        model.autoLayout();
    }

    public void deleteSelection() {
        model.deleteSelection();
    }

    public void copySelection() {
        model.copySelection();
    }

    public void paste() {
        model.paste();
    }

    public void selectAll() {
        model.selectAll();
    }

    public JourneyCanvasViewModel model() {
        return model;
    }

    // What the gestures read.

    ActivityCard card(String key) {
        return key == null ? entry : cards.get(key);
    }

    Collection<ActivityCard> cards() {
        return cards.values();
    }

    ActivityCard entryCard() {
        return entry;
    }

    Collection<EdgeView> edges() {
        return edges.values();
    }

    Pane overlay() {
        return overlay;
    }

    Pane cardLayer() {
        return cardLayer;
    }

    EdgeView edge(Outlet outlet) {
        return edges.get(outlet);
    }

    /** Lights the canvas while an activity from the palette is held over it. */
    void showDropFrame(boolean shown) {
        dropFrame.setVisible(shown);
    }

    /**
     * The connection under a point of the scene (within its grab width), leaving out those that touch the activity
     * {@code ignored}; null when there is none.
     */
    EdgeView edgeAt(double sceneX, double sceneY, String ignored) {
        for (EdgeView edge : edges.values()) {
            if (ignored != null && (ignored.equals(edge.target()) || ignored.equals(edge.outlet().activityKey()))) {
                continue;
            }
            if (edge.grabs(sceneX, sceneY)) {
                return edge;
            }
        }
        return null;
    }

    /** Shows a short message over the canvas ("Email1 to itself would loop"), which goes away by itself. */
    void say(String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        message.setText(text);
        message.setVisible(true);
        layoutMessage();
        messageShown.playFromStart();
    }

    /** The input anchor of a card (world units). */
    static Position inputOf(ActivityCard card) {
        return new Position(card.getLayoutX(), card.getLayoutY() + card.size().height() / 2);
    }

    /** An output port's anchor (world units). */
    static Position portOf(ActivityCard card, Port port) {
        CardSize size = card.size();
        int index = card.activity() == null ? 0 : card.activity().config().ports().indexOf(port);
        double offset = size.portOffsets().get(Math.max(0, Math.min(index, size.portOffsets().size() - 1)));
        return new Position(card.getLayoutX() + size.width(), card.getLayoutY() + offset);
    }

    /** Redraws the edges that touch the given cards (a drag moves them live). */
    void redrawEdgesOf(Set<String> keys, boolean entryMoved) {
        for (EdgeView edge : edges.values()) {
            boolean fromMoved = edge.outlet().isEntry() ? entryMoved : keys.contains(edge.outlet().activityKey());
            if (fromMoved || keys.contains(edge.target())) {
                draw(edge);
            }
        }
    }

    private void reconcile(JourneyGraph graph) {
        boolean renamed = text == null || shownNames != model.namesProperty().get();
        if (renamed) {
            shownNames = model.namesProperty().get();
            text = new CardText(shownNames);
        }
        Set<String> gone = new HashSet<>(cards.keySet());
        gone.removeAll(graph.activities().keySet());
        for (String key : gone) {
            cardLayer.getChildren().remove(cards.remove(key));
        }
        List<Node> added = new ArrayList<>();
        for (Map.Entry<String, Activity> entry : graph.activities().entrySet()) {
            ActivityCard card = cards.get(entry.getKey());
            if (card == null) {
                card = new ActivityCard(entry.getKey());
                gestures.attach(card);
                cards.put(entry.getKey(), card);
                added.add(card);
                card.pseudoClassStateChanged(ActivityCard.SELECTED, model.selection().contains(entry.getKey()));
            }
            // Edits keep the activities they do not touch as the same objects: those cards are left alone.
            if (card.activity() != entry.getValue() || renamed) {
                card.show(entry.getValue(), text.subtitle(entry.getValue()));
            }
            place(card, model.position(entry.getKey()));
        }
        for (Node card : added) {
            ((ActivityCard) card).editable(model.canEdit());
        }
        cardLayer.getChildren().addAll(added);
        showDetail();
        entry.showSubtitle(text.entry(graph.entry()));
        entry.showEntryOpen(graph.target(Outlet.ENTRY) == null);
        place(entry, model.entryPosition());
        reconcileEdges(graph);
    }

    private void place(ActivityCard card, Position at) {
        if (card.getLayoutX() != at.x() || card.getLayoutY() != at.y()) {
            card.relocate(at.x(), at.y());
        }
    }

    private void reconcileEdges(JourneyGraph graph) {
        Map<Outlet, String> wanted = new LinkedHashMap<>();
        for (Outlet outlet : graph.outlets()) {
            String target = graph.target(outlet);
            if (target != null && graph.has(target)) {
                wanted.put(outlet, target);
            }
        }
        edges.keySet().removeIf(outlet -> {
            if (!wanted.containsKey(outlet)) {
                edgeLayer.getChildren().remove(edges.get(outlet));
                return true;
            }
            return false;
        });
        List<Node> added = new ArrayList<>();
        JourneyCounts counts = model.document().countsProperty().get();
        wanted.forEach((outlet, target) -> {
            EdgeView edge = edges.get(outlet);
            if (edge == null) {
                edge = new EdgeView(outlet);
                gestures.attach(edge);
                edges.put(outlet, edge);
                added.add(edge);
                edge.showCount(counts == null ? null : counts.leftThrough(outlet));
            }
            edge.target(target);
            draw(edge);
        });
        edgeLayer.getChildren().addAll(added);
    }

    private void draw(EdgeView edge) {
        ActivityCard from = card(edge.outlet().activityKey());
        ActivityCard to = cards.get(edge.target());
        if (from == null || to == null) {
            return;
        }
        Position start = portOf(from, edge.outlet().port());
        Position end = inputOf(to);
        edge.draw(start.x(), start.y(), end.x(), end.y());
    }

    private void showIssues() {
        Map<String, List<Issue>> byActivity = new HashMap<>();
        for (Issue issue : model.document().issues()) {
            if (issue.activityKey() != null) {
                byActivity.computeIfAbsent(issue.activityKey(), key -> new ArrayList<>()).add(issue);
            }
        }
        List<Issue> journeyWide = model.document().issues().stream()
                .filter(issue -> issue.activityKey() == null && issue.severity() != Issue.Severity.NOTE).toList();
        entry.showIssues(journeyWide);
        cards.forEach((key, card) -> card.showIssues(byActivity.getOrDefault(key, List.of())));
    }

    private void showCounts(JourneyCounts counts) {
        entry.showCount(counts == null ? null
                : new io.tidings.journey.ActivityCount(counts.leftThrough(Outlet.ENTRY), 0, 0, 0));
        cards.forEach((key, card) -> card.showCount(counts == null ? null : counts.activity(key)));
        edges.forEach((outlet, edge) -> edge.showCount(counts == null ? null : counts.leftThrough(outlet)));
    }

    /**
     * Zoomed out, no card shows its small print; zoomed in, those on screen (or nearly) do, made as they first come
     * into view, so that opening or zooming into a long journey makes only what can be seen.
     */
    private void showDetail() {
        if (!model.viewport().sized()) {
            return;
        }
        boolean shown = model.zoomProperty().get() >= DETAIL_ZOOM;
        if (!shown) {
            if (detailShown) {
                detailShown = false;
                entry.showDetail(false);
                cards.values().forEach(card -> card.showDetail(false));
            }
            return;
        }
        detailShown = true;
        CanvasViewport viewport = model.viewport();
        Position topLeft = viewport.toWorld(-DETAIL_MARGIN, -DETAIL_MARGIN);
        Position bottomRight = viewport.toWorld(getWidth() + DETAIL_MARGIN, getHeight() + DETAIL_MARGIN);
        for (ActivityCard card : cards.values()) {
            showDetailIfInView(card, topLeft, bottomRight);
        }
        showDetailIfInView(entry, topLeft, bottomRight);
    }

    private static void showDetailIfInView(ActivityCard card, Position topLeft, Position bottomRight) {
        if (!card.detailShown() && card.getLayoutX() < bottomRight.x() && card.getLayoutY() < bottomRight.y()
                && card.getLayoutX() + card.size().width() > topLeft.x()
                && card.getLayoutY() + card.size().height() > topLeft.y()) {
            card.showDetail(true);
        }
    }

    private void showReadOnly(boolean readOnly) {
        pseudoClassStateChanged(READ_ONLY, readOnly);
        entry.editable(!readOnly);
        cards.values().forEach(card -> card.editable(!readOnly));
    }

    /**
     * A bar that comes or goes above or beside the canvas (the designer's "Save the journey first" line after the first
     * edit) moves the canvas in the window: the cards stay where they were on screen, under the pointer that placed
     * them.
     */
    private void keepCardsInPlace() {
        if (getScene() == null) {
            return;
        }
        Point2D now = localToScene(0, 0);
        if (placeInScene != null && model.viewport().sized() && !now.equals(placeInScene)) {
            model.viewport().panBy(placeInScene.getX() - now.getX(), placeInScene.getY() - now.getY());
        }
        placeInScene = now;
    }

    private void drawGrid() {
        CanvasViewport viewport = model.viewport();
        double step = GRID * viewport.zoomProperty().get();
        while (step < 20) {
            step *= 2;
        }
        List<PathElement> lines = new ArrayList<>();
        double firstX = floorMod(viewport.panXProperty().get(), step);
        double firstY = floorMod(viewport.panYProperty().get(), step);
        for (double x = firstX; x < getWidth(); x += step) {
            lines.add(new MoveTo(Math.round(x) + 0.5, 0));
            lines.add(new LineTo(Math.round(x) + 0.5, getHeight()));
        }
        for (double y = firstY; y < getHeight(); y += step) {
            lines.add(new MoveTo(0, Math.round(y) + 0.5));
            lines.add(new LineTo(getWidth(), Math.round(y) + 0.5));
        }
        grid.getElements().setAll(lines);
    }

    private static double floorMod(double value, double step) {
        return ((value % step) + step) % step;
    }

    private void layoutMessage() {
        message.setMaxWidth(Math.min(520, getWidth() - 32));
        message.autosize();
        message.relocate(16, getHeight() - message.getHeight() - 16);
    }

    @Override
    protected void layoutChildren() {
        if (model.viewport().width() != getWidth() || model.viewport().height() != getHeight()) {
            boolean first = !model.viewport().sized();
            model.viewport().resize(getWidth(), getHeight());
            if (first && model.viewport().sized()) {
                // A new canvas shows the journey; only then is it known whether cards show their small print.
                model.showReadably();
            }
            showDetail();
            drawGrid();
        }
        dropFrame.resizeRelocate(0, 0, getWidth(), getHeight());
        layoutMessage();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 800;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 600;
    }
}
