package dev.pylogging.handlers;

import dev.pylogging.Handler;
import dev.pylogging.LogRecord;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * CPython's {@code QueueHandler} (Python 3.2): a logging call formats its record's message,
 * enqueues a copy and returns; a {@link QueueListener} thread hands the records to the real
 * handlers. The queue is bounded; when it is full, {@link WhenFull#BLOCK} (the default) makes the
 * logging call wait for room, losing nothing, and {@link WhenFull#DROP} drops the record, counts it
 * ({@link #getDroppedRecords()}) and says so on {@code System.err}, at most once a second.
 *
 * <p>{@link #flush()} waits until the listener has handled every record enqueued before it, and
 * {@link #close()} stops the listener after it has drained the queue; {@code Logging.shutdown()}
 * flushes every handler before it closes any, so what was queued reaches its handlers.
 */
public class QueueHandler extends Handler {

    /** What a logging call does when the queue is full. */
    public enum WhenFull {
        /** Wait for room: nothing is lost, and a slow handler slows the logging threads down. */
        BLOCK,
        /** Drop the record, count it and report the count: the logging thread never waits. */
        DROP
    }

    private static final long REPORT_EVERY_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final BlockingQueue<LogRecord> queue;
    private final WhenFull whenFull;
    private final AtomicLong enqueued = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private final AtomicLong reportedDrops = new AtomicLong();
    private volatile long lastReport;
    private volatile QueueListener listener;

    /**
     * Creates a handler over {@code queue} that waits for room when it is full.
     *
     * @param queue the queue a {@link QueueListener} reads
     */
    public QueueHandler(BlockingQueue<LogRecord> queue) {
        this(queue, WhenFull.BLOCK);
    }

    /**
     * Creates a handler over {@code queue}.
     *
     * @param queue the queue a {@link QueueListener} reads
     * @param whenFull what a logging call does when the queue is full
     */
    public QueueHandler(BlockingQueue<LogRecord> queue, WhenFull whenFull) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.whenFull = Objects.requireNonNull(whenFull, "whenFull");
    }

    /**
     * Creates a handler with a queue of {@code capacity} records that waits for room when it is
     * full, as {@code fileConfig}'s {@code args=(10000,)} makes it; its listener comes from the
     * section's {@code handlers=} key.
     *
     * @param capacity how many records the queue holds, 1 or more
     */
    public QueueHandler(int capacity) {
        this(capacity, "block");
    }

    /**
     * Creates a handler with a queue of {@code capacity} records.
     *
     * @param capacity how many records the queue holds, 1 or more
     * @param whenFull {@code block} or {@code drop}, in any case
     * @throws IllegalArgumentException naming a capacity below 1 or another {@code whenFull}
     */
    public QueueHandler(int capacity, String whenFull) {
        this(new ArrayBlockingQueue<>(checkedCapacity(capacity)), whenFull(whenFull));
    }

    private static int checkedCapacity(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a queue holds 1 record or more, not " + capacity);
        }
        return capacity;
    }

    private static WhenFull whenFull(String text) {
        for (WhenFull value : WhenFull.values()) {
            if (value.name().equalsIgnoreCase(String.valueOf(text).strip())) {
                return value;
            }
        }
        throw new IllegalArgumentException("when the queue is full: 'block' or 'drop', not '" + text + "'");
    }

    /**
     * Creates a handler with a queue of {@code capacity} records and a started listener that hands
     * them to {@code handlers}, as Python 3.12's {@code dictConfig} sets a queue handler up.
     *
     * @param capacity how many records the queue holds, 1 or more
     * @param whenFull what a logging call does when the queue is full
     * @param respectHandlerLevel true to give each handler only the records at or above its level
     * @param handlers the handlers the listener hands records to
     * @throws IllegalArgumentException naming the capacity when it is not positive
     */
    public static QueueHandler withListener(int capacity, WhenFull whenFull, boolean respectHandlerLevel,
                                            List<Handler> handlers) {
        ArrayBlockingQueue<LogRecord> queue = new ArrayBlockingQueue<>(checkedCapacity(capacity));
        QueueHandler handler = new QueueHandler(queue, whenFull);
        QueueListener listener = new QueueListener(queue, respectHandlerLevel, handlers.toArray(Handler[]::new));
        handler.setListener(listener);
        listener.start();
        return handler;
    }

    /** Returns the queue. */
    public BlockingQueue<LogRecord> getQueue() {
        return queue;
    }

    /** Returns what a logging call does when the queue is full. */
    public WhenFull getWhenFull() {
        return whenFull;
    }

    /** Returns the listener this handler stops when it is closed, or {@code null}. */
    public QueueListener getListener() {
        return listener;
    }

    /**
     * Sets the listener that reads this handler's queue, as Python 3.12's {@code listener}
     * attribute: {@link #flush()} waits for it, and {@link #close()} stops it.
     *
     * @param listener the listener, or {@code null}
     */
    public void setListener(QueueListener listener) {
        this.listener = listener;
    }

    /** Returns how many records were dropped because the queue was full ({@link WhenFull#DROP}). */
    public long getDroppedRecords() {
        return dropped.get();
    }

    /**
     * The caller is found while the logging call runs, since the listener reads the record later,
     * but only when a handler it feeds reads it: walking the stack costs more than the rest of
     * the call. Without a listener, whoever reads the queue may read it, so it is found.
     */
    @Override
    public boolean needsCallerInfo() {
        QueueListener l = listener;
        return l == null || l.handlersReadCaller();
    }

    /**
     * Returns the record to enqueue, as CPython does: a copy whose message is this handler's
     * formatting of the record (the message, with the exception text when there is one), with no
     * arguments and no exception left to format again.
     *
     * @param record the record being logged
     */
    public LogRecord prepare(LogRecord record) {
        String message = format(record);
        LogRecord copy = record.copy(needsCallerInfo());
        copy.set("message", message);
        copy.setMsg(message);
        copy.setArgs(null);
        copy.set("exc_info", null);
        copy.setExcText(null);
        return copy;
    }

    /**
     * Puts {@code record} on the queue, waiting for room or dropping it as {@link #getWhenFull()} says.
     *
     * @param record the prepared record
     */
    public void enqueue(LogRecord record) {
        if (whenFull == WhenFull.BLOCK) {
            try {
                queue.put(record);
                enqueued.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                drop();
            }
        } else if (queue.offer(record)) {
            enqueued.incrementAndGet();
        } else {
            drop();
        }
    }

    private void drop() {
        long total = dropped.incrementAndGet();
        long now = System.nanoTime();
        if (now - lastReport >= REPORT_EVERY_NANOS || total == 1) {
            lastReport = now;
            long since = total - reportedDrops.getAndSet(total);
            PrintStream err = System.err;
            if (err != null) {
                err.println("--- Logging queue full --- " + this + " dropped " + since + " record"
                        + (since == 1 ? "" : "s") + " (" + total + " in all)");
            }
        }
    }

    /** Prepares and enqueues the record; runs without the handler's lock, as the queue is thread-safe. */
    @Override
    protected void dispatch(LogRecord record) {
        try {
            emit(record);
        } catch (RuntimeException e) {
            handleError(record, e);
        }
    }

    @Override
    public void emit(LogRecord record) {
        QueueListener l = listener;
        if (l != null && !l.isStarted()) {
            // A listener set up by a configuration starts with the first record, not before the configuration is applied.
            l.start();
        }
        enqueue(prepare(record));
    }

    /**
     * Waits (at most 10 s) until the listener has handled every record enqueued before this call.
     */
    @Override
    public void flush() {
        QueueListener l = listener;
        if (l != null) {
            l.awaitHandled(enqueued.get(), Duration.ofSeconds(10));
        }
    }

    /** Stops the listener, after it has handled everything queued, and closes this handler. */
    @Override
    public void close() {
        QueueListener l = listener;
        if (l != null) {
            l.stop();
        }
        super.close();
    }
}
