package io.tidings.channel.sandbox;

import java.math.BigDecimal;

/** Percentages as people write them: 97, 0.1, 12.5. */
final class Percent {

    private Percent() {
    }

    static String format(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
