package io.tidings.journey.run;

/** The kinds of rows in a participant's history ({@code journey_step.kind}). */
enum StepKind {
    /** Entered the journey; the step's activity is the first one. */
    ENTERED,
    /** Reached the activity. */
    ARRIVED,
    /** Was sent the activity's message (in the step's send job). */
    SENT,
    /** Went on from the activity through the step's port. */
    LEFT,
    /** Left the journey at the activity; the step says why. */
    EXITED
}
