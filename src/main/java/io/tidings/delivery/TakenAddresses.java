package io.tidings.delivery;

/**
 * The addresses a pre-flight's run has taken so far, for the duplicate rule: an open-addressing set of strings that
 * compares the strings' hashes, kept in a flat array, before the strings themselves. Asking whether an address is
 * taken and then taking it costs one probe, not two: a million members mostly with addresses of their own ask it a
 * million times, and a chained hash set's node and string for each was the pre-flight's largest cost.
 */
final class TakenAddresses {

    private int[] hashes = new int[1 << 16];
    private String[] addresses = new String[1 << 16];
    private int size;
    /** The slot the last question about {@code lastAsked} ended on, where taking it puts it. */
    private String lastAsked;
    private int lastSlot = -1;

    boolean contains(String address) {
        int hash = spread(address.hashCode());
        int mask = addresses.length - 1;
        int slot = hash & mask;
        while (addresses[slot] != null) {
            if (hashes[slot] == hash && addresses[slot].equals(address)) {
                lastAsked = null;
                return true;
            }
            slot = (slot + 1) & mask;
        }
        lastAsked = address;
        lastSlot = slot;
        return false;
    }

    void add(String address) {
        if (address != lastAsked && contains(address)) {
            return;
        }
        lastAsked = null;
        hashes[lastSlot] = spread(address.hashCode());
        addresses[lastSlot] = address;
        if (++size * 2 > addresses.length) {
            grow();
        }
    }

    private void grow() {
        String[] old = addresses;
        hashes = new int[old.length * 2];
        addresses = new String[old.length * 2];
        int mask = addresses.length - 1;
        for (String address : old) {
            if (address != null) {
                int hash = spread(address.hashCode());
                int slot = hash & mask;
                while (addresses[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                hashes[slot] = hash;
                addresses[slot] = address;
            }
        }
    }

    /** String hashes of similar addresses differ in their low bits too little for a power-of-two table. */
    private static int spread(int hash) {
        int mixed = hash * 0x9E3779B9;
        return mixed ^ (mixed >>> 16);
    }

    int size() {
        return size;
    }
}
