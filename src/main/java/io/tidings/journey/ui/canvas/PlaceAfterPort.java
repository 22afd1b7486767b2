package io.tidings.journey.ui.canvas;

import io.tidings.journey.Activity;
import io.tidings.journey.CardSize;
import io.tidings.journey.Outlet;
import io.tidings.journey.Position;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where an activity added after a port goes: to the right of the port, level with it, moved down past any card in the
 * way (with a gap), on the grid; and where one put into a connection goes, the cards after it moving right to make
 * room when it would sit on them.
 */
final class PlaceAfterPort {

    /** Between the port's card and the new one. */
    private static final double AFTER = 64;
    /** Kept free around every card. */
    private static final double GAP = 16;

    private PlaceAfterPort() {
    }

    /** Where a new activity of {@code kind} goes after {@code outlet}. */
    static Position find(JourneyCanvasViewModel model, Outlet outlet, ActivityKind kind) {
        return find(model, outlet, CardGeometry.of(Activity.of(kind.newConfig())));
    }

    private static Position find(JourneyCanvasViewModel model, Outlet outlet, CardSize size) {
        Position at = levelWithPort(model, outlet, size);
        for (int tries = 0; tries < 100 && overlapsACard(model, at, size); tries++) {
            at = JourneyCanvasViewModel.snapped(at.plus(0, size.height() + GAP + 8));
        }
        return at;
    }

    /** Right after the port's card, level with the port, on the grid. */
    private static Position levelWithPort(JourneyCanvasViewModel model, Outlet outlet, CardSize size) {
        Position from = outlet.isEntry() ? model.entryPosition() : model.position(outlet.activityKey());
        CardSize fromSize = outlet.isEntry() ? CardGeometry.ENTRY : model.cardSize(outlet.activityKey());
        int portIndex = outlet.isEntry() ? 0 : model.graph().activity(outlet.activityKey()).config().ports()
                .indexOf(outlet.port());
        double portY = from.y() + fromSize.portOffsets().get(Math.min(Math.max(0, portIndex),
                fromSize.portOffsets().size() - 1));
        return JourneyCanvasViewModel.snapped(new Position(from.x() + fromSize.width() + AFTER,
                portY - size.portOffsets().get(0)));
    }

    /**
     * Where an activity put into the connection leaving {@code outlet} goes, and which cards move to make room: where
     * it was dropped when that is free; else right after the port's card, level with the port, and the connection's
     * end and everything after it move right by what it takes. Keys to positions, the inserted {@code key} first.
     */
    static Map<String, Position> intoConnection(JourneyCanvasViewModel model, Outlet outlet, String key,
            CardSize size, Position dropped) {
        Map<String, Position> placed = new LinkedHashMap<>();
        if (!overlapsACard(model, dropped, size, key)) {
            placed.put(key, dropped);
            return placed;
        }
        Position after = levelWithPort(model, outlet, size);
        placed.put(key, after);
        String next = model.graph().target(outlet);
        double push = after.x() + size.width() + AFTER - model.position(next).x();
        if (push <= 0) {
            return placed;
        }
        Set<String> downstream = new LinkedHashSet<>();
        Deque<String> waiting = new ArrayDeque<>(List.of(next));
        while (!waiting.isEmpty()) {
            String each = waiting.poll();
            if (!each.equals(key) && !each.equals(outlet.activityKey()) && downstream.add(each)) {
                waiting.addAll(model.graph().successors(each));
            }
        }
        for (String each : downstream) {
            placed.put(each, JourneyCanvasViewModel.snapped(model.position(each).plus(push, 0)));
        }
        return placed;
    }

    private static boolean overlapsACard(JourneyCanvasViewModel model, Position at, CardSize size) {
        return overlapsACard(model, at, size, null);
    }

    private static boolean overlapsACard(JourneyCanvasViewModel model, Position at, CardSize size, String ignored) {
        if (overlaps(at, size, model.entryPosition(), CardGeometry.ENTRY)) {
            return true;
        }
        for (String key : model.graph().activities().keySet()) {
            if (!key.equals(ignored) && overlaps(at, size, model.position(key), model.cardSize(key))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(Position a, CardSize aSize, Position b, CardSize bSize) {
        return a.x() < b.x() + bSize.width() + GAP && b.x() < a.x() + aSize.width() + GAP
                && a.y() < b.y() + bSize.height() + GAP && b.y() < a.y() + aSize.height() + GAP;
    }
}
