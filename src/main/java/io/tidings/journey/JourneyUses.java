package io.tidings.journey;

import io.tidings.segment.SegmentUsers;
import io.tidings.store.Database;
import io.tidings.template.TemplateUsers;
import io.tidings.work.Quote;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The segments and templates a journey uses, and the live journeys (not stopped or completed) that use a segment or
 * template: the segment and template features refuse to delete what these name.
 */
public final class JourneyUses {

    private final Database database;
    private final JourneyRepository repository = new JourneyRepository();

    public JourneyUses(Database database) {
        this.database = database;
    }

    /** The port the segment feature asks. */
    public SegmentUsers segmentUsers() {
        return segmentId -> described(database.read(connection -> repository.liveJourneysWithSegment(connection, segmentId)));
    }

    /** The port the template feature asks. */
    public TemplateUsers templateUsers() {
        return templateId -> described(database.read(connection -> repository.liveJourneysWithTemplate(connection, templateId)));
    }

    static Set<Long> segmentsOf(JourneyGraph graph) {
        Set<Long> segments = new LinkedHashSet<>();
        if (graph.entry() instanceof JourneyEntry.FromSegment segment) {
            segments.add(segment.segmentId());
        } else if (graph.entry() instanceof JourneyEntry.OnEvent event && event.segmentId() != null) {
            segments.add(event.segmentId());
        }
        graph.activities().values().forEach(activity -> SimpleCondition.in(activity.config()).forEach(condition -> {
            if (condition instanceof SimpleCondition.InSegment segment) {
                segments.add(segment.segmentId());
            }
        }));
        return segments;
    }

    static Set<Long> templatesOf(JourneyGraph graph) {
        Set<Long> templates = new LinkedHashSet<>();
        graph.activities().values().forEach(activity -> {
            if (activity.config() instanceof MessageActivity message && message.template() != null) {
                templates.add(message.template().templateId());
            }
        });
        return templates;
    }

    private static List<String> described(List<String> names) {
        return names.stream().map(name -> "the journey " + Quote.of(name)).toList();
    }
}
