package dev.pylogging.handlers;

import dev.pylogging.Handler;
import dev.pylogging.LogRecord;
import dev.pylogging.net.Frames;
import dev.pylogging.net.PickleWriter;
import dev.pylogging.net.RecordDict;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;

/**
 * Sends each record over TCP as CPython's {@code SocketHandler} does: the record's attribute
 * dict, pickled, after a 4-byte big-endian length, readable by CPython's receiver and by
 * {@link dev.pylogging.net.LogRecordSocketReceiver}. A lost connection is retried with CPython's
 * back-off (1 s, doubling to 30 s); records logged meanwhile are dropped, and connecting never
 * blocks a logging call for longer than the connect time-out.
 */
public class SocketHandler extends Handler {

    private final String host;
    private final int port;
    private volatile Duration connectTimeout = Duration.ofSeconds(1);
    private final Clock clock;
    private Socket socket;
    private OutputStream out;
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
     * Opens the connection.
     *
     * @throws IOException when the receiver cannot be reached in time
     */
    protected Socket makeSocket() throws IOException {
        Socket s = new Socket();
        try {
            s.connect(new InetSocketAddress(host, port), (int) Math.max(1, connectTimeout.toMillis()));
            s.setTcpNoDelay(true);
            return s;
        } catch (IOException e) {
            s.close();
            throw e;
        }
    }

    /** Connects unless a retry is not yet due; on failure, schedules the next attempt. */
    private void createSocket() {
        long now = clock.millis();
        if (retryTime >= 0 && now < retryTime) {
            return;
        }
        try {
            socket = makeSocket();
            out = socket.getOutputStream();
            retryTime = -1;
        } catch (IOException e) {
            retryPeriod = retryTime < 0 ? RETRY_START_MILLIS : Math.min(RETRY_MAX_MILLIS, retryPeriod * 2);
            retryTime = now + retryPeriod;
        }
    }

    /**
     * Sends bytes, connecting first if needed; a failure drops the connection and the bytes.
     * Called with the lock held.
     *
     * @param bytes what to send
     */
    public void send(byte[] bytes) {
        if (socket == null) {
            createSocket();
        }
        if (socket != null) {
            try {
                out.write(bytes);
                out.flush();
            } catch (IOException e) {
                closeSocket();
            }
        }
    }

    /** Sends each record within {@code handle}; keeps none, unless a subclass does. */
    @Override
    protected boolean keepsRecords() {
        return getClass() != SocketHandler.class;
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
        Socket s = socket;
        socket = null;
        out = null;
        if (s != null) {
            try {
                s.close();
            } catch (IOException ignored) {
                // Already broken; nothing more to release.
            }
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
