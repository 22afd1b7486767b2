package io.tidings.work;

import java.util.Optional;

/** A reference a user typed that may be a row's number ("12") rather than a name. */
public final class NumericIds {

    private NumericIds() {
    }

    /** The number {@code reference} is, surrounding spaces aside; empty when it is not a whole number. */
    public static Optional<Long> of(String reference) {
        try {
            return Optional.of(Long.parseLong(reference.strip()));
        } catch (NumberFormatException notAnId) {
            return Optional.empty();
        }
    }
}
