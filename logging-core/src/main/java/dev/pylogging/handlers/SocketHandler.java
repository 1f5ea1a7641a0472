package dev.pylogging.handlers;

import dev.pylogging.Handler;
import dev.pylogging.LogRecord;
import dev.pylogging.internal.Frames;
import dev.pylogging.internal.PickleWriter;
import dev.pylogging.internal.RecordDict;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends each record over TCP as CPython's {@code SocketHandler} does: the record's attribute
 * dict, pickled, after a 4-byte big-endian length, readable by CPython's receiver and by
 * {@link dev.pylogging.net.LogRecordSocketReceiver}. A lost connection is retried with CPython's
 * back-off (1 s, doubling to 30 s); records logged meanwhile are dropped and counted. Neither
 * connecting nor sending blocks a logging call for longer than its time-out (1 s each unless
 * set), so a receiver that stops reading cannot freeze the threads that log.
 */
public class SocketHandler extends Handler {

    private final String host;
    private final int port;
    private volatile Duration connectTimeout = Duration.ofSeconds(1);
    private volatile Duration sendTimeout = Duration.ofSeconds(1);
    private final AtomicLong dropped = new AtomicLong();
    private final Clock clock;
    private TimedChannel socket;
    /** CPython's back-off: the first retry after 1 s, doubling up to 30 s. */
    private static final long RETRY_START_MILLIS = 1_000;
    private static final long RETRY_MAX_MILLIS = 30_000;

    /** When the next connection attempt is due, or -1 while connected or never failed. */
    private long retryTime = -1;
    private long retryPeriod;
    private boolean closeOnError;

    /**
     * Creates the handler; the connection is made by the first record.
     *
     * @param host the receiver's host
     * @param port the receiver's port, such as 9020 ({@code DEFAULT_TCP_LOGGING_PORT})
     */
    public SocketHandler(String host, int port) {
        this(host, port, Clock.systemUTC());
    }

    SocketHandler(String host, int port, Clock clock) {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("SocketHandler needs a host, not " + host);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be 1 to 65535, not " + port);
        }
        this.host = host;
        this.port = port;
        this.clock = clock;
    }

    /** Returns the receiver's host. */
    public String getHost() {
        return host;
    }

    /** Returns the receiver's port. */
    public int getPort() {
        return port;
    }

    /**
     * Sets how long connecting may take (1 s unless set), the longest a logging call can wait.
     *
     * @param timeout the time-out
     */
    public void setConnectTimeout(Duration timeout) {
        this.connectTimeout = timeout;
    }

    /**
     * Sets how long sending one record may take (1 s unless set), as CPython's socket time-out:
     * a receiver that stops reading makes the handler drop the record, count it, close the
     * connection and reconnect with back-off, instead of holding every logging thread.
     *
     * @param timeout the time-out
     */
    public void setSendTimeout(Duration timeout) {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("sendTimeout must be positive, not " + timeout);
        }
        this.sendTimeout = timeout;
    }

    /** Returns how many records were dropped so far because sending them failed or timed out. */
    public long getDroppedRecords() {
        return dropped.get();
    }

    /**
     * Chooses whether an error while sending closes the connection silently (CPython's
     * {@code closeOnError}) rather than being reported.
     *
     * @param closeOnError true to close silently
     */
    public void setCloseOnError(boolean closeOnError) {
        this.closeOnError = closeOnError;
    }

    /** The record's attributes are sent, so its caller is found while the call runs. */
    @Override
    public boolean needsCallerInfo() {
        return true;
    }

    /**
     * Returns the bytes sent for {@code record}: a 4-byte big-endian length, then the pickle.
     *
     * @param record the record
     */
    public byte[] makePickle(LogRecord record) {
        return Frames.lengthPrefixed(PickleWriter.dumps(RecordDict.of(record)));
    }

    /**
     * Opens the connection, within the connect time-out.
     *
     * @throws IOException when the receiver cannot be reached in time
     */
    TimedChannel makeSocket() throws IOException {
        return TimedChannel.connect(new InetSocketAddress(host, port), connectTimeout);
    }

    /** Connects unless a retry is not yet due; on failure, schedules the next attempt. */
    private void createSocket() {
        long now = clock.millis();
        if (retryTime >= 0 && now < retryTime) {
            return;
        }
        try {
            socket = makeSocket();
            retryTime = -1;
        } catch (IOException e) {
            scheduleRetry(now);
        }
    }

    private void scheduleRetry(long now) {
        retryPeriod = retryTime < 0 ? RETRY_START_MILLIS : Math.min(RETRY_MAX_MILLIS, retryPeriod * 2);
        retryTime = now + retryPeriod;
    }

    /**
     * Sends bytes, connecting first if needed. A failure, or a receiver that takes nothing for the
     * send time-out, drops the bytes (counted in {@link #getDroppedRecords()}) and the
     * connection, which is made again with back-off. Called with the lock held.
     *
     * @param bytes what to send
     */
    public void send(byte[] bytes) {
        if (socket == null) {
            createSocket();
        }
        if (socket == null) {
            dropped.incrementAndGet();
            return;
        }
        try {
            socket.write(bytes, sendTimeout);
        } catch (IOException e) {
            dropped.incrementAndGet();
            closeSocket();
            if (e instanceof SocketTimeoutException) {
                // A stalled receiver is not retried at once: each record would wait the time-out again.
                scheduleRetry(clock.millis());
            }
        }
    }

    @Override
    public void emit(LogRecord record) {
        try {
            send(makePickle(record));
        } catch (RuntimeException e) {
            handleError(record, e);
        }
    }

    /** Closes the connection when {@code closeOnError} is set, else reports the error. */
    @Override
    public void handleError(LogRecord record, Exception error) {
        if (closeOnError && socket != null) {
            closeSocket();
        } else {
            super.handleError(record, error);
        }
    }

    private void closeSocket() {
        TimedChannel s = socket;
        socket = null;
        if (s != null) {
            s.close();
        }
    }

    /** Closes the connection. */
    @Override
    public void close() {
        acquire();
        try {
            closeSocket();
        } finally {
            release();
        }
        super.close();
    }
}
