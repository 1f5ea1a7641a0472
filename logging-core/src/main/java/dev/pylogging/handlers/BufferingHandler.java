package dev.pylogging.handlers;

import dev.pylogging.Handler;
import dev.pylogging.LogRecord;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps records in a buffer of {@code capacity}; when {@link #shouldFlush(LogRecord)} says so
 * after a record is added, {@link #flush()} processes the buffer. This version's flush simply
 * empties it: subclasses decide what flushing means.
 */
public class BufferingHandler extends Handler {

    private final int capacity;
    /** Guarded by the handler lock. */
    protected final List<LogRecord> buffer = new ArrayList<>();

    /**
     * Creates the handler.
     *
     * @param capacity how many records fill the buffer, 0 or more (0 flushes every record, as in CPython)
     * @throws IllegalArgumentException naming the value when it is below 1
     */
    public BufferingHandler(int capacity) {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must be 0 or more, not " + capacity);
        }
        this.capacity = capacity;
    }

    /** Returns how many records fill the buffer. */
    public int getCapacity() {
        return capacity;
    }

    /** Returns a copy of the records now buffered. */
    public List<LogRecord> getBuffer() {
        acquire();
        try {
            return List.copyOf(buffer);
        } finally {
            release();
        }
    }

    /** Records outlive the logging call here, so their caller is fixed while it runs. */
    @Override
    public boolean needsCallerInfo() {
        return true;
    }

    /** Adds {@code record} to the buffer, then flushes if {@link #shouldFlush} says so. */
    @Override
    public void emit(LogRecord record) {
        buffer.add(record);
        if (shouldFlush(record)) {
            flush();
        }
    }

    /**
     * Returns true when the buffer is full.
     *
     * @param record the record just added
     */
    public boolean shouldFlush(LogRecord record) {
        return buffer.size() >= capacity;
    }

    /** Empties the buffer. */
    @Override
    public void flush() {
        acquire();
        try {
            buffer.clear();
        } finally {
            release();
        }
    }

    /** Flushes, then closes. */
    @Override
    public void close() {
        try {
            flush();
        } finally {
            super.close();
        }
    }
}
