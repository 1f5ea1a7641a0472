package dev.pylogging.net;

import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.internal.PickleException;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The UDP variant of {@link LogRecordSocketReceiver}: takes the datagrams a
 * {@code DatagramHandler} (this library's or CPython's) sends, each a 4-byte length and a
 * pickled attribute dict, and hands the records to their loggers. It binds to loopback unless
 * told otherwise; a datagram whose length prefix disagrees with its size, or that is not a
 * data-only pickle of a dict, or whose record fails in any way, is dropped and counted with an
 * error logged on {@code dev.pylogging.net.receiver}; the next datagram is read as usual.
 */
public final class LogRecordDatagramReceiver implements AutoCloseable {

    /** The port CPython's {@code DatagramHandler} examples send to. */
    public static final int DEFAULT_UDP_LOGGING_PORT = 9021;

    private static final Logger LOG = Logging.getLogger("dev.pylogging.net.receiver");
    private static final int MAX_DATAGRAM = 65_535;

    private final InetAddress bindAddress;
    private final int requestedPort;
    private final String logname;
    private final AtomicLong dropped = new AtomicLong();
    private volatile DatagramSocket socket;
    private volatile boolean closed;
    private Thread reader;

    private LogRecordDatagramReceiver(InetAddress bindAddress, int port, String logname) {
        this.bindAddress = bindAddress;
        this.requestedPort = port;
        this.logname = logname;
    }

    /**
     * Creates a receiver on loopback.
     *
     * @param port the port, 0 for any free one
     */
    public static LogRecordDatagramReceiver onLoopback(int port) {
        return new LogRecordDatagramReceiver(InetAddress.getLoopbackAddress(), checkPort(port), null);
    }

    /**
     * Creates a receiver.
     *
     * @param bindAddress the address to bind
     * @param port the port, 0 for any free one
     * @param logname a logger that receives every record instead of the one it names, or {@code null}
     */
    public static LogRecordDatagramReceiver create(InetAddress bindAddress, int port, String logname) {
        return new LogRecordDatagramReceiver(bindAddress, checkPort(port), logname);
    }

    private static int checkPort(int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0 to 65535, not " + port);
        }
        return port;
    }

    /**
     * Binds and starts reading datagrams on a thread of its own.
     *
     * @throws IOException when the port cannot be bound
     */
    public synchronized void start() throws IOException {
        socket = new DatagramSocket(new InetSocketAddress(bindAddress, requestedPort));
        reader = new Thread(this::readLoop, "pylogging-datagram-receiver");
        reader.setDaemon(true);
        reader.start();
    }

    /** Returns the bound port, once started. */
    public int getPort() {
        return socket.getLocalPort();
    }

    /** Returns how many datagrams were dropped so far: malformed, refused, or failing as records. */
    public long getDroppedDatagrams() {
        return dropped.get();
    }

    private void readLoop() {
        byte[] buffer = new byte[MAX_DATAGRAM];
        DatagramPacket packet = new DatagramPacket(buffer, buffer.length);
        while (!closed) {
            try {
                packet.setLength(buffer.length);
                socket.receive(packet);
            } catch (IOException e) {
                if (!closed) {
                    LOG.error("Datagram receiver stopped: %s", e.getMessage());
                }
                return;
            }
            handle(packet);
        }
    }

    private void handle(DatagramPacket packet) {
        Object peer = packet.getSocketAddress();
        int size = packet.getLength();
        byte[] data = packet.getData();
        if (size < 4) {
            dropped.incrementAndGet();
            LOG.error("Dropped a datagram from %s: %d bytes is too short for a record", peer, size);
            return;
        }
        long declared = ((data[0] & 0xFFL) << 24) | ((data[1] & 0xFF) << 16) | ((data[2] & 0xFF) << 8) | (data[3] & 0xFF);
        if (declared != size - 4) {
            dropped.incrementAndGet();
            LOG.error("Dropped a datagram from %s: its length prefix says %d bytes, it carries %d",
                    peer, declared, size - 4);
            return;
        }
        try {
            RecordDispatch.dispatch(Arrays.copyOfRange(data, 4, size), logname);
        } catch (PickleException e) {
            dropped.incrementAndGet();
            LOG.error("Dropped a datagram from %s: %s", peer, e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // The reader is this receiver's only thread: whatever one datagram provokes must not end it.
            dropped.incrementAndGet();
            LOG.error("Dropped a datagram from %s: %s", peer, e.toString());
        }
    }

    /** Stops reading and releases the port, waiting (at most 5 s) for the reading thread. */
    @Override
    public void close() {
        closed = true;
        DatagramSocket s = socket;
        if (s != null) {
            s.close();
        }
        try {
            if (reader != null) {
                reader.join(5000);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
