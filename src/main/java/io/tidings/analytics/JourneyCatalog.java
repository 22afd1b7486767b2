package io.tidings.analytics;

import java.util.List;

/**
 * A port: the workspace's journeys as the dashboards name them, and where their participants are (the root hands in
 * the journey feature's list and its executor's counts), so that analytics reports on journeys without depending on
 * them.
 */
public interface JourneyCatalog {

    /** Nothing: for a workspace read without its journeys. */
    JourneyCatalog NONE = new JourneyCatalog() {
        @Override
        public List<Entry> journeys() {
            return List.of();
        }

        @Override
        public JourneyExecution execution(String journeyId) {
            return JourneyExecution.NONE;
        }
    };

    /** Every journey, by name. */
    List<Entry> journeys();

    /**
     * How many participants entered the journey, are in it and have left it, in all and per activity (Pinpoint's
     * execution metrics: counts of endpoints, with no range of days); {@link JourneyExecution#NONE} for a journey
     * that never ran.
     */
    JourneyExecution execution(String journeyId);

    /**
     * A journey.
     *
     * @param id the id its events carry ({@code journey_id}): a Tidings journey's number, or an imported Pinpoint
     *     journey's id
     * @param state DRAFT, PUBLISHED, PAUSED, STOPPED or COMPLETED; null for a journey known only from its events
     * @param activities its activities in the journey's order
     */
    record Entry(String id, String name, String state, List<Step> activities) {

        public Entry {
            activities = List.copyOf(activities);
        }
    }

    /**
     * An activity of a journey: its key (Pinpoint's {@code journey_activity_id} in the events) and what it does, in
     * the marketer's words ("Send email").
     */
    record Step(String key, String kind) {
    }
}
