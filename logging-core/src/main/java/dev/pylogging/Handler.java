package dev.pylogging;

import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends records somewhere. A subclass implements {@link #emit(LogRecord)} and little else;
 * {@link #handle(LogRecord)} filters, locks and emits, and any error while doing so goes to
 * {@link #handleError(LogRecord, Exception)}, never to the code that logged. A handler may keep
 * the records it is given (in a list, a queue of its own) and read any attribute later, the
 * caller's {@code pathname}, {@code lineno} and {@code funcName} included: they are found before
 * a handler the library does not know to be done with the record sees it.
 */
public abstract class Handler extends Filterer implements AutoCloseable {

    private volatile int level;
    private volatile Formatter formatter;
    private volatile String name;
    private volatile ReentrantLock lock;
    private volatile boolean closed;
    /** What this handler's class does with the records it is given; see {@link RecordPool}. */
    final RecordPool.Retention retention = RecordPool.retentionOf(getClass());

    /** Creates a handler that passes every level. */
    protected Handler() {
        this(Level.NOTSET);
    }

    /**
     * Creates a handler.
     *
     * @param level the lowest level this handler emits
     */
    protected Handler(int level) {
        this.level = level;
        createLock();
        Logging.trackHandler(this);
    }

    /** Returns the lowest level this handler emits. */
    public int getLevel() {
        return level;
    }

    /**
     * Sets the lowest level this handler emits.
     *
     * @param level a level number
     */
    public void setLevel(int level) {
        this.level = level;
    }

    /**
     * Sets the lowest level this handler emits, by name ({@code "INFO"}) or number ({@code "15"}).
     *
     * @throws IllegalArgumentException naming the value when it is no level
     */
    public void setLevel(String level) {
        setLevel(Logging.levelForName(level));
    }

    /** Returns the formatter, or {@code null} when the default {@code %(message)s} is used. */
    public Formatter getFormatter() {
        return formatter;
    }

    /**
     * Sets the formatter.
     *
     * @param formatter the formatter, or {@code null} for the default {@code %(message)s}
     */
    public void setFormatter(Formatter formatter) {
        this.formatter = formatter;
    }

    /** Returns this handler's name, or {@code null}. */
    public String getName() {
        return name;
    }

    /**
     * Names this handler, as configuration files refer to it.
     *
     * @param name the name
     */
    public void setName(String name) {
        this.name = name;
    }

    /** Returns true once {@link #close()} has run. */
    public boolean isClosed() {
        return closed;
    }

    /**
     * Returns true when this handler reads a record's caller attributes after the logging call
     * has returned, so the caller must be found while it is still on the stack.
     */
    public boolean needsCallerInfo() {
        return false;
    }

    /**
     * Filters {@code record}, then {@link #dispatch dispatches} it: by default, emits it under
     * this handler's lock. Errors from filters or {@code emit} go to {@link #handleError}.
     *
     * @param record the record
     * @return true when the filters passed the record
     */
    public boolean handle(LogRecord record) {
        boolean passed;
        try {
            passed = filter(record);
        } catch (RuntimeException e) {
            handleError(record, e);
            return false;
        }
        if (passed) {
            if (needsCallerInfo()) {
                record.resolveCaller();
            }
            dispatch(record);
        }
        return passed;
    }

    /**
     * Emits a record that passed the filters: takes the lock, calls {@link #emit}, and reports
     * what it throws. A handler that can do part of the work safely outside the lock overrides
     * this.
     *
     * @param record the record
     */
    protected void dispatch(LogRecord record) {
        ReentrantLock l = lock;
        l.lock();
        try {
            emit(record);
        } catch (RuntimeException e) {
            handleError(record, e);
        } finally {
            l.unlock();
        }
    }

    /**
     * Does whatever it takes to log {@code record}. Called with the lock held; reports its own
     * failures through {@link #handleError} rather than throwing.
     *
     * @param record the record
     */
    public abstract void emit(LogRecord record);

    /**
     * Formats {@code record} with this handler's formatter, or the default one.
     *
     * @param record the record
     * @throws PercentFormatException when the record does not fit the format
     */
    public String format(LogRecord record) {
        Formatter f = formatter;
        if (f == null) {
            f = Logging.defaultFormatter();
        }
        RecordPool.beforeFormat(f, record);
        return f.format(record);
    }

    /** Makes sure all output has left this handler. This version does nothing. */
    public void flush() {
    }

    /** Releases this handler's resources. Subclasses call {@code super.close()}. */
    @Override
    public void close() {
        closed = true;
    }

    /** Marks this handler open again, for handlers that reopen after {@link #close()}. */
    protected void markOpen() {
        closed = false;
    }

    /**
     * Reports an error met while handling {@code record}: one line on {@code System.err} naming
     * this handler, the logger, the message and the error, while
     * {@link Logging#isRaiseExceptions()} is on; nothing when it is off. A {@link StreamHandler}
     * that writes records other threads queued calls it on the writing thread.
     *
     * @param record the record being handled
     * @param error what went wrong
     */
    public void handleError(LogRecord record, Exception error) {
        if (Logging.isRaiseExceptions()) {
            ErrorReporter.report(this, record, error);
        }
    }

    /** Creates a new lock that serializes this handler's I/O. */
    public void createLock() {
        lock = new ReentrantLock();
    }

    /** Acquires the I/O lock. */
    public void acquire() {
        lock.lock();
    }

    /**
     * Acquires the I/O lock if it is free, returning whether it did; a lock seen taken is not
     * tried, so that a thread polling it leaves the lock's cache line alone.
     */
    boolean tryAcquire() {
        ReentrantLock l = lock;
        return !l.isLocked() && l.tryLock();
    }

    /**
     * Returns whether the calling thread holds the I/O lock, as when a record is logged from
     * inside this handler's own {@code emit}.
     */
    boolean heldByCurrentThread() {
        return lock.isHeldByCurrentThread();
    }

    /** Releases the I/O lock. */
    public void release() {
        lock.unlock();
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + (name == null ? "" : " " + name) + " ("
                + Logging.getLevelName(level) + ")>";
    }
}
