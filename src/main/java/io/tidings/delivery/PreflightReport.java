package io.tidings.delivery;

import java.time.Duration;
import java.util.List;

/**
 * What a campaign run would do to each member of its segment, worked out by the engine's own sending rules: who gets
 * which treatment now, later, or not at all, and why.
 *
 * @param segmentMembers endpoints in the segment, on every channel
 * @param lines one line per treatment, timing and reason that has endpoints
 * @param sendingTime how long sending the messages due now takes at the run's rate (zero with no rate limit)
 */
public record PreflightReport(long segmentMembers, List<Line> lines, Duration sendingTime) {

    public PreflightReport {
        lines = List.copyOf(lines);
    }

    /** When an endpoint gets its message. */
    public enum Timing { NOW, LATER, NOT_SENT }

    /** Why a message goes later: quiet time held, the endpoint's local start time, or the run's rate. */
    public enum Wait { QUIET_TIME, LOCAL_TIME, RATE }

    /**
     * Endpoints sharing a treatment, a timing and a reason.
     *
     * @param treatment the ledger treatment (0 is the default), or {@link RunPlan#HOLDOUT}
     * @param delay why they get it later (LATER only), else null
     * @param reason why they get nothing (NOT_SENT only), else null
     * @param sampleEndpointIds a few of them, for the marketer to look at
     */
    public record Line(int treatment, Timing timing, Wait delay, ReasonCode reason, long endpoints,
            List<String> sampleEndpointIds) {
        public Line {
            sampleEndpointIds = List.copyOf(sampleEndpointIds);
        }
    }
}
