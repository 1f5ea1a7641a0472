package dev.pylogging.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * Reads a known number of bytes from a socket before a deadline, however slowly they trickle in:
 * each read waits only for the time left, so a peer sending one byte now and then cannot stretch
 * a per-read time-out into an unbounded one. Allocates in steps, so that a length prefix alone
 * never makes it allocate that size.
 */
public final class DeadlineReader {

    private DeadlineReader() {
    }

    /** Thrown when the bytes asked for do not all arrive before the deadline. */
    public static final class DeadlineExceededException extends IOException {
        private static final long serialVersionUID = 1L;

        DeadlineExceededException() {
            super("the deadline passed before all bytes arrived");
        }
    }

    /**
     * Reads exactly {@code length} bytes.
     *
     * @param socket the socket {@code in} reads from, whose time-out is set per read
     * @param in its input stream
     * @param length how many bytes to read
     * @param deadline a {@link System#nanoTime()} by which the last byte must have arrived
     * @throws DeadlineExceededException when the deadline passes first
     * @throws EOFException when the stream ends first
     * @throws IOException when the socket fails
     */
    public static byte[] readFully(Socket socket, InputStream in, int length, long deadline) throws IOException {
        byte[] buffer = new byte[Math.min(length, 64 * 1024)];
        int filled = 0;
        while (filled < length) {
            if (filled == buffer.length) {
                buffer = Arrays.copyOf(buffer, (int) Math.min(length, buffer.length * 2L));
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new DeadlineExceededException();
            }
            socket.setSoTimeout(timeoutMillis(left));
            int n;
            try {
                n = in.read(buffer, filled, buffer.length - filled);
            } catch (SocketTimeoutException e) {
                throw new DeadlineExceededException();
            }
            if (n < 0) {
                throw new EOFException();
            }
            filled += n;
        }
        return buffer;
    }

    /** Returns {@code nanos} as a socket time-out in milliseconds: at least 1, since 0 means forever. */
    public static int timeoutMillis(long nanos) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, TimeUnit.NANOSECONDS.toMillis(nanos)));
    }
}
