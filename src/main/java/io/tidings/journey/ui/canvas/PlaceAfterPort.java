package io.tidings.journey.ui.canvas;

import io.tidings.journey.Activity;
import io.tidings.journey.CardSize;
import io.tidings.journey.Outlet;
import io.tidings.journey.Position;

/**
 * Where an activity added after a port goes: to the right of the port, level with it, moved down past any card in the
 * way (with a gap), on the grid.
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
        Position from = outlet.isEntry() ? model.entryPosition() : model.position(outlet.activityKey());
        CardSize fromSize = outlet.isEntry() ? CardGeometry.ENTRY : model.cardSize(outlet.activityKey());
        int portIndex = outlet.isEntry() ? 0 : model.graph().activity(outlet.activityKey()).config().ports()
                .indexOf(outlet.port());
        double portY = from.y() + fromSize.portOffsets().get(Math.min(Math.max(0, portIndex),
                fromSize.portOffsets().size() - 1));
        CardSize size = CardGeometry.of(Activity.of(kind.newConfig()));
        Position at = JourneyCanvasViewModel.snapped(new Position(from.x() + fromSize.width() + AFTER,
                portY - size.portOffsets().get(0)));
        for (int tries = 0; tries < 100 && overlapsACard(model, at, size); tries++) {
            at = JourneyCanvasViewModel.snapped(at.plus(0, size.height() + GAP + 8));
        }
        return at;
    }

    private static boolean overlapsACard(JourneyCanvasViewModel model, Position at, CardSize size) {
        if (overlaps(at, size, model.entryPosition(), CardGeometry.ENTRY)) {
            return true;
        }
        for (String key : model.graph().activities().keySet()) {
            if (overlaps(at, size, model.position(key), model.cardSize(key))) {
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
