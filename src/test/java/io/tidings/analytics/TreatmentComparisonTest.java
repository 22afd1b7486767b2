package io.tidings.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TreatmentComparisonTest {

    /**
     * A published worked example (homeworksource.com/p/1008622): 140 of 200 against 255 of 340; pooled proportion
     * 0.7314815, standard error 0.03949401, z = -1.266015. Its p-value (0.1030278) is read from a t distribution with
     * 538 degrees of freedom; the z-test's two-sided p from the normal distribution is 2 x 0.1027539 = 0.2055077.
     */
    @Test
    void matchesThePublishedWorkedExample() {
        TreatmentComparison comparison = new TreatmentComparison("Treatment B", "click rate", 140, 200, 255, 340);

        assertThat(comparison.z()).isCloseTo(-1.266015, within(1e-6));
        assertThat(comparison.pValue()).isCloseTo(0.2055077, within(1e-6));
        assertThat(comparison.significant()).isFalse();
        // Unpooled: sqrt(0.7 x 0.3 / 200 + 0.75 x 0.25 / 340) = 0.0399138; -0.05 -/+ 1.959964 x that.
        assertThat(comparison.lowerBound()).isCloseTo(-0.128435, within(1e-5));
        assertThat(comparison.upperBound()).isCloseTo(0.028435, within(1e-5));
        assertThat(comparison.sentence()).isEqualTo("Treatment B's click rate is 5.0 points lower (95 % CI -12.8 to "
                + "2.8); this could well be chance.");
    }

    @Test
    void aClearDifferenceIsUnlikelyToBeChance() {
        // 1,180 of 10,000 clicked against 1,000 of 10,000: 1.8 points; z = 4.08, p = 0.00004.
        TreatmentComparison comparison = new TreatmentComparison("Treatment B", "click rate", 1_180, 10_000, 1_000, 10_000);

        assertThat(comparison.significant()).isTrue();
        assertThat(comparison.sentence()).isEqualTo("Treatment B's click rate is 1.8 points higher (95 % CI 0.9 to 2.7);"
                + " this is unlikely to be chance.");
    }

    @Test
    void aSmallSampleIsTooSmallToTell() {
        TreatmentComparison comparison = new TreatmentComparison("Treatment B", "open rate", 3, 10, 1, 10);

        assertThat(comparison.tooSmallToTell()).isTrue();
        assertThat(comparison.sentence()).endsWith("too few messages to tell whether this is chance.");
        assertThat(TreatmentComparison.lift(0.05, 0.04)).isCloseTo(0.25, within(1e-12));
        assertThat(TreatmentComparison.lift(0.05, 0)).isNull();
    }

    @Test
    void theNormalDistributionFunctionIsAccurate() {
        assertThat(TreatmentComparison.standardNormal(1.959963984540054)).isCloseTo(0.975, within(1e-12));
        assertThat(TreatmentComparison.standardNormal(0)).isCloseTo(0.5, within(1e-15));
        assertThat(TreatmentComparison.standardNormal(-3)).isCloseTo(0.0013498980316301, within(1e-13));
    }
}
