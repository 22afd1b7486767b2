/**
 * Journeys: Pinpoint's WriteJourneyRequest as an immutable {@code JourneyGraph} (activities by key, each an
 * {@code ActivityConfig} with output {@code Port}s leading to other activities; an entry; settings; the canvas
 * {@code JourneyLayout} beside). {@code JourneyJson} reads and writes Pinpoint's JSON, {@code JourneyValidator} lists
 * the {@code Issue}s and says whether a connection is allowed, and the designer edits a journey only through
 * {@code JourneyEdit}s kept in an {@code EditHistory} (undo, redo, grouping, a revision for the dirty flag).
 * {@code JourneyService} stores journeys (migration 022); {@code JourneyUses} implements the segment and template
 * features' {@code SegmentUsers} and {@code TemplateUsers}. No JavaFX here: the canvas in {@code ui} is a view over
 * it. See docs/journeys.md.
 */
package io.tidings.journey;
