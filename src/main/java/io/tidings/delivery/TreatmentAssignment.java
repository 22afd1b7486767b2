package io.tidings.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Which treatment of a campaign run an endpoint gets: a deterministic hash of the run's seed and the endpoint id
 * puts each endpoint in one of 100 buckets; buckets {@code [0, holdout)} are the holdout, then each treatment takes
 * its share of the buckets in order, the default treatment first. The same seed and id give the same treatment on
 * every run and resume, on any machine.
 */
public final class TreatmentAssignment {

    private static final int BUCKETS = 100;

    private final long seed;
    /** For each bucket, the ledger treatment it gets. */
    private final int[] treatmentOfBucket = new int[BUCKETS];

    /**
     * @param holdoutPercent the share of endpoints held out
     * @param sizePercents the shares of the treatments, the default treatment's first; with the holdout they add up
     *     to 100
     */
    public TreatmentAssignment(long seed, int holdoutPercent, List<Integer> sizePercents) {
        this.seed = seed;
        int bucket = 0;
        for (; bucket < holdoutPercent && bucket < BUCKETS; bucket++) {
            treatmentOfBucket[bucket] = RunPlan.HOLDOUT;
        }
        for (int treatment = 0; treatment < sizePercents.size(); treatment++) {
            for (int share = 0; share < sizePercents.get(treatment) && bucket < BUCKETS; share++) {
                treatmentOfBucket[bucket++] = treatment;
            }
        }
        if (bucket < BUCKETS) {
            throw new IllegalArgumentException("The treatments' SizePercent and the HoldoutPercent add up to " + bucket
                    + ", not 100.");
        }
    }

    /** The ledger treatment of the endpoint: 0 for the default, 1.. for the additional ones, or {@link RunPlan#HOLDOUT}. */
    public int treatmentOf(String endpointId) {
        return treatmentOfBucket[bucket(seed, endpointId)];
    }

    /** The endpoint's bucket, 0 to 99: splitmix64 over the seed and the id's UTF-8 bytes, eight at a time. */
    static int bucket(long seed, String endpointId) {
        byte[] bytes = endpointId.getBytes(StandardCharsets.UTF_8);
        long hash = mix(seed ^ 0x9E3779B97F4A7C15L * (bytes.length + 1L));
        int index = 0;
        for (; index + 8 <= bytes.length; index += 8) {
            long word = 0;
            for (int offset = 0; offset < 8; offset++) {
                word = (word << 8) | (bytes[index + offset] & 0xFF);
            }
            hash = mix(hash ^ word);
        }
        if (index < bytes.length) {
            long word = 0;
            for (; index < bytes.length; index++) {
                word = (word << 8) | (bytes[index] & 0xFF);
            }
            hash = mix(hash ^ word ^ 0xFF00000000000000L);
        }
        // The high bits are the best mixed; multiply-shift maps them to 0..99 without a division's bias.
        return (int) (((hash >>> 32) * BUCKETS) >>> 32);
    }

    private static long mix(long value) {
        long z = value + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
