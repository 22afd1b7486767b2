/**
 * The Dashboard section: {@code OverviewView} and {@code OverviewViewModel}, head counts of the open workspace's
 * audience and templates and its file, read off the FX thread and again each time the user comes back to it; above
 * them {@code DashboardResultsView} and its view model: headline KPIs of every message with their change against the
 * previous period, the days' chart and the latest campaigns, whose names open their results in Analytics.
 */
package io.tidings.dashboard.ui;
