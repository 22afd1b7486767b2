package io.tidings.analytics;

import java.util.Locale;
import java.util.function.ToLongFunction;

/**
 * The KPI an A/B test is judged on, as a proportion of the endpoints delivered to: endpoints that clicked, that
 * opened, or that bought.
 */
public enum AbKpi {
    CLICK_RATE("click rate", MessageKpis::uniqueEmailClicks),
    OPEN_RATE("open rate", MessageKpis::uniqueEmailOpens),
    CONVERSION_RATE("conversion rate", MessageKpis::uniqueBuyers);

    private final String words;
    private final ToLongFunction<MessageKpis> successes;

    AbKpi(String words, ToLongFunction<MessageKpis> successes) {
        this.words = words;
        this.successes = successes;
    }

    /** "click rate". */
    public String words() {
        return words;
    }

    /** "click-rate", as the command line and the JSON name it. */
    public String kpiName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The endpoints that succeeded, at most the endpoints delivered to (an imported click may lack its delivery). */
    long successes(MessageKpis kpis) {
        return Math.min(successes.applyAsLong(kpis), kpis.uniqueDeliveries());
    }

    public static AbKpi named(String name) {
        for (AbKpi kpi : values()) {
            if (kpi.kpiName().equalsIgnoreCase(name.strip())) {
                return kpi;
            }
        }
        throw new IllegalArgumentException("There is no A/B KPI \"%s\": use click-rate, open-rate or conversion-rate."
                .formatted(name));
    }
}
