package io.tidings.segment;

/**
 * How many endpoints one criterion keeps on its own: {@code path} names it in the definition,
 * such as {@code Groups[0].Dimensions[0].Location.Country}.
 */
public record CriterionCount(String path, long endpoints) {
}
