package io.tidings.journey.run;

/**
 * A published journey's run ({@code journey_run}): the graph as published (the workspace's stored form), when it was
 * published, when the entry segment's members enter next (null: no more rounds), how many rounds ran, the notice
 * of the last catch-up (or null), and whether the last pass failed.
 */
record RunRecord(long journeyId, String definition, long publishedAt, Long nextEntryAt, int entryRounds,
        Long lookedAt, String notice, boolean failing) {
}
