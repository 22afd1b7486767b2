package io.tidings.delivery;

import java.time.Instant;
import java.util.List;

/**
 * What a campaign run keeps with its send job, so that its expansion can be run again after a crash and its
 * treatments rendered; a plain send has none of it ({@link #isRun()} false).
 *
 * @param runAt when the run starts (messages without local time are due then)
 * @param deadline when its MaximumDuration runs out, or null
 * @param assignmentSeed what the treatment hash mixes with the endpoint id; null for a plain send
 * @param segmentVersion the segment version it targets, or null for the latest
 * @param localTime its local-time start, or null
 * @param treatments its treatments, the default first; empty for a plain send
 */
record JobRun(Long campaignId, Instant runAt, Instant deadline, int holdoutPercent, Long assignmentSeed,
        Integer segmentVersion, LocalTimeStart localTime, List<JobTreatment> treatments) {

    JobRun {
        treatments = List.copyOf(treatments);
    }

    boolean isRun() {
        return assignmentSeed != null;
    }

    TreatmentAssignment assignment() {
        return new TreatmentAssignment(assignmentSeed, holdoutPercent,
                treatments.stream().map(JobTreatment::sizePercent).toList());
    }
}
