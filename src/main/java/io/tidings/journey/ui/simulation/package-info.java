/**
 * The designer's simulator panel: choose who travels (a segment, generated personas, a test list), the days and the
 * open and click rates, run the journey being edited with a virtual clock (progress and cancel), and read where each
 * participant went and why, with per-activity totals; the counts are drawn on the canvas. See docs/journeys.md.
 */
package io.tidings.journey.ui.simulation;
