package io.tidings.ui.chart;

import io.tidings.analytics.Headline;
import java.util.Locale;

/** KPIs in words and figures, the same on every screen: "1,234", "12.3 %", "1,234.50", "+1.2 pts", "−25 %". */
public final class KpiFormat {

    private KpiFormat() {
    }

    public static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** A rate from 0 to 1 as a percentage; "–" when there is none. */
    public static String rate(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.1f %%", value * 100);
    }

    public static String value(Headline headline) {
        Double value = headline.value();
        if (value == null) {
            return "–";
        }
        return switch (headline.measure()) {
            case COUNT -> count(Math.round(value));
            case RATE -> rate(value);
            case MONEY -> String.format(Locale.ROOT, "%,.2f", value);
        };
    }

    /** The change against the previous period, without its sign (the arrow shows it); "" when there is none. */
    public static String change(Headline headline) {
        Double change = headline.change();
        if (change == null) {
            return headline.previous() == null || headline.previous() != 0 || headline.value() == null
                    || headline.value() == 0 ? "" : "new";
        }
        if (change == 0) {
            return "no change";
        }
        if (headline.measure() == Headline.Measure.RATE) {
            return String.format(Locale.ROOT, "%.1f pts", Math.abs(change) * 100);
        }
        return String.format(Locale.ROOT, "%.0f %%", Math.abs(change) * 100);
    }
}
