package io.tidings.journey.ui.canvas;

import io.tidings.journey.Activity;
import io.tidings.journey.CardSize;
import io.tidings.journey.Port;
import java.util.ArrayList;
import java.util.List;

/**
 * The cards' fixed sizes and where their anchors sit, in canvas units: the cards, the edges and the auto-layout all
 * read them from here, so an edge always meets its port. A card with one output has it halfway down its right side;
 * a split lists its labelled ports under the title, one row each.
 */
final class CardGeometry {

    static final double WIDTH = 200;
    static final double HEADER = 58;
    static final double SINGLE_HEIGHT = 64;
    static final double PORT_ROW = 22;
    static final double GRID = 8;
    static final CardSize ENTRY = new CardSize(WIDTH, SINGLE_HEIGHT, List.of(SINGLE_HEIGHT / 2));

    private CardGeometry() {
    }

    static CardSize of(Activity activity) {
        List<Port> ports = activity.config().ports();
        if (ports.size() <= 1) {
            return ENTRY;
        }
        List<Double> offsets = new ArrayList<>();
        for (int index = 0; index < ports.size(); index++) {
            offsets.add(HEADER + PORT_ROW * index + PORT_ROW / 2);
        }
        return new CardSize(WIDTH, HEADER + PORT_ROW * ports.size() + 6, offsets);
    }

    /** Whether the card lists its ports with labels (splits) or has a single unlabelled one. */
    static boolean labelsPorts(Activity activity) {
        return activity.config().ports().size() > 1;
    }

    static double snap(double value) {
        return Math.round(value / GRID) * GRID;
    }
}
