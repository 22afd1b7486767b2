package io.tidings.analytics;

import java.util.List;

/**
 * A campaign's treatments compared on one KPI with the control (the default treatment), and with the holdout.
 *
 * @param holdoutEndpoints the endpoints held out (given no message); null when the campaign has no holdout
 * @param holdoutConversion the share of them that bought in the range; null without a holdout
 * @param holdoutSentence the holdout comparison in words; null without a holdout
 */
public record TreatmentResults(AbKpi kpi, List<TreatmentResult> treatments, Long holdoutEndpoints,
        Double holdoutConversion, String holdoutSentence) {

    public TreatmentResults {
        treatments = List.copyOf(treatments);
    }

    /** Whether there is anything to compare: a control and at least one other treatment. */
    public boolean isABTest() {
        return treatments.size() > 1;
    }
}
