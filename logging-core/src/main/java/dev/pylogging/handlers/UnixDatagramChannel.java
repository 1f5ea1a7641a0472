package dev.pylogging.handlers;

import com.sun.jna.LastErrorException;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Platform;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A connected Unix-domain datagram socket, such as {@code /dev/log}. The JDK has Unix-domain
 * stream sockets only, so this calls the C library through JNA, an optional dependency: it is
 * loaded only when a {@link SysLogHandler} is given a socket path.
 */
final class UnixDatagramChannel implements AutoCloseable {

    /** The few libc calls needed; {@code LastErrorException} carries errno. */
    private interface LibC extends Library {
        int socket(int domain, int type, int protocol) throws LastErrorException;

        int connect(int fd, byte[] address, int length) throws LastErrorException;

        long send(int fd, byte[] buffer, long length, int flags) throws LastErrorException;

        int close(int fd) throws LastErrorException;
    }

    private static final int AF_UNIX = 1;
    private static final int SOCK_DGRAM = 2;
    private static final LibC LIBC = Native.load(Platform.C_LIBRARY_NAME, LibC.class);

    private final Path path;
    private int fd;

    private UnixDatagramChannel(Path path, int fd) {
        this.path = path;
        this.fd = fd;
    }

    /**
     * Opens a datagram socket connected to {@code path}.
     *
     * @throws IOException when the socket cannot be created or connected
     */
    static UnixDatagramChannel connect(Path path) throws IOException {
        if (Platform.isWindows()) {
            throw new IOException("Unix-domain datagram sockets are not available on Windows");
        }
        byte[] address = socketAddress(path);
        int fd;
        try {
            fd = LIBC.socket(AF_UNIX, SOCK_DGRAM, 0);
        } catch (LastErrorException e) {
            throw new IOException("cannot create a Unix datagram socket: errno " + e.getErrorCode(), e);
        }
        try {
            LIBC.connect(fd, address, address.length);
        } catch (LastErrorException e) {
            closeQuietly(fd);
            throw new IOException("cannot connect a datagram socket to " + path + ": errno " + e.getErrorCode(), e);
        }
        return new UnixDatagramChannel(path, fd);
    }

    /** Builds {@code struct sockaddr_un}: Linux's {@code sa_family_t} is a short, BSD's a length and a byte. */
    private static byte[] socketAddress(Path path) throws IOException {
        byte[] name = path.toString().getBytes(StandardCharsets.UTF_8);
        boolean bsd = Platform.isMac() || Platform.isFreeBSD() || Platform.isOpenBSD() || Platform.isNetBSD();
        int capacity = bsd ? 104 : 108;
        if (name.length >= capacity) {
            throw new IOException("Unix socket path is longer than " + (capacity - 1) + " bytes: " + path);
        }
        byte[] address = new byte[2 + capacity];
        if (bsd) {
            address[0] = (byte) address.length;
            address[1] = AF_UNIX;
        } else if (java.nio.ByteOrder.nativeOrder() == java.nio.ByteOrder.LITTLE_ENDIAN) {
            address[0] = AF_UNIX;
        } else {
            address[1] = AF_UNIX;
        }
        System.arraycopy(name, 0, address, 2, name.length);
        return address;
    }

    /**
     * Sends {@code message} as one datagram.
     *
     * @throws IOException when the kernel refuses it (receiver gone, message too long)
     */
    void send(byte[] message) throws IOException {
        try {
            LIBC.send(fd, message, message.length, 0);
        } catch (LastErrorException e) {
            throw new IOException("cannot send to " + path + ": errno " + e.getErrorCode(), e);
        }
    }

    @Override
    public void close() {
        if (fd >= 0) {
            closeQuietly(fd);
            fd = -1;
        }
    }

    private static void closeQuietly(int fd) {
        try {
            LIBC.close(fd);
        } catch (LastErrorException ignored) {
            // Nothing useful to do when close fails; the descriptor is gone either way.
        }
    }
}
