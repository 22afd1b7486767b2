package io.tidings.journey.run;

/** The kinds of rows in a participant's history ({@code journey_step.kind}). */
enum StepKind {
    /** Entered the journey, and so reached the first activity (the step's). */
    ENTERED,
    /** Reached the activity from another one. */
    ARRIVED,
    /** Was sent the activity's message (in the step's send job). */
    SENT,
    /** Went on from the activity through the step's port. */
    LEFT,
    /** Left the journey at the activity, through the step's port when it took an open one; the step says why. */
    EXITED
}
