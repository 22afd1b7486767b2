/**
 * The Segments section: {@code SegmentsView} and {@code SegmentsViewModel}, and the builder
 * ({@code SegmentBuilderViewModel}), whose live count is debounced and runs in the background, a newer edit cancelling
 * an older count. A {@code GroupDraft} is one group as edited; a {@code CriterionDraft} is one criterion, which becomes
 * one Pinpoint Dimensions object holding exactly that criterion.
 */
package io.tidings.segment.ui;
