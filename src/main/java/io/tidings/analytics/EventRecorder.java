package io.tidings.analytics;

import io.tidings.store.Database;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records events that arrive a batch at a time rather than as a file: PutEvents, the tracking server's opens,
 * clicks and unsubscribes, providers' webhooks. Each event is checked against Pinpoint's limits; the accepted ones
 * are inserted and rolled up in one transaction, and the listeners hear of them after it commits.
 */
public final class EventRecorder {

    private static final Logger LOG = LoggerFactory.getLogger(EventRecorder.class);

    private final Database database;
    private final EventRepository events = new EventRepository();
    private final List<EventsArrived> listeners = new CopyOnWriteArrayList<>();

    public EventRecorder(Database database) {
        this.database = database;
    }

    /** Adds a listener told of every batch recorded from now on. */
    public void listen(EventsArrived listener) {
        listeners.add(listener);
    }

    /**
     * Records the events; the outcomes are in the same order. {@code fields} names the fields in refusals as the
     * caller's format does ({@code Attributes.plan} for PutEvents).
     */
    public List<EventOutcome> record(List<Event> batch, EventLimits.FieldNames fields) {
        return record(batch, null, fields);
    }

    /**
     * Records an event of a message of the send ledger (an open or a click of a tracked link): the event names the
     * message and its send job, so that the Outbox lists it with the message and counts it in the job's opens and
     * clicks.
     */
    public EventOutcome recordOfMessage(Event event, long ledgerMessageId) {
        return record(List.of(event), ledgerMessageId, EventLimits.FieldNames.PINPOINT).get(0);
    }

    private List<EventOutcome> record(List<Event> batch, Long ledgerMessageId, EventLimits.FieldNames fields) {
        List<EventOutcome> outcomes = new ArrayList<>(batch.size());
        List<Event> recorded = new ArrayList<>(batch.size());
        database.write(connection -> {
            outcomes.clear();
            recorded.clear();
            Set<String> customTypes = events.customEventTypes(connection);
            long firstId = events.nextId(connection);
            BatchDailyCounts daily = new BatchDailyCounts();
            try (PreparedStatement insert = events.inserting(connection)) {
                for (Event event : batch) {
                    List<EventProblem> problems = new ArrayList<>(EventLimits.problems(event, fields));
                    if (problems.isEmpty() && !event.standardType() && !customTypes.contains(event.eventType())) {
                        if (customTypes.size() >= EventLimits.CUSTOM_EVENT_TYPES) {
                            problems.add(new EventProblem(fields.eventType(), "\"%s\" would be the workspace's %,d-th"
                                    .formatted(event.eventType(), customTypes.size() + 1)
                                    + " custom event type; Pinpoint allows %,d".formatted(EventLimits.CUSTOM_EVENT_TYPES)));
                        } else {
                            customTypes.add(event.eventType());
                        }
                    }
                    if (problems.isEmpty()) {
                        events.add(insert, daily, event, ledgerMessageId);
                        recorded.add(event);
                    }
                    outcomes.add(new EventOutcome(event, problems));
                }
                events.rollUp(connection, insert, daily, firstId);
            }
            return null;
        });
        if (!recorded.isEmpty()) {
            tell(List.copyOf(recorded));
        }
        return outcomes;
    }

    /** Every event type the workspace has seen, Pinpoint's and the app's, in order: for pickers. */
    public List<String> seenEventTypes() {
        return database.read(connection -> {
            List<String> types = new ArrayList<>();
            try (var query = connection.prepareStatement("SELECT event_type FROM event_type_seen ORDER BY event_type");
                    var rows = query.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
            return types;
        });
    }

    /** Tells the listeners of events committed by another path (an import). */
    void tell(List<Event> committed) {
        for (EventsArrived listener : listeners) {
            try {
                listener.arrived(committed);
            } catch (RuntimeException e) {
                LOG.error("A listener failed on {} arrived events", committed.size(), e);
            }
        }
    }
}
