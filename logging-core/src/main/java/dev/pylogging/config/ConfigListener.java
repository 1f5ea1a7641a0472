package dev.pylogging.config;

import dev.pylogging.internal.DeadlineReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.function.UnaryOperator;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The configuration server of {@code logging.config.listen}: each connection sends a 4-byte
 * big-endian length and that many bytes of configuration, which is applied: a JSON dictionary
 * as {@code dictConfig}, anything else as {@code fileConfig} text, as Python 3's server does. It binds to
 * loopback unless told otherwise, refuses lengths over its limit, serves each client on a thread
 * of its own (up to eight at once) with one deadline for its whole configuration, and
 * can require a verifier to accept the bytes; a configuration that is refused or fails leaves the
 * running one in place and is reported in one line on {@code System.err}.
 */
public final class ConfigListener {

    /** How many clients are served at once; more are refused until one is done. */
    private static final int MAX_CLIENTS = 8;

    private final int requestedPort;
    private final InetAddress bindAddress;
    private final int maxBytes;
    private final Duration readTimeout;
    private final UnaryOperator<byte[]> verifier;
    private final Semaphore clients = new Semaphore(MAX_CLIENTS);
    private volatile ServerSocket server;
    private volatile Thread thread;
    private volatile boolean stopped;

    private ConfigListener(Builder b) {
        this.requestedPort = b.port;
        this.bindAddress = b.bindAddress;
        this.maxBytes = b.maxBytes;
        this.readTimeout = b.readTimeout;
        this.verifier = b.verifier;
    }

    /** Returns settings with the defaults: port 9030 on loopback, 1 MiB, 10 s, no verifier. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a verifier for configurations sent as a 32-byte HMAC-SHA256 of the text under
     * {@code key}, followed by the text: it passes the text on when the MAC matches.
     *
     * @param key the shared secret
     */
    public static UnaryOperator<byte[]> hmacSha256Verifier(byte[] key) {
        byte[] secret = key.clone();
        return payload -> {
            if (payload.length < 32) {
                return null;
            }
            byte[] text = Arrays.copyOfRange(payload, 32, payload.length);
            return MessageDigest.isEqual(Arrays.copyOf(payload, 32), hmacSha256(secret, text)) ? text : null;
        };
    }

    /**
     * Returns the payload that {@link #hmacSha256Verifier} accepts for {@code text}.
     *
     * @param key the shared secret
     * @param text the configuration
     */
    public static byte[] signHmacSha256(byte[] key, byte[] text) {
        byte[] mac = hmacSha256(key, text);
        byte[] payload = Arrays.copyOf(mac, 32 + text.length);
        System.arraycopy(text, 0, payload, 32, text.length);
        return payload;
    }

