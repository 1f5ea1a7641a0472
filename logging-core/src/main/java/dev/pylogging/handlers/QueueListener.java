package dev.pylogging.handlers;

import dev.pylogging.Handler;
import dev.pylogging.LogRecord;
import dev.pylogging.Logging;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * CPython's {@code QueueListener}: a thread of its own takes records from a queue and hands each
 * to its handlers; with {@code respectHandlerLevel}, a handler gets only the records at or above
 * its level (otherwise every record, as in CPython). {@link #stop()} handles everything queued
 * before it, then ends the thread.
 */
public class QueueListener {

    /** Put on the queue by {@link #stop()}: everything before it is handled, then the thread ends. */
    private static final LogRecord SENTINEL = Logging.makeLogRecord(java.util.Map.of("msg", "stop"));

    private final BlockingQueue<LogRecord> queue;
    private final List<Handler> handlers;
    private final boolean respectHandlerLevel;
    private final Object progress = new Object();
    private long handled;
    private volatile Thread thread;

    /**
     * Creates a listener, not yet started.
     *
     * @param queue the queue a {@link QueueHandler} fills
     * @param respectHandlerLevel true to give each handler only the records at or above its level
     * @param handlers the handlers records are handed to
     */
    public QueueListener(BlockingQueue<LogRecord> queue, boolean respectHandlerLevel, Handler... handlers) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.respectHandlerLevel = respectHandlerLevel;
        this.handlers = List.of(handlers);
    }

    /** Returns the handlers records are handed to. */
    public List<Handler> getHandlers() {
        return handlers;
    }

    /** Returns whether a handler this listener feeds reads the caller attributes of records. */
    boolean handlersReadCaller() {
        for (Handler handler : handlers) {
            dev.pylogging.Formatter f = handler.getFormatter();
            if (handler.needsCallerInfo() || (f != null && f.usesCallerInfo())) {
                return true;
            }
        }
        return false;
    }

    /** Returns whether a handler gets only the records at or above its level. */
    public boolean isRespectHandlerLevel() {
        return respectHandlerLevel;
    }

    /** Returns whether the thread that takes records from the queue is running. */
    public boolean isStarted() {
        return thread != null;
    }

    /** Starts the thread that takes records from the queue; a second call does nothing. */
    public synchronized void start() {
        if (thread != null) {
            return;
        }
        thread = new Thread(this::monitor, "pylogging-queue-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Handles every record queued before this call, then ends the thread, as CPython's
     * {@code stop()}; a listener not started, or already stopped, is left alone.
     */
    public void stop() {
        Thread t;
        synchronized (this) {
            t = thread;
            thread = null;
        }
        if (t == null || t == Thread.currentThread()) {
            return;
        }
        try {
            queue.put(SENTINEL);
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Returns the record taken from the queue, waiting for one.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    protected LogRecord dequeue() throws InterruptedException {
        return queue.take();
    }

    /**
     * Returns the record to hand to the handlers; override to change it.
     *
     * @param record the record taken from the queue
     */
    protected LogRecord prepare(LogRecord record) {
        return record;
    }

    /**
     * Hands {@code record} to every handler, or to those whose level it reaches with
     * {@code respectHandlerLevel}.
     *
     * @param record the record
     */
    public void handle(LogRecord record) {
        LogRecord prepared = prepare(record);
        for (Handler handler : handlers) {
            if (!respectHandlerLevel || prepared.getLevelno() >= handler.getLevel()) {
                handler.handle(prepared);
            }
        }
    }

    private void monitor() {
        while (true) {
            LogRecord record;
            try {
                record = dequeue();
            } catch (InterruptedException e) {
                return;
            }
            if (record == SENTINEL) {
                return;
            }
            try {
                handle(record);
            } catch (RuntimeException | StackOverflowError e) {
                // One record's failure must not end the thread that serves every other.
                java.io.PrintStream err = System.err;
                if (err != null) {
                    err.println("--- Logging error --- in " + this + ": " + e);
                }
            }
            synchronized (progress) {
                handled++;
                progress.notifyAll();
            }
        }
    }

    /** Waits until {@code count} records have been handled, or {@code timeout} passes. */
    void awaitHandled(long count, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (progress) {
            while (handled < count) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || thread == null) {
                    return;
                }
                try {
                    TimeUnit.NANOSECONDS.timedWait(progress, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public String toString() {
        return "<QueueListener " + handlers + ">";
    }
}
