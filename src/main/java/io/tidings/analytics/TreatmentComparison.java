package io.tidings.analytics;

import java.util.Locale;

/**
 * A treatment's rate against the control's (both a count of successes, such as endpoints that clicked, over a count
 * of trials, such as endpoints delivered to): the difference with its 95 % confidence interval (unpooled standard
 * error), a two-sided two-proportion z-test (pooled standard error), and a sentence a marketer can read.
 */
public record TreatmentComparison(String treatmentName, String kpiName, long treatmentSuccesses, long treatmentTrials,
        long controlSuccesses, long controlTrials) {

    private static final double Z_95 = 1.959963984540054;
    /** Each group needs at least this many successes and failures for the normal approximation to hold. */
    private static final int SMALLEST_COUNT = 5;

    public TreatmentComparison {
        if (treatmentTrials <= 0 || controlTrials <= 0 || treatmentSuccesses < 0 || controlSuccesses < 0
                || treatmentSuccesses > treatmentTrials || controlSuccesses > controlTrials) {
            throw new IllegalArgumentException("A rate needs at least one trial and no more successes than trials.");
        }
    }

    public double treatmentRate() {
        return (double) treatmentSuccesses / treatmentTrials;
    }

    public double controlRate() {
        return (double) controlSuccesses / controlTrials;
    }

    /** Treatment's rate minus the control's. */
    public double difference() {
        return treatmentRate() - controlRate();
    }

    public double z() {
        double pooled = (double) (treatmentSuccesses + controlSuccesses) / (treatmentTrials + controlTrials);
        double standardError = Math.sqrt(pooled * (1 - pooled) * (1.0 / treatmentTrials + 1.0 / controlTrials));
        return standardError == 0 ? 0 : difference() / standardError;
    }

    /** The two-sided p-value of the z-test. */
    public double pValue() {
        return 2 * (1 - standardNormal(Math.abs(z())));
    }

    public double lowerBound() {
        return difference() - Z_95 * unpooledStandardError();
    }

    public double upperBound() {
        return difference() + Z_95 * unpooledStandardError();
    }

    public boolean significant() {
        return pValue() < 0.05;
    }

    /** Whether a group has fewer than five successes or failures: then the test cannot tell. */
    public boolean tooSmallToTell() {
        return Math.min(Math.min(treatmentSuccesses, treatmentTrials - treatmentSuccesses),
                Math.min(controlSuccesses, controlTrials - controlSuccesses)) < SMALLEST_COUNT;
    }

    /** The treatment's rate against a holdout's (who got no message), as a fraction: 0.25 is 25 % more. */
    public static Double lift(double rate, double holdoutRate) {
        return holdoutRate == 0 ? null : (rate - holdoutRate) / holdoutRate;
    }

    /** "Treatment B's click rate is 1.8 points higher (95 % CI 0.6 to 3.0); this is unlikely to be chance." */
    public String sentence() {
        double points = difference() * 100;
        String change = points == 0 ? "the same as the control's"
                : String.format(Locale.ROOT, "%.1f points %s", Math.abs(points), points > 0 ? "higher" : "lower");
        String interval = String.format(Locale.ROOT, "95 %% CI %.1f to %.1f", lowerBound() * 100, upperBound() * 100);
        String verdict;
        if (tooSmallToTell()) {
            verdict = "too few messages to tell whether this is chance";
        } else {
            verdict = significant() ? "this is unlikely to be chance" : "this could well be chance";
        }
        return "%s's %s is %s (%s); %s.".formatted(treatmentName, kpiName, change, interval, verdict);
    }

    private double unpooledStandardError() {
        double treatment = treatmentRate();
        double control = controlRate();
        return Math.sqrt(treatment * (1 - treatment) / treatmentTrials + control * (1 - control) / controlTrials);
    }

    /** The standard normal distribution function, by W. J. Cody's rational approximation of erfc (Hart 5666). */
    static double standardNormal(double x) {
        double z = Math.abs(x);
        double p;
        if (z > 37) {
            p = 0;
        } else {
            double e = Math.exp(-z * z / 2);
            if (z < 7.07106781186547) {
                double n = ((((((0.0352624965998911 * z + 0.700383064443688) * z + 6.37396220353165) * z
                        + 33.912866078383) * z + 112.079291497871) * z + 221.213596169931) * z + 220.206867912376);
                double d = (((((((0.0883883476483184 * z + 1.75566716318264) * z + 16.064177579207) * z
                        + 86.7807322029461) * z + 296.564248779674) * z + 637.333633378831) * z + 793.826512519948) * z
                        + 440.413735824752);
                p = e * n / d;
            } else {
                double f = z + 1 / (z + 2 / (z + 3 / (z + 4 / (z + 0.65))));
                p = e / f / 2.506628274631;
            }
        }
        return x > 0 ? 1 - p : p;
    }
}
