package dev.pylogging;

import java.util.Arrays;
import java.util.List;

/** The filter list that {@link Logger} and {@link Handler} share. */
public abstract class Filterer {

    private static final RecordFilter[] NO_FILTERS = new RecordFilter[0];

    /** Copy-on-write, so that {@link #filter} reads it without a lock. */
    private volatile RecordFilter[] filters = NO_FILTERS;

    /** Creates an empty filter list. */
    protected Filterer() {
    }

    /**
     * Adds {@code filter}, unless it is already present.
     *
     * @param filter a {@link Filter} or any lambda {@code record -> boolean}
     */
    public synchronized void addFilter(RecordFilter filter) {
        if (filter == null) {
            throw new IllegalArgumentException("filter must not be null");
        }
        if (!Arrays.asList(filters).contains(filter)) {
            RecordFilter[] grown = Arrays.copyOf(filters, filters.length + 1);
            grown[filters.length] = filter;
            filters = grown;
        }
    }

    /**
     * Removes {@code filter} if present.
     *
     * @param filter the filter to remove
     */
    public synchronized void removeFilter(RecordFilter filter) {
        List<RecordFilter> list = new java.util.ArrayList<>(Arrays.asList(filters));
        if (list.remove(filter)) {
            filters = list.toArray(NO_FILTERS);
        }
    }

    /** Returns the current filters, in the order they run. */
    public List<RecordFilter> getFilters() {
        return List.of(filters);
    }

    /**
     * Applies every filter in turn; returns false as soon as one rejects the record.
     *
     * @param record the record to test
     */
    public boolean filter(LogRecord record) {
        for (RecordFilter f : filters) {
            RecordPool.beforeFilter(f, record);
            if (!f.filter(record)) {
                return false;
            }
        }
        return true;
    }

    /** Removes every filter. */
    synchronized void clearFilters() {
        filters = NO_FILTERS;
    }
}
