package io.tidings.campaign.ui;

import io.tidings.delivery.JobProgress;

/**
 * A treatment's line in the run monitor.
 *
 * @param treatment the ledger treatment (0 is the default), or {@code RunPlan.HOLDOUT}
 * @param name "Default treatment", "Treatment 2 (Short subject)" or "Holdout"
 */
public record TreatmentRow(int treatment, String name, JobProgress progress) {

    public long delivered() {
        return progress.delivered().orElse(0);
    }
}
