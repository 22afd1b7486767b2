package io.tidings.analytics;

/** The KPIs of one group of a report: a run, a channel, a segment, a campaign. */
public record GroupResult(String key, String label, MessageKpis kpis) {
}
