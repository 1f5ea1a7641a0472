package dev.pylogging.handlers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;

/**
 * Sends each record over UDP as CPython's {@code DatagramHandler} does: the same length-prefixed
 * pickle as {@link SocketHandler}, one datagram per record.
 */
public class DatagramHandler extends SocketHandler {

    private DatagramSocket socket;
    private InetSocketAddress address;

    /**
     * Creates the handler.
     *
     * @param host the receiver's host
     * @param port the receiver's port, such as 9021 ({@code DEFAULT_UDP_LOGGING_PORT})
     */
    public DatagramHandler(String host, int port) {
        super(host, port);
    }

    /**
     * Sends one datagram; failures are reported through {@code handleError}. Called with the
     * lock held.
     */
    @Override
    public void send(byte[] bytes) {
        try {
            if (socket == null) {
                socket = new DatagramSocket();
                address = new InetSocketAddress(getHost(), getPort());
            }
            socket.send(new DatagramPacket(bytes, bytes.length, address));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot send a log datagram to " + getHost() + ":" + getPort(), e);
        }
    }

    @Override
    public void close() {
        acquire();
        try {
            if (socket != null) {
                socket.close();
                socket = null;
            }
        } finally {
            release();
        }
        super.close();
    }
}
