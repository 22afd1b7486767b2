package io.tidings.audience.ui;

import java.math.BigDecimal;
import java.util.Optional;

/** Numbers as the editor shows and reads them: no exponent, no trailing ".0". */
final class MetricText {

    private MetricText() {
    }

    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    static Optional<Double> parse(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
