package dev.pylogging.net;

import dev.pylogging.Logger;
import dev.pylogging.Logging;
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
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The seed's logging receiver: accepts TCP connections from {@code SocketHandler}s (this
 * library's or CPython's), reads 4-byte-length-prefixed pickled attribute dicts, rebuilds each
 * record with {@link Logging#makeLogRecord} and hands it to {@code getLogger(name).handle(record)}
 * (or to the {@code logname} logger when one is set). Each connection has a thread of its own.
 *
 * <p>It binds to loopback unless told otherwise. A frame over the size limit, bytes that are not
 * a data-only pickle, a pickle that is not a dict, or a client idle past the time-out closes that
 * connection with an error logged on {@code dev.pylogging.net.receiver}; the others go on.
 */
public final class LogRecordSocketReceiver implements AutoCloseable {

    /** The port CPython's {@code SocketHandler} examples send to. */
    public static final int DEFAULT_TCP_LOGGING_PORT = 9020;

    private static final Logger LOG = Logging.getLogger("dev.pylogging.net.receiver");

    private final InetAddress bindAddress;
    private final int requestedPort;
    private final String logname;
    private final int maxFrameBytes;
    private final Duration idleTimeout;
    private final Semaphore slots;
    private final ExecutorService workers = Executors.newCachedThreadPool(runnable -> {
        Thread t = new Thread(runnable, "pylogging-receiver-connection");
        t.setDaemon(true);
        return t;
    });
    private final Set<Socket> clients = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;
    private volatile boolean closed;
    private Thread acceptor;

    private LogRecordSocketReceiver(Builder b) {
        this.bindAddress = b.bindAddress;
        this.requestedPort = b.port;
        this.logname = b.logname;
        this.maxFrameBytes = b.maxFrameBytes;
        this.idleTimeout = b.idleTimeout;
        this.slots = new Semaphore(b.maxConnections);
    }

    /** Returns settings with the defaults: loopback, port 9020, 1 MiB frames, 5 min idle, 64 connections. */
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
        socket.bind(new InetSocketAddress(bindAddress, requestedPort), 50);
        server = socket;
        acceptor = new Thread(this::acceptLoop, "pylogging-receiver");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** Returns the bound port, once started. */
    public int getPort() {
        return server.getLocalPort();
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
            if (!slots.tryAcquire()) {
                LOG.error("Refused a connection from %s: already serving the maximum number of clients",
                        client.getRemoteSocketAddress());
                closeQuietly(client);
                continue;
            }
            clients.add(client);
            workers.execute(() -> {
                try {
                    serve(client);
                } finally {
                    clients.remove(client);
                    closeQuietly(client);
                    slots.release();
                }
            });
        }
    }

    private void serve(Socket client) {
        Object peer = client.getRemoteSocketAddress();
        try {
            client.setSoTimeout((int) Math.min(Integer.MAX_VALUE, idleTimeout.toMillis()));
            DataInputStream in = new DataInputStream(client.getInputStream());
            while (!closed) {
                int first = in.read();
                if (first < 0) {
                    return;
                }
                long length = ((long) first << 24 | (in.readUnsignedByte() << 16) | (in.readUnsignedByte() << 8)
                        | in.readUnsignedByte()) & 0xFFFFFFFFL;
                if (length > maxFrameBytes) {
                    LOG.error("Closed the connection from %s: a frame of %d bytes exceeds the limit of %d",
                            peer, length, maxFrameBytes);
                    return;
                }
                byte[] frame = readFully(in, (int) length);
                RecordDispatch.dispatch(frame, logname);
            }
        } catch (SocketTimeoutException e) {
            LOG.error("Closed the connection from %s: nothing received for %d ms", peer, idleTimeout.toMillis());
        } catch (EOFException e) {
            LOG.error("Closed the connection from %s: it ended in the middle of a record", peer);
        } catch (PickleException e) {
            LOG.error("Closed the connection from %s: %s", peer, e.getMessage());
        } catch (SocketException e) {
            if (!closed) {
                LOG.error("Connection from %s failed: %s", peer, e.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            LOG.error("Closed the connection from %s: %s", peer, e.toString());
        }
    }

    private static byte[] readFully(InputStream in, int length) throws IOException {
        // Read in steps, so that a length prefix alone never makes us allocate its size.
        byte[] buffer = new byte[Math.min(length, 64 * 1024)];
        int filled = 0;
        while (filled < length) {
            if (filled == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.min(length, buffer.length * 2));
            }
            int n = in.read(buffer, filled, buffer.length - filled);
            if (n < 0) {
                throw new EOFException();
            }
            filled += n;
        }
        return buffer;
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
        clients.forEach(LogRecordSocketReceiver::closeQuietly);
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
            if (acceptor != null) {
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
         * Sends every record to this logger instead of the one it names, as the seed's {@code logname}.
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
         * Sets how many connections are served at once (64 unless set).
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
