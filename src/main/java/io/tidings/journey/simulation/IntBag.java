package io.tidings.journey.simulation;

import java.util.Arrays;

/** A growable list of ints: the participants due at one moment, without a boxed Integer each. */
final class IntBag {

    private int[] items = new int[16];
    private int size;

    void add(int item) {
        if (size == items.length) {
            items = Arrays.copyOf(items, items.length * 2);
        }
        items[size++] = item;
    }

    int size() {
        return size;
    }

    int get(int index) {
        return items[index];
    }
}
