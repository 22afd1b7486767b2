/**
 * Segments: who a message goes to. {@code SegmentDefinition}, {@code SegmentGroup} and {@code SegmentDimensions} hold
 * Pinpoint's {@code SegmentGroupList} as records; {@code SegmentJson} reads Pinpoint's request and response shapes
 * and writes {@code SegmentGroups}; {@code SegmentCompiler} turns a definition into one parameterised SQL condition
 * on {@code endpoint e}; {@code SegmentEvaluator} counts (with per-criterion counts), samples and lists members;
 * {@code SegmentService} keeps saved segments with their versions (rename, duplicate, delete, which is refused while
 * another segment starts from it); {@code SegmentFields} is the builder's field catalog and common values. The
 * imported segments an audience import refreshes are written through the {@code ImportedSegments} port
 * ({@code ImportedSegmentRepository}), in the import's own transaction. The builder's live count
 * ({@code segment.ui}) is debounced and runs in the background; a newer edit cancels an older count.
 *
 * <h2>Segment evaluation</h2>
 * <ul>
 *   <li>A definition compiles to one SQL condition on {@code endpoint e} with every value bound: "has value v" is
 *       {@code instr(e.attribute_N, ?) > 0} with U+001F v U+001F bound, CONTAINS binds the bare substring, date
 *       comparisons split the cell with a recursive CTE and test each value, metrics compare their column, standard
 *       fields are columns, GPSPoint is a bounding box plus the haversine distance, Recency compares
 *       {@code effective_date}. Every column a criterion reads is in the {@code endpoint_segment} index, so SQLite
 *       counts from that covering index (docs/storage.md).</li>
 *   <li>Counting ({@code SegmentEvaluator.count}): from 50,000 endpoints, two connections count at once, one the
 *       user ids below the middle user id (plus the endpoints without a user), the other the rest; a user's
 *       endpoints are all on one side, so endpoints and distinct users add up exactly. The middle user id is looked
 *       up at most once a minute (a stale one only makes the halves uneven). The halves are two read transactions:
 *       a write landing between them can be counted on one side only, which a live count can live with; member
 *       lists ({@code forEachMember}) are one query.</li>
 *   <li>Semantics: a Dimensions object's criteria all hold; a group's Dimensions combine by its Type; the group
 *       applies to its SourceSegments (ANY = union, ALL = intersection; every endpoint when none); groups combine by
 *       Include. An endpoint without an attribute fails INCLUSIVE, CONTAINS and date comparisons and passes
 *       EXCLUSIVE. {@code NOT} coalesces NULL first, so "not in US" keeps endpoints with no country.
 *       {@code ExcludeSegments} is Tidings' one extension (export says it does not fit Pinpoint);
 *       Demographic.DeviceType is refused (endpoints record no device type).</li>
 *   <li>A property test ({@code SegmentEvaluatorPropertyTest}) compares the SQL evaluator with a plain in-memory
 *       evaluator on 300 random definitions, and the count in halves with the single-query count.</li>
 * </ul>
 */
package io.tidings.segment;
