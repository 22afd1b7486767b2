/**
 * Analytics: engagement events in Amazon Pinpoint's shape, the daily rollups kept current as they arrive, and the
 * KPIs read from those rollups.
 *
 * <p>One package for events and KPIs, not two: the rollups are the events' other half (the same insert writes
 * both, through the triggers of migration 015), and the KPIs read nothing else, so splitting them would only move
 * the schema's knowledge into two places. The sending engine ({@code delivery}) keeps inserting its message events
 * into the same {@code event} table without depending on this package; the triggers attribute its events to their
 * campaign, run and treatment through the ledger.
 *
 * <ul>
 *   <li>{@link io.tidings.analytics.Event}, {@link io.tidings.analytics.EventLimits}: the event and Pinpoint's
 *       limits, each refusal naming its field.</li>
 *   <li>{@link io.tidings.analytics.EventImport}: NDJSON (Pinpoint events or event-stream records) and CSV.</li>
 *   <li>{@link io.tidings.analytics.KpiService}: Pinpoint's campaign and transactional KPIs, and Tidings' own.</li>
 *   <li>{@link io.tidings.analytics.EventRetention}: how long raw events are kept, and the purge.</li>
 * </ul>
 */
package io.tidings.analytics;
