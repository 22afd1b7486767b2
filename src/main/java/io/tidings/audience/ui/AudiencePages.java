package io.tidings.audience.ui;

import io.tidings.audience.AudienceService;
import io.tidings.audience.AudienceFilter;
import io.tidings.audience.EndpointRow;
import io.tidings.audience.PageIndex;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Serves the audience table's pages for one filter. The first page comes with the count, so the
 * table fills at once; deeper pages need the page index (where each page starts), which takes
 * longer on a large audience and arrives later. Pages asked for before then wait for it.
 * FX thread only.
 */
final class AudiencePages {

    private final AudienceService audience;
    private final BackgroundWork background;
    private final AudienceFilter filter;
    private final List<EndpointRow> firstPage;
    private final int pageSize;
    private final Map<Integer, Consumer<List<EndpointRow>>> waiting = new LinkedHashMap<>();
    private PageIndex index;

    AudiencePages(AudienceService audience, BackgroundWork background, AudienceFilter filter,
            List<EndpointRow> firstPage, int pageSize) {
        this.audience = audience;
        this.background = background;
        this.filter = filter;
        this.firstPage = List.copyOf(firstPage);
        this.pageSize = pageSize;
    }

    /** Loads a page and hands it to {@code deliver} on the FX thread. */
    void load(int page, Consumer<List<EndpointRow>> deliver) {
        if (page == 0) {
            deliver.accept(firstPage);
        } else if (index == null) {
            waiting.put(page, deliver);
        } else if (page >= index.pages()) {
            deliver.accept(List.of());
        } else {
            long start = index.startOf(page);
            background.run(BackgroundJob.of("Loading endpoints", progress -> audience.page(filter, start, pageSize))
                    .quiet()
                    .onSuccess(deliver));
        }
    }

    /** The page index arrived: serve the pages that waited for it. */
    void indexArrived(PageIndex arrived) {
        this.index = arrived;
        var pending = new ArrayList<>(waiting.entrySet());
        waiting.clear();
        pending.forEach(request -> load(request.getKey(), request.getValue()));
    }
}
