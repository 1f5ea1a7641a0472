package dev.pylogging.handlers;

import dev.pylogging.Formatter;
import dev.pylogging.Handler;
import dev.pylogging.Level;
import dev.pylogging.LogRecord;

/**
 * Buffers records and hands them to a target handler when the buffer is full or a record at
 * {@code flushLevel} (ERROR unless set) or above arrives; {@link #close()} flushes, then drops the
 * target. Without a target, the buffer keeps only the newest {@code capacity} records (CPython's
 * grows without limit).
 */
public class MemoryHandler extends BufferingHandler {

    private final int flushLevel;
    private final boolean flushOnClose;
    private volatile Handler target;

    /**
     * Creates a handler that flushes at ERROR, with no target yet.
     *
     * @param capacity how many records fill the buffer
     */
    public MemoryHandler(int capacity) {
        this(capacity, Level.ERROR, null, true);
    }

    /**
     * Creates a handler with no target yet.
     *
     * @param capacity how many records fill the buffer
     * @param flushLevel the level at which a record flushes the buffer at once
     */
    public MemoryHandler(int capacity, int flushLevel) {
        this(capacity, flushLevel, null, true);
    }

    /**
     * Creates a handler with Python's parameters.
     *
     * @param capacity how many records fill the buffer
     * @param flushLevel the level at which a record flushes the buffer at once
     * @param target the handler flushed records go to, or {@code null} to set it later
     */
    public MemoryHandler(int capacity, int flushLevel, Handler target) {
        this(capacity, flushLevel, target, true);
    }

    /**
     * Creates a handler.
     *
     * @param capacity how many records fill the buffer
     * @param flushLevel the level at which a record flushes the buffer at once
     * @param target the handler flushed records go to, or {@code null} to set it later
     * @param flushOnClose false to drop buffered records on {@link #close()} (CPython 3.6's option)
     */
    public MemoryHandler(int capacity, int flushLevel, Handler target, boolean flushOnClose) {
        super(capacity);
        if (target == this) {
            throw new IllegalArgumentException("a MemoryHandler cannot be its own target");
        }
        this.flushLevel = flushLevel;
        this.target = target;
        this.flushOnClose = flushOnClose;
    }

    /** Returns the level at which a record flushes the buffer at once. */
    public int getFlushLevel() {
        return flushLevel;
    }

    /** Returns the target, or {@code null}. */
    public Handler getTarget() {
        return target;
    }

    /**
     * Sets the handler flushed records go to.
     *
     * @param target the target, or {@code null}
     * @throws IllegalArgumentException when the target is this handler
     */
    public void setTarget(Handler target) {
        if (target == this) {
            throw new IllegalArgumentException("a MemoryHandler cannot be its own target");
        }
        this.target = target;
    }

    /** Resolves the caller now only when the target will format it later. */
    @Override
    public boolean needsCallerInfo() {
        Handler t = target;
        if (t == null) {
            return true;
        }
        Formatter f = t.getFormatter();
        return t.needsCallerInfo() || (f != null && f.usesCallerInfo());
    }

    @Override
    public void emit(LogRecord record) {
        if (target == null && buffer.size() >= getCapacity()) {
            buffer.remove(0);
        }
        super.emit(record);
    }

    /** Returns true when the buffer is full or {@code record} is at {@code flushLevel} or above. */
    @Override
    public boolean shouldFlush(LogRecord record) {
        return buffer.size() >= getCapacity() || record.getLevelno() >= flushLevel;
    }

    /**
     * Sends the buffered records at or above the target's level to the target, if there is one,
     * and empties the buffer.
     */
    @Override
    public void flush() {
        acquire();
        try {
            Handler t = target;
            if (t == null) {
                return;
            }
            for (LogRecord record : buffer) {
                if (record.getLevelno() >= t.getLevel()) {
                    t.handle(record);
                }
            }
            buffer.clear();
        } finally {
            release();
        }
    }

    /** Flushes (unless {@code flushOnClose} is off), then drops the target and the buffer. */
    @Override
    public void close() {
        if (!flushOnClose) {
            acquire();
            try {
                buffer.clear();
            } finally {
                release();
            }
        }
        try {
            super.close();
        } finally {
            acquire();
            try {
                target = null;
                buffer.clear();
            } finally {
                release();
            }
        }
    }
}
