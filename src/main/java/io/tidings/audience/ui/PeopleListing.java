package io.tidings.audience.ui;

import io.tidings.audience.AudienceFilter;
import io.tidings.audience.AudienceService;
import io.tidings.audience.PeopleIndex;
import io.tidings.audience.PersonRow;
import io.tidings.shell.BackgroundJob;
import io.tidings.shell.BackgroundWork;
import io.tidings.shell.PagedList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The people list: one row per user id, loaded a page at a time like the endpoint table. The count
 * comes with the first page; deeper pages wait for the page index (the user id each page starts
 * with). A newer filter supersedes an older one: a late result of the older one is dropped. FX thread only.
 */
final class PeopleListing {

    /** What a refresh found: how many people match, for the summary. */
    record Counted(AudienceFilter filter, long people, boolean noEndpointsAtAll) {
    }

    private final AudienceService audience;
    private final BackgroundWork background;
    private final int pageSize;
    private final ReadOnlyObjectWrapper<ObservableList<PersonRow>> rows =
            new ReadOnlyObjectWrapper<>(this, "rows", FXCollections.observableArrayList());
    private long generation;
    private BackgroundWork.Cancellable counting;
    private BackgroundWork.Cancellable indexing;
    private PeopleIndex index;
    private final Map<Integer, Consumer<List<PersonRow>>> waiting = new LinkedHashMap<>();

    PeopleListing(AudienceService audience, BackgroundWork background, int pageSize) {
        this.audience = audience;
        this.background = background;
        this.pageSize = pageSize;
    }

    /** The matching people in user id order; null items are still loading. */
    ReadOnlyObjectProperty<ObservableList<PersonRow>> rowsProperty() {
        return rows.getReadOnlyProperty();
    }

    /** Reads the people the filter matches; {@code counted} or {@code failed} runs on the FX thread, unless superseded. */
    void refresh(AudienceFilter filter, Consumer<Counted> counted, Consumer<Throwable> failed) {
        long current = ++generation;
        if (counting != null) {
            counting.cancel();
            indexing.cancel();
        }
        index = null;
        waiting.clear();
        counting = background.run(BackgroundJob.of("Counting people", progress -> {
                    long total = audience.countPeople(filter);
                    boolean unfiltered = !filter.hasSearch() && filter.channel() == null && filter.optOut() == null;
                    boolean noEndpoints = unfiltered && total == 0 && audience.count(AudienceFilter.ALL) == 0;
                    return new FirstPage(new Counted(filter, total, noEndpoints), audience.people(filter, "", pageSize));
                })
                .quiet()
                .onSuccess(first -> {
                    if (current == generation) {
                        show(first);
                        counted.accept(first.counted());
                    }
                })
                .onFailure(error -> {
                    if (current == generation) {
                        failed.accept(error);
                    }
                }));
        indexing = background.run(BackgroundJob.of("Indexing people pages", progress -> audience.peopleIndex(filter, pageSize))
                .quiet()
                .onSuccess(arrived -> {
                    if (current == generation) {
                        indexArrived(arrived);
                    }
                }));
    }

    private record FirstPage(Counted counted, List<PersonRow> rows) {
    }

    private void show(FirstPage first) {
        List<PersonRow> firstRows = List.copyOf(first.rows());
        long shownGeneration = generation;
        rows.set(new PagedList<PersonRow>((int) first.counted().people(), pageSize, (page, deliver) -> {
            if (shownGeneration == generation) {
                load(page, firstRows, deliver);
            }
        }));
    }

    private void load(int page, List<PersonRow> firstRows, Consumer<List<PersonRow>> deliver) {
        if (page == 0) {
            deliver.accept(firstRows);
        } else if (index == null) {
            waiting.put(page, deliver);
        } else if (page >= index.pages()) {
            deliver.accept(List.of());
        } else {
            AudienceFilter filter = index.filter();
            String start = index.startOf(page);
            background.run(BackgroundJob.of("Loading people", progress -> audience.people(filter, start, pageSize))
                    .quiet()
                    .onSuccess(deliver));
        }
    }

    private void indexArrived(PeopleIndex arrived) {
        index = arrived;
        var pending = new ArrayList<>(waiting.entrySet());
        waiting.clear();
        pending.forEach(request -> load(request.getKey(), List.of(), request.getValue()));
    }
}
