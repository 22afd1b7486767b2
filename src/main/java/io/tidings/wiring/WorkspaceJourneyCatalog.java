package io.tidings.wiring;

import io.tidings.analytics.JourneyCatalog;
import io.tidings.analytics.JourneyExecution;
import io.tidings.journey.ActivityCount;
import io.tidings.journey.Journey;
import io.tidings.journey.JourneyCounts;
import io.tidings.journey.JourneyRuns;
import io.tidings.journey.JourneyService;
import io.tidings.journey.JourneyState;
import io.tidings.journey.Outlet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The journey feature's journeys and their participants' counts as analytics names them (the {@link JourneyCatalog}
 * port). The counts come from the journey executor ({@link JourneyRuns#counts}); a journey that was never published
 * has none.
 */
final class WorkspaceJourneyCatalog implements JourneyCatalog {

    private final JourneyService journeys;
    private final JourneyRuns runs;

    WorkspaceJourneyCatalog(JourneyService journeys, JourneyRuns runs) {
        this.journeys = journeys;
        this.runs = runs;
    }

    @Override
    public List<Entry> journeys() {
        return journeys.list().stream().sorted(Comparator.comparing(Journey::name, String.CASE_INSENSITIVE_ORDER))
                .map(journey -> new Entry(Long.toString(journey.id()), journey.name(), journey.state().name(),
                        journey.graph().activities().entrySet().stream()
                                .map(activity -> new Step(activity.getKey(), activity.getValue().config().kindName()))
                                .toList()))
                .toList();
    }

    @Override
    public JourneyExecution execution(String journeyId) {
        long id;
        try {
            id = Long.parseLong(journeyId);
        } catch (NumberFormatException imported) {
            return JourneyExecution.NONE;
        }
        boolean ran = journeys.find(id).map(journey -> journey.state() != JourneyState.DRAFT).orElse(false);
        if (!ran) {
            return JourneyExecution.NONE;
        }
        return execution(runs.counts(id));
    }

    /** Entered: through the entry; active: waiting in an activity now; left: ended the journey at an activity. */
    static JourneyExecution execution(JourneyCounts counts) {
        Map<String, JourneyExecution.Activity> activities = new HashMap<>();
        long active = 0;
        long ended = 0;
        for (Map.Entry<String, ActivityCount> activity : counts.activities().entrySet()) {
            ActivityCount count = activity.getValue();
            activities.put(activity.getKey(),
                    new JourneyExecution.Activity(count.entered(), count.sent(), count.waiting(), count.exited()));
            active += count.waiting();
            ended += count.exited();
        }
        return new JourneyExecution(counts.leftThrough(Outlet.ENTRY), active, ended, activities);
    }
}
