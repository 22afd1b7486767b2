package io.tidings.cli;

import io.tidings.analytics.TreatmentComparison;
import io.tidings.analytics.TreatmentResult;
import io.tidings.analytics.TreatmentResults;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** {@code kpi --campaign}'s A/B results, as text and as JSON. */
final class AbResultsOutput {

    private AbResultsOutput() {
    }

    static void text(PrintWriter out, TreatmentResults results) {
        out.printf("A/B results on the %s (endpoints that succeeded over endpoints delivered to)%n", results.kpi().words());
        if (!results.isABTest()) {
            out.println("  The campaign has one treatment: nothing to compare.");
        }
        for (TreatmentResult treatment : results.treatments()) {
            out.printf("  %s%s: %s%n", treatment.name(), treatment.control() ? " (control)" : "",
                    treatment.rate() == null ? "no deliveries"
                            : String.format(Locale.ROOT, "%.2f %% of %,d endpoints", treatment.rate() * 100,
                                    treatment.kpis().uniqueDeliveries()));
            if (!treatment.control()) {
                out.printf("    %s%n", treatment.sentence());
                TreatmentComparison comparison = treatment.comparison();
                if (comparison != null) {
                    out.printf(Locale.ROOT, "    difference %+.2f points, 95 %% CI %.2f to %.2f, z %.2f, p %.4f%s%n",
                            comparison.difference() * 100, comparison.lowerBound() * 100,
                            comparison.upperBound() * 100, comparison.z(), comparison.pValue(),
                            comparison.tooSmallToTell() ? " (too small a sample to tell)" : "");
                }
            }
        }
        if (results.holdoutSentence() != null) {
            out.printf("  Holdout: %s%n", results.holdoutSentence());
        }
    }

    static Map<String, Object> json(TreatmentResults results) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("Kpi", results.kpi().kpiName());
        List<Map<String, Object>> treatments = new ArrayList<>();
        for (TreatmentResult treatment : results.treatments()) {
            Map<String, Object> each = new LinkedHashMap<>();
            each.put("TreatmentId", treatment.treatmentId());
            each.put("Name", treatment.name());
            each.put("Control", treatment.control());
            each.put("EndpointsGiven", treatment.endpointsGiven());
            each.put("UniqueDeliveries", treatment.kpis().uniqueDeliveries());
            each.put("Rate", treatment.rate());
            TreatmentComparison comparison = treatment.comparison();
            if (comparison != null) {
                each.put("Successes", comparison.treatmentSuccesses());
                each.put("Difference", comparison.difference());
                each.put("ConfidenceInterval95", List.of(comparison.lowerBound(), comparison.upperBound()));
                each.put("Z", comparison.z());
                each.put("PValue", comparison.pValue());
                each.put("Significant", comparison.significant());
                each.put("TooSmallToTell", comparison.tooSmallToTell());
            }
            each.put("Sentence", treatment.sentence());
            each.put("BuyersOfGiven", treatment.buyersOfGiven());
            each.put("LiftOverHoldout", treatment.liftOverHoldout());
            treatments.add(each);
        }
        json.put("Treatments", treatments);
        if (results.holdoutEndpoints() != null) {
            Map<String, Object> holdout = new LinkedHashMap<>();
            holdout.put("Endpoints", results.holdoutEndpoints());
            holdout.put("Conversion", results.holdoutConversion());
            holdout.put("Sentence", results.holdoutSentence());
            json.put("Holdout", holdout);
        }
        return json;
    }
}
