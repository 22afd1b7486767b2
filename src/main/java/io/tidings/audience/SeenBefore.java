package io.tidings.audience;

/**
 * A Bloom filter of the texts (endpoint ids, channels and addresses) an import has written, in a fixed 8 MB
 * whatever the file's size. "Not seen" is certain, so a row whose id was not seen needs no
 * look-up when the import started on an empty audience; "maybe seen" falls back to the store.
 */
final class SeenBefore {

    private static final int BITS_LOG2 = 26;
    private static final long MASK = (1L << BITS_LOG2) - 1;

    private final long[] bits = new long[1 << (BITS_LOG2 - 6)];

    void add(String text) {
        add(text.hashCode());
    }

    boolean mightContain(String text) {
        return mightContain(text.hashCode());
    }

    /** Adds what a 32-bit hash stands for, such as a channel and an address, without building a text of both. */
    void add(int textHash) {
        long hash = mix(textHash);
        for (int probe = 0; probe < 3; probe++) {
            long bit = (hash >>> (probe * 21)) & MASK;
            bits[(int) (bit >>> 6)] |= 1L << bit;
        }
    }

    boolean mightContain(int textHash) {
        long hash = mix(textHash);
        for (int probe = 0; probe < 3; probe++) {
            long bit = (hash >>> (probe * 21)) & MASK;
            if ((bits[(int) (bit >>> 6)] & (1L << bit)) == 0) {
                return false;
            }
        }
        return true;
    }

    /** Spreads a 32-bit hash over 64 bits (the finaliser of MurmurHash3), so the three probes differ. */
    private static long mix(int hash) {
        long value = hash * 0x9E3779B97F4A7C15L;
        value ^= value >>> 33;
        value *= 0xFF51AFD7ED558CCDL;
        value ^= value >>> 33;
        value *= 0xC4CEB9FE1A85EC53L;
        return value ^ (value >>> 33);
    }
}
