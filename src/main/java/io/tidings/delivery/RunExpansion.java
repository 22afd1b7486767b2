package io.tidings.delivery;

import io.tidings.segment.MemberEndpoint;
import io.tidings.segment.SegmentDefinition;
import io.tidings.segment.SegmentService;
import io.tidings.store.Database;
import java.time.Instant;
import java.util.Arrays;

/**
 * Expands a campaign run into its ledger: each member the channel reaches gets a row for its treatment, PENDING due
 * at the run's start (or its own local start), or SUPPRESSED with TREATMENT_HOLDOUT, ENDPOINT_TIMEZONE_MISMATCH or
 * ENDPOINT_MISSING_TIMEZONE. The members are read in one streaming query; the rows are written in batches, each its
 * own transaction, and only the missing ones are added, so a run interrupted mid-way is expanded again the same.
 */
final class RunExpansion {

    private final Database database;
    private final SegmentService segments;
    private final JobRunRepository runs;
    private final int batch;

    RunExpansion(Database database, SegmentService segments, JobRunRepository runs, int batch) {
        this.database = database;
        this.segments = segments;
        this.runs = runs;
        this.batch = batch;
    }

    /** Adds the run's missing ledger rows; returns how many were added. */
    int expand(SendJob job, JobRun run, SegmentDefinition members, Instant now) {
        RunAudience audience = new RunAudience(job.channel(), run.assignment(), run.localTime(), run.runAt(),
                job.options(), new SendingRules());
        Placed placed = new Placed();
        segments.forEachMemberEndpoint(members, member -> placed.add(member, audience.place(member)));
        int added = 0;
        for (int from = 0; from < placed.size; from += batch) {
            int start = from;
            int end = Math.min(placed.size, from + batch);
            added += database.write(connection -> runs.insertPlaced(connection, job.id(), placed.keys, placed.treatments,
                    placed.reasons, placed.due, start, end, now));
        }
        return added;
    }

    /** The placed members in key order, in growing arrays rather than a million small objects. */
    private static final class Placed {
        long[] keys = new long[1024];
        int[] treatments = new int[1024];
        ReasonCode[] reasons = new ReasonCode[1024];
        long[] due = new long[1024];
        int size;

        void add(MemberEndpoint member, RunAudience.Placement placement) {
            if (placement.reason() == ReasonCode.ENDPOINT_CHANNEL_MISMATCH) {
                return; // not the run's audience, as in a Pinpoint campaign
            }
            if (size == keys.length) {
                int grown = size * 2;
                keys = Arrays.copyOf(keys, grown);
                treatments = Arrays.copyOf(treatments, grown);
                reasons = Arrays.copyOf(reasons, grown);
                due = Arrays.copyOf(due, grown);
            }
            keys[size] = member.key();
            treatments[size] = placement.treatment();
            reasons[size] = placement.reason();
            due[size] = placement.dueMillis();
            size++;
        }
    }
}
