package io.tidings.analytics;

/**
 * One treatment of a campaign in an A/B test.
 *
 * @param treatmentId the id its events carry ("0" is the default treatment, the control)
 * @param endpointsGiven how many endpoints the send ledger gave it; null for an imported campaign
 * @param rate the chosen KPI: endpoints that succeeded over endpoints delivered to; null with no delivery
 * @param comparison against the control; null for the control itself, or when either has no delivery
 * @param sentence the comparison in words, or why there is none
 * @param buyersOfGiven the share of the endpoints it was given that bought in the range, whatever the purchase's
 *     attribution; null without a ledger
 * @param liftOverHoldout {@code buyersOfGiven} against the holdout's (0.25: a quarter more); null without a holdout
 *     or when no one in it bought
 */
public record TreatmentResult(String treatmentId, String name, boolean control, Long endpointsGiven, MessageKpis kpis,
        Double rate, TreatmentComparison comparison, String sentence, Double buyersOfGiven, Double liftOverHoldout) {

    /** Whether there are too few successes or failures to tell a difference from chance. */
    public boolean tooSmallToTell() {
        return comparison != null && comparison.tooSmallToTell();
    }
}
