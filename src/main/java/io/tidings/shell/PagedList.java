package io.tidings.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.collections.ObservableListBase;

/**
 * A read-only list of a known size whose items are loaded a page at a time, when a cell first
 * asks for them. Until its page arrives an item is null, which tables show as an empty row. Only
 * the most recently used pages are kept, so a million-row table holds a few thousand rows.
 *
 * <p>Use on the FX thread only. {@code loader} is called with a page number and a callback, and
 * must call the callback on the FX thread with that page's items (normally through
 * {@link BackgroundWork}).
 */
public final class PagedList<T> extends ObservableListBase<T> {

    private static final int PAGES_KEPT = 40;

    private final int size;
    private final int pageSize;
    private final BiConsumer<Integer, Consumer<List<T>>> loader;
    private final Map<Integer, List<T>> pages = new LinkedHashMap<>(PAGES_KEPT, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, List<T>> eldest) {
            return size() > PAGES_KEPT;
        }
    };
    private final java.util.Set<Integer> loading = new java.util.HashSet<>();

    public PagedList(int size, int pageSize, BiConsumer<Integer, Consumer<List<T>>> loader) {
        this.size = size;
        this.pageSize = pageSize;
        this.loader = loader;
    }

    @Override
    public T get(int index) {
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException(index);
        }
        int page = index / pageSize;
        List<T> items = pages.get(page);
        if (items == null) {
            request(page);
            return null;
        }
        int offset = index % pageSize;
        return offset < items.size() ? items.get(offset) : null;
    }

    /** The item if its page is loaded, without asking for the page. */
    public T peek(int index) {
        List<T> items = pages.get(index / pageSize);
        int offset = index % pageSize;
        return items != null && offset < items.size() ? items.get(offset) : null;
    }

    @Override
    public int size() {
        return size;
    }

    private void request(int page) {
        if (!loading.add(page)) {
            return;
        }
        loader.accept(page, items -> arrived(page, items));
    }

    private void arrived(int page, List<T> items) {
        loading.remove(page);
        pages.put(page, List.copyOf(items));
        int from = page * pageSize;
        int to = Math.min(size, from + pageSize);
        beginChange();
        for (int index = from; index < to; index++) {
            nextUpdate(index);
        }
        endChange();
    }
}
