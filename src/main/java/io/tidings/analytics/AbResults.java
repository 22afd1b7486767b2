package io.tidings.analytics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Builds {@link TreatmentResults} from each treatment's KPIs: the chosen KPI of each treatment against the control's
 * ({@link TreatmentComparison}: unique successes over unique deliveries), and the buyers among the endpoints each
 * was given against the holdout's.
 */
final class AbResults {

    private static final String CONTROL = "0";

    private AbResults() {
    }

    /**
     * @param byTreatment each treatment's KPIs, by the id its events carry
     * @param names each treatment's name by ledger number (null entries: no name)
     * @param assigned the ledger's endpoints per treatment with their buyers (-1 the holdout); empty for an imported
     *     campaign
     */
    static TreatmentResults of(AbKpi kpi, Map<String, MessageKpis> byTreatment, List<String> names,
            List<AnalyticsRepository.Assigned> assigned) {
        AnalyticsRepository.Assigned holdout = assigned.stream().filter(group -> group.treatment() < 0).findFirst()
                .orElse(null);
        Double holdoutConversion = holdout == null || holdout.endpoints() == 0 ? null
                : (double) holdout.buyers() / holdout.endpoints();
        MessageKpis control = byTreatment.get(CONTROL);
        List<TreatmentResult> results = new ArrayList<>();
        for (String id : treatmentIds(byTreatment, assigned)) {
            MessageKpis kpis = byTreatment.getOrDefault(id, new RollupTotals().kpis());
            String name = nameOf(id, names);
            AnalyticsRepository.Assigned given = assigned.stream()
                    .filter(group -> Integer.toString(group.treatment()).equals(id)).findFirst().orElse(null);
            Double buyersOfGiven = given == null || given.endpoints() == 0 ? null
                    : (double) given.buyers() / given.endpoints();
            Double lift = buyersOfGiven == null || holdoutConversion == null ? null
                    : TreatmentComparison.lift(buyersOfGiven, holdoutConversion);
            Double rate = kpis.uniqueDeliveries() == 0 ? null : (double) kpi.successes(kpis) / kpis.uniqueDeliveries();
            TreatmentComparison comparison = null;
            String sentence;
            if (id.equals(CONTROL)) {
                sentence = "%s is the control: the others are compared with it.".formatted(name);
            } else if (control == null || control.uniqueDeliveries() == 0) {
                sentence = "The control has no deliveries in this range: nothing to compare %s with.".formatted(name);
            } else if (kpis.uniqueDeliveries() == 0) {
                sentence = "%s has no deliveries in this range: nothing to compare.".formatted(name);
            } else {
                comparison = new TreatmentComparison(name, kpi.words(), kpi.successes(kpis), kpis.uniqueDeliveries(),
                        kpi.successes(control), control.uniqueDeliveries());
                sentence = comparison.sentence();
            }
            results.add(new TreatmentResult(id, name, id.equals(CONTROL), given == null ? null : given.endpoints(),
                    kpis, rate, comparison, sentence, buyersOfGiven, lift));
        }
        return new TreatmentResults(kpi, results, holdout == null ? null : holdout.endpoints(), holdoutConversion,
                holdout == null ? null : holdoutSentence(results, holdout, holdoutConversion));
    }

    /** Treatment ids in order: those with events, and those the ledger gave endpoints to (not the holdout). */
    private static List<String> treatmentIds(Map<String, MessageKpis> byTreatment,
            List<AnalyticsRepository.Assigned> assigned) {
        java.util.TreeSet<String> ids = new java.util.TreeSet<>((a, b) -> {
            boolean numbers = a.chars().allMatch(Character::isDigit) && b.chars().allMatch(Character::isDigit);
            return numbers && !a.isEmpty() && !b.isEmpty() ? Long.compare(Long.parseLong(a), Long.parseLong(b))
                    : a.compareTo(b);
        });
        byTreatment.keySet().stream().filter(id -> !id.isEmpty()).forEach(ids::add);
        assigned.stream().filter(group -> group.treatment() >= 0).forEach(group -> ids.add(Integer.toString(group.treatment())));
        return new ArrayList<>(ids);
    }

    /** The marketer's name for the treatment, else "Treatment A" for 0, "Treatment B" for 1, ... */
    static String nameOf(String id, List<String> names) {
        try {
            int number = Integer.parseInt(id);
            if (number >= 0 && number < names.size() && names.get(number) != null && !names.get(number).isBlank()) {
                return names.get(number);
            }
            if (number >= 0 && number < 26) {
                return "Treatment " + (char) ('A' + number);
            }
        } catch (NumberFormatException notANumber) {
            // An imported campaign's own treatment id: shown as it is.
        }
        return "Treatment " + id;
    }

    private static String holdoutSentence(List<TreatmentResult> results, AnalyticsRepository.Assigned holdout,
            Double holdoutConversion) {
        if (holdoutConversion == null) {
            return "The holdout has no endpoints yet.";
        }
        String held = String.format(Locale.ROOT, "%,d endpoints were held out; %.1f %% of them bought in this range",
                holdout.endpoints(), holdoutConversion * 100);
        if (holdoutConversion == 0) {
            return held + ": with no buyer among them, there is no lift to compute.";
        }
        List<String> lifts = new ArrayList<>();
        for (TreatmentResult result : results) {
            if (result.liftOverHoldout() != null) {
                lifts.add(String.format(Locale.ROOT, "%s %.1f %% (%s)", result.name(), result.buyersOfGiven() * 100,
                        liftWords(result.liftOverHoldout())));
            }
        }
        return held + (lifts.isEmpty() ? "." : "; of those sent a message: " + String.join(", ", lifts) + ".");
    }

    static String liftWords(double lift) {
        if (Math.abs(lift) < 0.005) {
            return "about the same as the holdout";
        }
        return String.format(Locale.ROOT, "%.0f %% %s than the holdout", Math.abs(lift) * 100,
                lift > 0 ? "more" : "fewer");
    }
}
