package dev.pylogging.net;

import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.internal.DeadlineReader;
import dev.pylogging.internal.PickleException;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The logging receiver of the Python logging documentation: accepts TCP connections from
 * {@code SocketHandler}s (this library's or CPython's), reads 4-byte-length-prefixed pickled
 * attribute dicts, rebuilds each record with {@link Logging#makeLogRecord} and hands it to
 * {@code getLogger(name).handle(record)} (or to the {@code logname} logger when one is set). Each
 * connection has a thread of its own.
 *
 * <p>It binds to loopback unless told otherwise, and no peer can hold it: a frame must arrive
 * whole within the frame time-out from its first byte, however slowly its bytes trickle in; a
 * connection silent past the idle time-out is closed; and when every connection slot is taken,
 * the connection idle the longest gives way to the new one, while a burst of new connections
 * waits in the backlog rather than being refused. A frame over the size limit, bytes that are not
 * a data-only pickle, or a pickle that is not a dict closes that connection; every such event,
 * and any error a record provokes, is logged on {@code dev.pylogging.net.receiver} and counted,
 * and the others go on.
 */
public final class LogRecordSocketReceiver implements AutoCloseable {

    /** The port CPython's {@code SocketHandler} examples send to. */
    public static final int DEFAULT_TCP_LOGGING_PORT = 9020;

    private static final Logger LOG = Logging.getLogger("dev.pylogging.net.receiver");
    /** How long a connection must have been idle before a newcomer may take its slot. */
    private static final long EVICTABLE_AFTER_NANOS = TimeUnit.SECONDS.toNanos(1);

    private final InetAddress bindAddress;
    private final int requestedPort;
    private final String logname;
    private final int maxFrameBytes;
    private final Duration idleTimeout;
    private final Duration frameTimeout;
    private final int maxConnections;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "pylogging-receiver-connection");
        t.setDaemon(true);
        return t;
    });
    private final Map<Socket, Connection> clients = new ConcurrentHashMap<>();
    private final Object slotFreed = new Object();
    private final AtomicLong droppedFrames = new AtomicLong();
    private final AtomicLong evictedConnections = new AtomicLong();
    private volatile ServerSocket server;
    private volatile boolean closed;
    private Thread acceptor;

    /** What the acceptor knows of a connection: when it last completed a frame, and whether one is under way. */
    private static final class Connection {
        volatile long lastActivity = System.nanoTime();
        volatile boolean midFrame;
    }

    private LogRecordSocketReceiver(Builder b) {
        this.bindAddress = b.bindAddress;
        this.requestedPort = b.port;
        this.logname = b.logname;
        this.maxFrameBytes = b.maxFrameBytes;
        this.idleTimeout = b.idleTimeout;
        this.frameTimeout = b.frameTimeout;
        this.maxConnections = b.maxConnections;
    }

    /**
     * Returns settings with the defaults: loopback, port 9020, 1 MiB frames, 5 min idle, 10 s a
     * frame, 64 connections.
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Binds and starts accepting connections.
     *
     * @throws IOException when the port cannot be bound
     */
    public synchronized void start() throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(bindAddress, requestedPort), 512);
        server = socket;
        acceptor = new Thread(this::acceptLoop, "pylogging-receiver");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Returns the bound port, once started. */
    public int getPort() {
        return server.getLocalPort();
    }

    /** Returns how many frames were refused or cut off (too large, too slow, not a record) so far. */
    public long getDroppedFrames() {
        return droppedFrames.get();
    }

    /** Returns how many idle connections were closed so far to make room for new ones. */
    public long getEvictedConnections() {
        return evictedConnections.get();
    }

    private void acceptLoop() {
        while (!closed) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!closed) {
                    LOG.error("Receiver stopped accepting: %s", e.getMessage());
                }
                return;
            }
            try {
                awaitSlot();
            } catch (InterruptedException e) {
                closeQuietly(client);
                return;
            }
            clients.put(client, new Connection());
            try {
                workers.execute(() -> {
                    try {
                        serve(client);
                    } finally {
                        clients.remove(client);
                        closeQuietly(client);
                        synchronized (slotFreed) {
                            slotFreed.notifyAll();
                        }
                    }
                });
            } catch (RejectedExecutionException e) {
                clients.remove(client);
                closeQuietly(client);
            }
        }
    }

    /**
     * Returns once a slot is free for a connection just accepted: at the cap, the longest-idle
     * connection is closed if it has been idle a while; otherwise the newcomer waits, its bytes
     * kept by the system, until a connection ends.
     */
    private void awaitSlot() throws InterruptedException {
        while (!closed && clients.size() >= maxConnections) {
            Map.Entry<Socket, Connection> idlest = null;
            for (Map.Entry<Socket, Connection> e : clients.entrySet()) {
                Connection c = e.getValue();
                if (!c.midFrame && (idlest == null || c.lastActivity < idlest.getValue().lastActivity)) {
                    idlest = e;
                }
            }
            if (idlest != null && System.nanoTime() - idlest.getValue().lastActivity >= EVICTABLE_AFTER_NANOS) {
                evictedConnections.incrementAndGet();
                LOG.warning("Closed the idle connection from %s to make room for a new one (%d closed so far)",
                        idlest.getKey().getRemoteSocketAddress(), evictedConnections.get());
                clients.remove(idlest.getKey());
                closeQuietly(idlest.getKey());
                continue;
            }
            synchronized (slotFreed) {
                slotFreed.wait(50);
            }
        }
    }

    private void serve(Socket client) {
        Object peer = client.getRemoteSocketAddress();
        Connection state = clients.get(client);
        try {
            DataInputStream in = new DataInputStream(client.getInputStream());
            while (!closed) {
                client.setSoTimeout(DeadlineReader.timeoutMillis(idleTimeout.toNanos()));
                int first = in.read();
                if (first < 0) {
                    return;
                }
                if (state != null) {
                    state.midFrame = true;
                }
                long deadline = System.nanoTime() + frameTimeout.toNanos();
                byte[] prefix = DeadlineReader.readFully(client, in, 3, deadline);
                long length = ((long) first << 24 | (prefix[0] & 0xFF) << 16 | (prefix[1] & 0xFF) << 8
                        | (prefix[2] & 0xFF)) & 0xFFFFFFFFL;
                if (length > maxFrameBytes) {
                    droppedFrames.incrementAndGet();
                    LOG.error("Closed the connection from %s: a frame of %d bytes exceeds the limit of %d",
                            peer, length, maxFrameBytes);
                    return;
                }
                byte[] frame = DeadlineReader.readFully(client, in, (int) length, deadline);
                dispatch(frame, peer);
                if (state != null) {
                    state.lastActivity = System.nanoTime();
                    state.midFrame = false;
                }
            }
        } catch (DeadlineReader.DeadlineExceededException e) {
            droppedFrames.incrementAndGet();
            LOG.error("Closed the connection from %s: a frame did not arrive whole within %d ms", peer,
                    frameTimeout.toMillis());
        } catch (SocketTimeoutException e) {
            LOG.error("Closed the connection from %s: nothing received for %d ms", peer, idleTimeout.toMillis());
        } catch (EOFException e) {
            droppedFrames.incrementAndGet();
            LOG.error("Closed the connection from %s: it ended in the middle of a record", peer);
        } catch (PickleException e) {
            droppedFrames.incrementAndGet();
            LOG.error("Closed the connection from %s: %s", peer, e.getMessage());
        } catch (SocketException e) {
            if (!closed && clients.containsKey(client)) {
                LOG.error("Connection from %s failed: %s", peer, e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Closed the connection from %s: %s", peer, e.toString());
        }
    }

    /** Hands a frame to its logger; whatever the record provokes is reported and the connection goes on. */
    private void dispatch(byte[] frame, Object peer) throws PickleException {
        try {
            RecordDispatch.dispatch(frame, logname);
        } catch (PickleException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            droppedFrames.incrementAndGet();
            LOG.error("Dropped a record from %s: %s", peer, e.toString());
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // Closing a broken connection: nothing left to release.
        }
    }

    /** Stops accepting, closes every connection and waits (at most 5 s) for their threads. */
    @Override
    public void close() {
        closed = true;
        ServerSocket socket = server;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Stopping: the port is released either way.
            }
        }
        clients.keySet().forEach(LogRecordSocketReceiver::closeQuietly);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
            if (acceptor != null) {
                acceptor.interrupt();
                acceptor.join(5000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Settings for a receiver. */
    public static final class Builder {
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int port = DEFAULT_TCP_LOGGING_PORT;
        private String logname;
        private int maxFrameBytes = 1024 * 1024;
        private Duration idleTimeout = Duration.ofMinutes(5);
        private Duration frameTimeout = Duration.ofSeconds(10);
        private int maxConnections = 64;

        private Builder() {
        }

        /**
         * Sets the address to bind; loopback unless set.
         *
         * @param address the address
         */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = address;
            return this;
        }

        /**
         * Sets the port; 0 picks any free port.
         *
         * @param port the port
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * Sends every record to this logger instead of the one it names, as Python's {@code logname}.
         *
         * @param logname a logger name, or {@code null}
         */
        public Builder logname(String logname) {
            this.logname = logname;
            return this;
        }

        /**
         * Sets the largest frame accepted (1 MiB unless set).
         *
         * @param maxFrameBytes the limit in bytes
         */
        public Builder maxFrameBytes(int maxFrameBytes) {
            this.maxFrameBytes = maxFrameBytes;
            return this;
        }

        /**
         * Sets how long a connection may stay silent before it is closed (5 minutes unless set).
         *
         * @param idleTimeout the time-out
         */
        public Builder idleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
            return this;
        }

        /**
         * Sets how long a frame may take to arrive whole, from its first byte (10 s unless set).
         *
         * @param frameTimeout the deadline of one frame
         */
        public Builder frameTimeout(Duration frameTimeout) {
            if (frameTimeout == null || frameTimeout.isNegative() || frameTimeout.isZero()) {
                throw new IllegalArgumentException("frameTimeout must be positive, not " + frameTimeout);
            }
            this.frameTimeout = frameTimeout;
            return this;
        }

        /**
         * Sets how many connections are served at once (64 unless set); at the cap, the
         * longest-idle connection gives way to a new one.
         *
         * @param maxConnections the limit
         */
        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** Returns the receiver, not yet started. */
        public LogRecordSocketReceiver build() {
            return new LogRecordSocketReceiver(this);
        }
    }
}
