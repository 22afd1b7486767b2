package io.tidings.journey.step;

/**
 * A number in [0, 1) that depends only on the journey, the activity and the participant: a random split or a holdout
 * puts a participant on the same path every time it is decided, in the executor and the simulator alike, on any
 * machine (FNV-1a over the three texts, then SplitMix64's finaliser to spread the bits).
 */
public final class StableDraw {

    private StableDraw() {
    }

    public static double of(String journeyKey, String activityKey, String participantKey) {
        long hash = 0xcbf29ce484222325L;
        hash = mix(hash, journeyKey);
        hash = mix(hash, activityKey);
        hash = mix(hash, participantKey);
        hash = (hash ^ (hash >>> 30)) * 0xBF58476D1CE4E5B9L;
        hash = (hash ^ (hash >>> 27)) * 0x94D049BB133111EBL;
        hash = hash ^ (hash >>> 31);
        return (hash >>> 11) * 0x1.0p-53;
    }

    private static long mix(long hash, String text) {
        for (int index = 0; index < text.length(); index++) {
            hash = (hash ^ text.charAt(index)) * 0x100000001b3L;
        }
        // A separator, so that ("ab", "c") and ("a", "bc") differ.
        return (hash ^ 0xFFFF) * 0x100000001b3L;
    }
}
