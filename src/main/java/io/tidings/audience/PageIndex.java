package io.tidings.audience;

/**
 * Where each page of a filtered audience starts, so that any page loads with one keyset query
 * ({@code key >= start ORDER BY key LIMIT size}) however deep it is.
 *
 * @param total endpoints matching the filter
 * @param pageStartKeys the key of the first endpoint of each page, in order
 */
public record PageIndex(AudienceFilter filter, long total, int pageSize, long[] pageStartKeys) {

    public int pages() {
        return pageStartKeys.length;
    }

    public long startOf(int page) {
        return pageStartKeys[page];
    }
}
