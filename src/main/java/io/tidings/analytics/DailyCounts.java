package io.tidings.analytics;

import java.time.LocalDate;

/**
 * One day of a time series: messages sent and delivered (as {@link MessageKpis} counts them), opens (email opens
 * once per message and hour, and push opens), every click, and purchases (the conversions).
 */
public record DailyCounts(LocalDate day, long sent, long delivered, long opens, long clicks, long purchases) {

    static DailyCounts of(LocalDate day, MessageKpis kpis) {
        return new DailyCounts(day, kpis.messagesSent(), kpis.delivered(), kpis.emailOpens() + kpis.pushOpens(),
                kpis.emailClicks(), kpis.purchases());
    }

    static DailyCounts none(LocalDate day) {
        return new DailyCounts(day, 0, 0, 0, 0, 0);
    }
}
