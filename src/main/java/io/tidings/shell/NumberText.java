package io.tidings.shell;

import java.math.BigDecimal;
import java.util.Optional;

/** Numbers as the editor shows and reads them: no exponent, no trailing ".0". */
public final class NumberText {

    private NumberText() {
    }

    public static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    public static Optional<Double> parse(String text) {
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
