package io.tidings.journey.ui.canvas;

import java.util.Map;

/**
 * The names of the workspace's templates and segments, which the cards show in words ("Email · Welcome"). The screen
 * reads them off the FX thread and hands them over; until then a card says "template 3".
 */
public record CanvasNames(Map<Long, String> templates, Map<Long, String> segments) {

    public static final CanvasNames NONE = new CanvasNames(Map.of(), Map.of());

    public CanvasNames {
        templates = Map.copyOf(templates);
        segments = Map.copyOf(segments);
    }

    public String template(long id) {
        return templates.getOrDefault(id, "template " + id);
    }

    public String segment(long id) {
        return segments.getOrDefault(id, "segment " + id);
    }
}
