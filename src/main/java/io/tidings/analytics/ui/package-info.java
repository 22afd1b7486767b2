/**
 * The Analytics section: {@code AnalyticsView} and {@code AnalyticsViewModel}, one subject (every message, every
 * campaign, the transactional messages or one campaign) over a range of days, in tabs: Overview (headline KPIs and
 * the days' chart), Funnel, Treatments (the A/B results against the control and the holdout), Runs and Breakdowns
 * (platform, country, channel, segment). Reads run in the background; a newer read supersedes an older one.
 */
package io.tidings.analytics.ui;
