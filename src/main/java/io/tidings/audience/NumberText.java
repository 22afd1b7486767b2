package io.tidings.audience;

/** Numbers as files show them: whole numbers without ".0", others exactly as Java reads them back. */
final class NumberText {

    private NumberText() {
    }

    static String of(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
