package io.tidings.analytics;

import java.time.LocalDate;

/**
 * The KPIs asked for: one campaign (by its name in the workspace, or the id of an imported Pinpoint campaign) or
 * all of them ({@code campaign} null), over days {@code from} to {@code to}, both included, in UTC.
 */
public record KpiQuery(String campaign, LocalDate from, LocalDate to) {
}
