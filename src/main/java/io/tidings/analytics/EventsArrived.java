package io.tidings.analytics;

import java.util.List;

/**
 * Told of events once they are committed to the workspace, whatever brought them (PutEvents, the tracking server,
 * a provider's webhook, an import). Event-triggered campaigns listen here. Called on the recording thread: a
 * listener does little and hands longer work to its own thread.
 */
@FunctionalInterface
public interface EventsArrived {

    void arrived(List<Event> events);
}
