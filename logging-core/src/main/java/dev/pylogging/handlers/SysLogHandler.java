package dev.pylogging.handlers;

import dev.pylogging.Handler;
import dev.pylogging.LogRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.UnixDomainSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Sends each record to a syslog daemon as CPython's {@code SysLogHandler} does: the bytes
 * {@code <PRI>} + ident + formatted message + NUL, over UDP (by default to
 * {@code localhost:514}), TCP, or a Unix socket such as {@code /dev/log}. A Unix socket is tried
 * as a datagram socket first and then as a stream socket, unless a {@link SocketType} is given.
 * The socket is opened at the first record, so a daemon that is down does not stop configuration;
 * failures go to {@link #handleError} and the next record tries again.
 */
public class SysLogHandler extends Handler {

    /** The syslog port, 514 ({@code SYSLOG_UDP_PORT}). */
    public static final int SYSLOG_UDP_PORT = 514;
    /** The syslog port over TCP, 514 ({@code SYSLOG_TCP_PORT}). */
    public static final int SYSLOG_TCP_PORT = 514;

    /** Priority: system is unusable. */
    public static final int LOG_EMERG = 0;
    /** Priority: action must be taken immediately. */
    public static final int LOG_ALERT = 1;
    /** Priority: critical conditions. */
    public static final int LOG_CRIT = 2;
    /** Priority: error conditions. */
    public static final int LOG_ERR = 3;
    /** Priority: warning conditions. */
    public static final int LOG_WARNING = 4;
    /** Priority: normal but significant condition. */
    public static final int LOG_NOTICE = 5;
    /** Priority: informational. */
    public static final int LOG_INFO = 6;
    /** Priority: debug-level messages. */
    public static final int LOG_DEBUG = 7;

    /** Facility: kernel messages. */
    public static final int LOG_KERN = 0;
    /** Facility: random user-level messages. */
    public static final int LOG_USER = 1;
    /** Facility: mail system. */
    public static final int LOG_MAIL = 2;
    /** Facility: system daemons. */
    public static final int LOG_DAEMON = 3;
    /** Facility: security/authorization messages. */
    public static final int LOG_AUTH = 4;
    /** Facility: messages generated internally by syslogd. */
    public static final int LOG_SYSLOG = 5;
    /** Facility: line printer subsystem. */
    public static final int LOG_LPR = 6;
    /** Facility: network news subsystem. */
    public static final int LOG_NEWS = 7;
    /** Facility: UUCP subsystem. */
    public static final int LOG_UUCP = 8;
    /** Facility: clock daemon. */
    public static final int LOG_CRON = 9;
    /** Facility: security/authorization messages (private). */
    public static final int LOG_AUTHPRIV = 10;
    /** Facility: FTP daemon. */
    public static final int LOG_FTP = 11;
    /** Facility: NTP subsystem. */
    public static final int LOG_NTP = 12;
    /** Facility: log audit. */
    public static final int LOG_SECURITY = 13;
    /** Facility: log alert. */
    public static final int LOG_CONSOLE = 14;
    /** Facility: scheduling daemon (Solaris). */
    public static final int LOG_SOLCRON = 15;
    /** Facility: reserved for local use. */
    public static final int LOG_LOCAL0 = 16;
    /** Facility: reserved for local use. */
    public static final int LOG_LOCAL1 = 17;
    /** Facility: reserved for local use. */
    public static final int LOG_LOCAL2 = 18;
    /** Facility: reserved for local use. */
    public static final int LOG_LOCAL3 = 19;
    /** Facility: reserved for local use. */
    public static final int LOG_LOCAL4 = 20;
    /** Facility: reserved for local use. */
    public static final int LOG_LOCAL5 = 21;
    /** Facility: reserved for local use. */
    public static final int LOG_LOCAL6 = 22;
    /** Facility: reserved for local use. */
    public static final int LOG_LOCAL7 = 23;

    /** The priority names {@link #encodePriority(String, String)} accepts, as CPython's {@code priority_names}. */
    public static final Map<String, Integer> PRIORITY_NAMES = names(
            "alert", LOG_ALERT, "crit", LOG_CRIT, "critical", LOG_CRIT, "debug", LOG_DEBUG, "emerg", LOG_EMERG,
            "err", LOG_ERR, "error", LOG_ERR, "info", LOG_INFO, "notice", LOG_NOTICE, "panic", LOG_EMERG,
            "warn", LOG_WARNING, "warning", LOG_WARNING);

    /** The facility names {@link #encodePriority(String, String)} accepts, as CPython's {@code facility_names}. */
    public static final Map<String, Integer> FACILITY_NAMES = names(
            "auth", LOG_AUTH, "authpriv", LOG_AUTHPRIV, "console", LOG_CONSOLE, "cron", LOG_CRON,
            "daemon", LOG_DAEMON, "ftp", LOG_FTP, "kern", LOG_KERN, "lpr", LOG_LPR, "mail", LOG_MAIL,
            "news", LOG_NEWS, "ntp", LOG_NTP, "security", LOG_SECURITY, "solaris-cron", LOG_SOLCRON,
            "syslog", LOG_SYSLOG, "user", LOG_USER, "uucp", LOG_UUCP, "local0", LOG_LOCAL0, "local1", LOG_LOCAL1,
            "local2", LOG_LOCAL2, "local3", LOG_LOCAL3, "local4", LOG_LOCAL4, "local5", LOG_LOCAL5,
            "local6", LOG_LOCAL6, "local7", LOG_LOCAL7);

    private static final Map<String, String> PRIORITY_MAP = Map.of(
            "DEBUG", "debug", "INFO", "info", "WARNING", "warning", "ERROR", "error", "CRITICAL", "critical");

    /** How to reach the daemon, as CPython's {@code socktype}. */
    public enum SocketType {
        /** UDP, or a Unix datagram socket. */
        DATAGRAM,
        /** TCP, or a Unix stream socket. */
        STREAM
    }

    private final String address;
    private final Path unixSocket;
    private final InetSocketAddress inetAddress;
    private final int facility;
    private final SocketType requestedType;
    private volatile String ident = "";
    private volatile boolean appendNul = true;
    private volatile Duration timeout = Duration.ofSeconds(5);
    private Transport transport;

    /** Creates a handler sending to {@code localhost:514} over UDP with facility {@code LOG_USER}. */
    public SysLogHandler() {
        this("localhost:" + SYSLOG_UDP_PORT, LOG_USER, null);
    }

    /**
     * Creates a handler with facility {@code LOG_USER}.
     *
     * @param address {@code host}, {@code host:port}, {@code [ipv6]:port}, or a Unix socket path
     *     (anything containing a {@code /}, such as {@code /dev/log})
     */
    public SysLogHandler(String address) {
        this(address, LOG_USER, null);
    }

    /**
     * Creates a handler.
     *
     * @param address {@code host}, {@code host:port}, {@code [ipv6]:port}, or a Unix socket path
     * @param facility a facility code such as {@link #LOG_LOCAL0}
     */
    public SysLogHandler(String address, int facility) {
        this(address, facility, null);
    }

    /**
     * Creates a handler with a facility given by name, such as {@code local0}.
     *
     * @param address {@code host}, {@code host:port}, {@code [ipv6]:port}, or a Unix socket path
     * @param facility a name of {@link #FACILITY_NAMES}
     * @throws IllegalArgumentException naming the facility when it is unknown
     */
    public SysLogHandler(String address, String facility) {
        this(address, facilityCode(facility), null);
    }

    /**
     * Creates a handler.
     *
     * @param address {@code host}, {@code host:port}, {@code [ipv6]:port}, or a Unix socket path
     * @param facility a facility code such as {@link #LOG_LOCAL0}
     * @param socketType the socket type, or {@code null}: UDP for a host, datagram then stream for
     *     a Unix socket
     * @throws IllegalArgumentException naming the address or facility when it is malformed
     */
    public SysLogHandler(String address, int facility, SocketType socketType) {
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("SysLogHandler needs an address, not '" + address + "'");
        }
        if (facility < 0 || facility > LOG_LOCAL7) {
            throw new IllegalArgumentException("syslog facility must be 0 to 23, not " + facility);
        }
        this.address = address.strip();
        this.facility = facility;
        this.requestedType = socketType;
        if (isUnixPath(this.address)) {
            this.unixSocket = Path.of(this.address);
            this.inetAddress = null;
        } else {
            this.unixSocket = null;
            HostPort hostPort = HostPort.parse(this.address, SYSLOG_UDP_PORT, "syslog address");
            this.inetAddress = InetSocketAddress.createUnresolved(hostPort.host(), hostPort.port());
        }
    }

    private static boolean isUnixPath(String address) {
        return address.indexOf('/') >= 0 || address.indexOf('\\') >= 0;
    }

    private static int facilityCode(String name) {
        Integer code = name == null ? null : FACILITY_NAMES.get(name.toLowerCase(Locale.ROOT));
        if (code == null) {
            throw new IllegalArgumentException("unknown syslog facility '" + name + "'; expected one of "
                    + FACILITY_NAMES.keySet());
        }
        return code;
    }

    private static Map<String, Integer> names(Object... pairs) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Integer) pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }

    /**
     * Encodes a facility and a priority into the number between the angle brackets.
     *
     * @param facility a facility code
     * @param priority a priority code
     * @return {@code facility << 3 | priority}
     */
    public int encodePriority(int facility, int priority) {
        return facility << 3 | priority;
    }

    /**
     * Encodes a facility and a priority given by name, as {@link #FACILITY_NAMES} and
     * {@link #PRIORITY_NAMES} spell them.
     *
     * @param facility a facility name such as {@code local0}
     * @param priority a priority name such as {@code warning}
     * @throws IllegalArgumentException naming the name that is unknown
     */
    public int encodePriority(String facility, String priority) {
        return encodePriority(facilityCode(facility), priorityCode(priority));
    }

    private static int priorityCode(String name) {
        Integer code = name == null ? null : PRIORITY_NAMES.get(name.toLowerCase(Locale.ROOT));
        if (code == null) {
            throw new IllegalArgumentException("unknown syslog priority '" + name + "'; expected one of "
                    + PRIORITY_NAMES.keySet());
        }
        return code;
    }

    /**
     * Maps a level name to a syslog priority name: DEBUG, INFO, WARNING, ERROR and CRITICAL to
     * their lower-case selves, anything else to {@code warning}. Override for custom levels.
     *
     * @param levelName the record's level name
     * @return a name of {@link #PRIORITY_NAMES}
     */
    public String mapPriority(String levelName) {
        return PRIORITY_MAP.getOrDefault(levelName, "warning");
    }

    /**
     * Sets a prefix put before every message, such as {@code "myapp: "} (empty unless set).
     *
     * @param ident the prefix; {@code null} for none
     */
    public void setIdent(String ident) {
        this.ident = ident == null ? "" : ident;
    }

    /**
     * Sets whether a NUL byte ends each message (true unless set, as CPython; some daemons show
     * it as {@code #000}).
     *
     * @param appendNul whether to append the NUL
     */
    public void setAppendNul(boolean appendNul) {
        this.appendNul = appendNul;
    }

    /**
     * Sets how long connecting to a stream (TCP or Unix) daemon, and sending one record to it,
     * may take (5 s unless set): a daemon that stops reading costs a record, not a frozen thread.
     *
     * @param timeout the time-out
     */
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    /** Returns the facility code this handler sends. */
    public int getFacility() {
        return facility;
    }

    /** Returns the address as given: {@code host:port} or a socket path. */
    public String getAddress() {
        return address;
    }

    /** Returns the bytes this handler sends for {@code record}. */
    byte[] encode(LogRecord record) {
        String message = format(record);
        // An overridden mapPriority that answers a name syslog lacks is reported by name, not as an NPE.
        int priority = encodePriority(facility, priorityCode(mapPriority(record.getLevelname())));
        StringBuilder out = new StringBuilder(message.length() + ident.length() + 8);
        out.append('<').append(priority).append('>').append(ident).append(message);
        if (appendNul) {
            out.append('\0');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Sends the record; exception text is not sent, as in CPython. Called with the lock held. */
    @Override
    public void emit(LogRecord record) {
        byte[] bytes;
        try {
            bytes = encode(record);
        } catch (RuntimeException e) {
            handleError(record, e);
            return;
        }
        try {
            if (transport == null) {
                transport = connect();
            }
            transport.send(bytes);
        } catch (IOException first) {
            closeTransport();
            if (unixSocket == null) {
                handleError(record, new UncheckedIOException(first));
                return;
            }
            // A restarted daemon makes a new socket file: reconnect once, as CPython does.
            try {
                transport = connect();
                transport.send(bytes);
            } catch (IOException second) {
                closeTransport();
                handleError(record, new UncheckedIOException(second));
            }
        }
    }

    private Transport connect() throws IOException {
        if (unixSocket == null) {
            InetSocketAddress resolved = new InetSocketAddress(inetAddress.getHostString(), inetAddress.getPort());
            if (resolved.isUnresolved()) {
                throw new IOException("cannot resolve syslog host '" + inetAddress.getHostString() + "'");
            }
            return requestedType == SocketType.STREAM ? new StreamTransport(resolved, timeout) : new UdpTransport(resolved);
        }
        if (requestedType == SocketType.STREAM) {
            return new StreamTransport(UnixDomainSocketAddress.of(unixSocket), timeout);
        }
        IOException datagramFailure;
        try {
            return new UnixDatagramTransport(UnixDatagramChannel.connect(unixSocket));
        } catch (IOException e) {
            datagramFailure = e;
        } catch (LinkageError e) {
            datagramFailure = new IOException("Unix datagram sockets need JNA (net.java.dev.jna:jna) on the class path", e);
        }
        if (requestedType == SocketType.DATAGRAM) {
            throw datagramFailure;
        }
        try {
            return new StreamTransport(UnixDomainSocketAddress.of(unixSocket), timeout);
        } catch (IOException streamFailure) {
            streamFailure.addSuppressed(datagramFailure);
            throw streamFailure;
        }
    }

    private void closeTransport() {
        if (transport != null) {
            transport.close();
            transport = null;
        }
    }

    @Override
    public void close() {
        acquire();
        try {
            closeTransport();
        } finally {
            release();
        }
        super.close();
    }

    /** One way of delivering the bytes of a record. */
    private interface Transport {
        void send(byte[] bytes) throws IOException;

        void close();
    }

    private static final class UdpTransport implements Transport {
        private final DatagramSocket socket;
        private final InetSocketAddress target;

        UdpTransport(InetSocketAddress target) throws IOException {
            this.socket = new DatagramSocket();
            this.target = target;
        }

        @Override
        public void send(byte[] bytes) throws IOException {
            socket.send(new DatagramPacket(bytes, bytes.length, target));
        }

        @Override
        public void close() {
            socket.close();
        }
    }

    /** TCP or a Unix stream socket, each write bounded by the handler's time-out. */
    private static final class StreamTransport implements Transport {
        private final TimedChannel channel;
        private final Duration timeout;

        StreamTransport(SocketAddress target, Duration timeout) throws IOException {
            try {
                this.channel = TimedChannel.connect(target, timeout);
            } catch (IOException e) {
                throw new IOException("cannot connect a stream socket to " + target + ": " + e.getMessage(), e);
            }
            this.timeout = timeout;
        }

        @Override
        public void send(byte[] bytes) throws IOException {
            channel.write(bytes, timeout);
        }

        @Override
        public void close() {
            channel.close();
        }
    }

    private static final class UnixDatagramTransport implements Transport {
        private final UnixDatagramChannel channel;

        UnixDatagramTransport(UnixDatagramChannel channel) {
            this.channel = channel;
        }

        @Override
        public void send(byte[] bytes) throws IOException {
            channel.send(bytes);
        }

        @Override
        public void close() {
            channel.close();
        }
    }
}
