package io.tidings.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TreatmentAssignmentTest {

    private static final int ENDPOINTS = 100_000;

    @Test
    void eachTreatmentGetsItsShareWithinStatisticalTolerance() {
        TreatmentAssignment assignment = new TreatmentAssignment(42, 10, List.of(45, 30, 15));

        Map<Integer, Integer> counts = new HashMap<>();
        for (int index = 0; index < ENDPOINTS; index++) {
            counts.merge(assignment.treatmentOf("endpoint-" + index), 1, Integer::sum);
        }

        assertThat(counts).containsOnlyKeys(RunPlan.HOLDOUT, 0, 1, 2);
        Map<Integer, Double> shares = Map.of(RunPlan.HOLDOUT, 0.10, 0, 0.45, 1, 0.30, 2, 0.15);
        shares.forEach((treatment, share) -> {
            // Five standard deviations of a binomial count: a fair hash stays inside it.
            double tolerance = 5 * Math.sqrt(ENDPOINTS * share * (1 - share));
            assertThat((double) counts.get(treatment)).as("treatment %d", treatment)
                    .isBetween(ENDPOINTS * share - tolerance, ENDPOINTS * share + tolerance);
        });
    }

    @Test
    void idsThatDifferInOneCharacterSpreadOverTheBuckets() {
        // Sequential ids are what imports produce; each bucket of 100 gets about 1 % of them.
        int[] buckets = new int[100];
        for (int index = 0; index < ENDPOINTS; index++) {
            buckets[TreatmentAssignment.bucket(7, String.format("ep-%07d", index))]++;
        }
        double tolerance = 5 * Math.sqrt(ENDPOINTS * 0.01 * 0.99);
        for (int bucket = 0; bucket < 100; bucket++) {
            assertThat((double) buckets[bucket]).as("bucket %d", bucket).isBetween(1000 - tolerance, 1000 + tolerance);
        }
    }

    @Test
    void theSameSeedAndIdGiveTheSameBucketOnEveryRunAndMachine() {
        // Fixed values: a change of the hash would move endpoints between treatments of runs already under way.
        assertThat(TreatmentAssignment.bucket(42, "endpoint-1")).isEqualTo(TreatmentAssignment.bucket(42, "endpoint-1"));
        assertThat(List.of(TreatmentAssignment.bucket(42, "a"), TreatmentAssignment.bucket(42, "endpoint-1"),
                TreatmentAssignment.bucket(1, "endpoint-1"), TreatmentAssignment.bucket(42, "Ünïcødé-ëndpoint-ид")))
                .isEqualTo(GOLDEN);
    }

    @Test
    void anotherSeedAssignsOtherwise() {
        int differ = 0;
        for (int index = 0; index < 1_000; index++) {
            String id = "endpoint-" + index;
            if (TreatmentAssignment.bucket(1, id) != TreatmentAssignment.bucket(2, id)) {
                differ++;
            }
        }
        assertThat(differ).isGreaterThan(950);
    }

    @Test
    void sharesThatDoNotAddUpTo100AreRefused() {
        assertThatThrownBy(() -> new TreatmentAssignment(1, 10, List.of(50, 30)))
                .hasMessage("The treatments' SizePercent and the HoldoutPercent add up to 90, not 100.");
    }

    private static final List<Integer> GOLDEN = List.of(67, 73, 5, 37);
}