    private static byte[] hmacSha256(byte[] key, byte[] text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(text);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    /**
     * Binds the port and starts serving on a daemon thread.
     *
     * @throws UncheckedIOException naming the address when the port cannot be bound
     */
    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("the listener is already started");
        }
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(bindAddress, requestedPort), 16);
            server = socket;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot listen for logging configurations on "
                    + bindAddress.getHostAddress() + ":" + requestedPort + ": " + e.getMessage(), e);
        }
        thread = new Thread(this::serve, "pylogging-config-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** Returns the bound port, once started. */
    public int getPort() {
        ServerSocket socket = server;
        if (socket == null) {
            throw new IllegalStateException("the listener is not started");
        }
        return socket.getLocalPort();
    }

    /** Stops accepting connections; the serving thread ends soon after. */
    public void stopListening() {
        stopped = true;
        ServerSocket socket = server;
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // Closing is all that is asked; a failure leaves nothing to clean.
            }
        }
    }

    /**
     * Waits for the serving thread to end, after {@link #stopListening()}.
     *
     * @throws InterruptedException when interrupted while waiting
     */
    public void join() throws InterruptedException {
        Thread t = thread;
        if (t != null) {
            t.join();
        }
    }

    /**
     * Waits at most {@code timeout} for the serving thread to end.
     *
     * @param timeout how long to wait
     * @throws InterruptedException when interrupted while waiting
     */
    public void join(Duration timeout) throws InterruptedException {
        Thread t = thread;
        if (t != null) {
            t.join(Math.max(1, timeout.toMillis()));
        }
    }

    private void serve() {
        while (!stopped) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                if (!stopped) {
                    report("accept failed: " + e.getMessage());
                }
                continue;
            }
            // Each client on a thread of its own, so that one that trickles holds back no other.
            if (!clients.tryAcquire()) {
                report("from " + client.getRemoteSocketAddress() + ": refused, already serving " + MAX_CLIENTS
                        + " clients");
                closeQuietly(client);
                continue;
            }
            Thread worker = new Thread(() -> {
                try (client) {
                    handle(client);
                } catch (IOException e) {
                    report("connection failed: " + e.getMessage());
                } finally {
                    clients.release();
                }
            }, "pylogging-config-listener-client");
            worker.setDaemon(true);
            worker.start();
        }
    }

    private static void closeQuietly(Socket client) {
        try {
            client.close();
        } catch (IOException ignored) {
            // Refusing the client is all that is asked.
        }
    }

    private void handle(Socket client) throws IOException {
        String peer = client.getRemoteSocketAddress().toString();
        // One deadline for the whole configuration, not one per read.
        long deadline = System.nanoTime() + readTimeout.toNanos();
        InputStream in = client.getInputStream();
        byte[] payload;
        try {
            byte[] prefix = DeadlineReader.readFully(client, in, 4, deadline);
            long length = ((prefix[0] & 0xFFL) << 24) | ((prefix[1] & 0xFF) << 16) | ((prefix[2] & 0xFF) << 8)
                    | (prefix[3] & 0xFF);
            if (length > maxBytes) {
                report("from " + peer + ": refused a configuration of " + length + " bytes; the limit is " + maxBytes);
                return;
            }
            payload = DeadlineReader.readFully(client, in, (int) length, deadline);
        } catch (EOFException e) {
            report("from " + peer + ": the connection ended before the whole configuration arrived");
            return;
        } catch (DeadlineReader.DeadlineExceededException e) {
            report("from " + peer + ": no complete configuration within " + readTimeout.toMillis() + " ms");
            return;
        }
        byte[] text = payload;
        if (verifier != null) {
            text = verifier.apply(payload);
            if (text == null) {
                report("from " + peer + ": the configuration failed verification and was ignored");
                return;
            }
        }
        try {
            String configuration = new String(text, StandardCharsets.UTF_8);
            synchronized (this) {
                // As Python 3's listen(): a JSON dictionary is a dictConfig, anything else a fileConfig file.
                if (configuration.strip().startsWith("{")) {
                    Object parsed = LoggingConfig.json("configuration from " + peer, configuration);
                    if (!(parsed instanceof Map<?, ?> map)) {
                        throw new ConfigException("configuration from " + peer + ": the JSON is not a mapping");
                    }
                    @SuppressWarnings("unchecked")
                    Map<String, ?> dict = (Map<String, ?>) map;
                    LoggingConfig.dictConfig(dict);
                } else {
                    LoggingConfig.fileConfig(new StringReader(configuration), "configuration from " + peer, Map.of(),
                            true);
                }
            }
        } catch (RuntimeException e) {
            report("from " + peer + ": " + e.getMessage());
        }
    }

    private static void report(String what) {
        PrintStream err = System.err;
        if (err != null) {
            err.println("--- Logging configuration error --- " + what);
        }
    }

    /** Settings for {@link LoggingConfig#listen(Builder)}. */
    public static final class Builder {
        private int port = LoggingConfig.DEFAULT_LOGGING_CONFIG_PORT;
        private InetAddress bindAddress = InetAddress.getLoopbackAddress();
        private int maxBytes = 1024 * 1024;
        private Duration readTimeout = Duration.ofSeconds(10);
        private UnaryOperator<byte[]> verifier;

        private Builder() {
        }

        /**
         * Sets the TCP port; 0 picks any free port.
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
         * Sets the address to bind; loopback unless set, so that only this machine can connect.
         *
         * @param address the address
         */
        public Builder bindAddress(InetAddress address) {
            this.bindAddress = address;
            return this;
        }

        /**
         * Sets the largest configuration accepted, in bytes (1 MiB unless set).
         *
         * @param maxBytes the limit
         */
        public Builder maxBytes(int maxBytes) {
            if (maxBytes < 1) {
                throw new IllegalArgumentException("maxBytes must be positive, not " + maxBytes);
            }
            this.maxBytes = maxBytes;
            return this;
        }

        /**
         * Sets how long a client may take to send its whole configuration, from the moment it
         * connects (10 s unless set).
         *
         * @param readTimeout the time
         */
        public Builder readTimeout(Duration readTimeout) {
            this.readTimeout = readTimeout;
            return this;
        }

        /**
         * Sets a function that receives the bytes sent and returns the configuration to apply,
         * or {@code null} to refuse it, as CPython's {@code verify}.
         *
         * @param verifier the verifier
         */
        public Builder verifier(UnaryOperator<byte[]> verifier) {
            this.verifier = verifier;
            return this;
        }

        ConfigListener build() {
            return new ConfigListener(this);
        }
    }
}
