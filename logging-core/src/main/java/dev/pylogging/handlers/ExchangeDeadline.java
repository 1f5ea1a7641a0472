package dev.pylogging.handlers;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A deadline for a whole network exchange (an HTTP request, a mail), where the client library
 * offers only per-read time-outs: a server that trickles one byte before each time-out would
 * otherwise hold the logging call, and the handler's lock, for as long as it likes. At the
 * deadline, the exchange's connection is closed from a timer thread, which ends the blocked call.
 */
final class ExchangeDeadline implements AutoCloseable {

    private static final ScheduledExecutorService TIMER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread t = new Thread(runnable, "pylogging-exchange-deadline");
        t.setDaemon(true);
        return t;
    });

    private final ScheduledFuture<?> abort;
    private final Duration timeout;

    private ExchangeDeadline(Duration timeout, Runnable closeConnection) {
        this.timeout = timeout;
        this.abort = TIMER.schedule(closeConnection, Math.max(1, timeout.toNanos()), TimeUnit.NANOSECONDS);
    }

    /**
     * Starts the clock: {@code closeConnection} runs after {@code timeout} unless this is closed first.
     *
     * @param timeout how long the whole exchange may take
     * @param closeConnection what ends the exchange, such as closing its socket
     */
    static ExchangeDeadline start(Duration timeout, Runnable closeConnection) {
        return new ExchangeDeadline(timeout, closeConnection);
    }

    /** Returns whether the deadline passed and the connection was closed. */
    boolean passed() {
        return abort.isDone() && !abort.isCancelled();
    }

    /** Returns what to say when the deadline ended an exchange with {@code peer}. */
    String describe(String peer) {
        return "the exchange with " + peer + " took longer than " + timeout.toMillis() + " ms";
    }

    /** Stops the clock; the connection is left alone if the deadline has not passed. */
    @Override
    public void close() {
        abort.cancel(false);
    }
}
