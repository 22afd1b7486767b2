package io.tidings.audience;

import java.util.List;

/**
 * Where each page of a filtered people list starts, so that any page loads with one query from
 * its first user id, however deep it is.
 *
 * @param total people (distinct user ids) with an endpoint that matches the filter
 * @param pageStartUserIds the user id of the first person of each page, in order
 */
public record PeopleIndex(AudienceFilter filter, long total, int pageSize, List<String> pageStartUserIds) {

    public PeopleIndex {
        pageStartUserIds = List.copyOf(pageStartUserIds);
    }

    public int pages() {
        return pageStartUserIds.size();
    }

    public String startOf(int page) {
        return pageStartUserIds.get(page);
    }
}
