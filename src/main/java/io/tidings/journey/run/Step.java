package io.tidings.journey.run;

import io.tidings.journey.Port;

/** One row of a participant's history: what happened at which activity, when (milliseconds), and why in words. */
record Step(String participant, int entry, String activity, StepKind kind, Port port, Long jobId, long at,
        String why) {

    static Step of(StoredPosition position, StepKind kind, Port port, long at, String why) {
        return new Step(position.participant(), position.entries(), position.activity(), kind, port, null, at, why);
    }
}
