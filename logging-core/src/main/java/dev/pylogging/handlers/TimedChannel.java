package dev.pylogging.handlers;

import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.StandardSocketOptions;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A stream connection (TCP or Unix domain) whose connect and whose every write have a deadline:
 * Java's blocking sockets can time out reads but not writes, so a peer that stops reading would
 * hold a logging call, and every thread waiting for the handler's lock, for good.
 */
final class TimedChannel implements AutoCloseable {

    private final SocketChannel channel;
    private final Selector selector;

    private TimedChannel(SocketChannel channel, Selector selector) {
        this.channel = channel;
        this.selector = selector;
    }

    /**
     * Connects to {@code target} within {@code timeout}.
     *
     * @throws SocketTimeoutException when the connection is not made in time
     * @throws IOException when it is refused or fails
     */
    static TimedChannel connect(SocketAddress target, Duration timeout) throws IOException {
        SocketChannel channel = target instanceof UnixDomainSocketAddress
                ? SocketChannel.open(StandardProtocolFamily.UNIX) : SocketChannel.open();
        Selector selector = null;
        try {
            if (!(target instanceof UnixDomainSocketAddress)) {
                channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
            }
            channel.configureBlocking(false);
            selector = Selector.open();
            if (!channel.connect(target)) {
                channel.register(selector, SelectionKey.OP_CONNECT);
                long deadline = System.nanoTime() + timeout.toNanos();
                while (!channel.finishConnect()) {
                    if (!await(selector, deadline)) {
                        throw new SocketTimeoutException("connecting to " + target + " took longer than "
                                + timeout.toMillis() + " ms");
                    }
                }
            }
            return new TimedChannel(channel, selector);
        } catch (IOException | RuntimeException e) {
            if (selector != null) {
                selector.close();
            }
            channel.close();
            throw e;
        }
    }

    /**
     * Writes all of {@code bytes} within {@code timeout}.
     *
     * @throws SocketTimeoutException when the peer does not take them in time; part of them may
     *     have been sent, so the connection must then be closed
     * @throws IOException when the connection fails
     */
    void write(byte[] bytes, Duration timeout) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        channel.write(buffer);
        if (!buffer.hasRemaining()) {
            return;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        SelectionKey key = channel.register(selector, SelectionKey.OP_WRITE);
        try {
            while (buffer.hasRemaining()) {
                if (!await(selector, deadline)) {
                    throw new SocketTimeoutException("the peer took no data for " + timeout.toMillis() + " ms");
                }
                channel.write(buffer);
            }
        } finally {
            key.interestOps(0);
        }
    }

    /** Waits until a registered operation is ready; false when the deadline passes first. */
    private static boolean await(Selector selector, long deadline) throws IOException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return false;
        }
        selector.select(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
        selector.selectedKeys().clear();
        return true;
    }

    @Override
    public void close() {
        try {
            selector.close();
        } catch (IOException ignored) {
            // The channel below is closed either way.
        }
        try {
            channel.close();
        } catch (IOException ignored) {
            // Already broken; nothing more to release.
        }
    }
}
