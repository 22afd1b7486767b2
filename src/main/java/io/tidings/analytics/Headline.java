package io.tidings.analytics;

/**
 * A headline KPI of a range and its value in the period of the same length before it.
 *
 * @param value null when it cannot be computed (a rate of nothing delivered)
 * @param higherIsBetter whether a rise is good news (sends, rates, revenue) or bad (opt-outs)
 */
public record Headline(String name, Measure measure, Double value, Double previous, boolean higherIsBetter) {

    /** What a value is: a count, a rate (0 to 1), or an amount of money. */
    public enum Measure { COUNT, RATE, MONEY }

    /**
     * The change against the previous period: for a rate, the difference in points (0.012 for 1.2 points); for a
     * count or an amount, the relative change (0.25 for 25 % more). Null when either value is missing, or when a
     * count or an amount grew from nothing.
     */
    public Double change() {
        if (value == null || previous == null) {
            return null;
        }
        if (measure == Measure.RATE) {
            return value - previous;
        }
        return previous == 0 ? null : (value - previous) / previous;
    }

    /** Whether the change is good news; null when there is no change to judge. */
    public Boolean good() {
        Double change = change();
        if (change == null || change == 0) {
            return null;
        }
        return change > 0 == higherIsBetter;
    }
}
