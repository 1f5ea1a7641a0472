package dev.pylogging.spring.autoconfigure;

import dev.pylogging.FileHandler;
import dev.pylogging.Handler;
import dev.pylogging.StreamHandler;
import dev.pylogging.config.LoggingConfig;
import dev.pylogging.handlers.BaseRotatingHandler;
import dev.pylogging.handlers.DatagramHandler;
import dev.pylogging.handlers.HTTPHandler;
import dev.pylogging.handlers.MemoryHandler;
import dev.pylogging.handlers.NTEventLogHandler;
import dev.pylogging.handlers.RotatingFileHandler;
import dev.pylogging.handlers.SMTPHandler;
import dev.pylogging.handlers.SocketHandler;
import dev.pylogging.handlers.SysLogHandler;
import dev.pylogging.handlers.TimedRotatingFileHandler;
import dev.pylogging.handlers.WatchedFileHandler;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.util.unit.DataSize;

/**
 * Builds one handler from its {@link HandlerProperties}: the typed keys of Python's handler
 * classes, or {@code args} as {@code fileConfig} reads them. Every refusal names the property.
 */
final class HandlerFactory {

    private static final Set<String> COMMON = Set.of("class", "enabled", "level", "formatter", "filters");
    private static final Set<String> FILE = Set.of("filename", "mode", "encoding", "delay", "buffered", "buffer-size");

    /** The names {@code class} takes for the handlers of the Python logging documentation. */
    private static final List<String> KNOWN_CLASS_NAMES = List.of("StreamHandler", "FileHandler",
            "handlers.WatchedFileHandler", "handlers.RotatingFileHandler", "handlers.TimedRotatingFileHandler",
            "handlers.SocketHandler", "handlers.DatagramHandler", "handlers.SysLogHandler", "handlers.SMTPHandler",
            "handlers.MemoryHandler", "handlers.HTTPHandler", "handlers.NTEventLogHandler", "handlers.BufferingHandler",
            "handlers.SizeAndTimeRotatingFileHandler", "handlers.QueueHandler");

    /** The typed keys each of Python's handler classes takes, beyond {@link #COMMON}. */
    private static final Map<Class<? extends Handler>, Set<String>> KEYS = Map.ofEntries(
            Map.entry(StreamHandler.class, Set.of("stream", "buffered", "buffer-size")),
            Map.entry(FileHandler.class, FILE),
            Map.entry(WatchedFileHandler.class, FILE),
            Map.entry(RotatingFileHandler.class, union(FILE, "max-bytes", "backup-count", "gzip")),
            Map.entry(TimedRotatingFileHandler.class, Set.of("filename", "encoding", "delay", "buffered", "buffer-size",
                    "when", "interval", "backup-count", "utc", "gzip")),
            Map.entry(dev.pylogging.handlers.SizeAndTimeRotatingFileHandler.class, Set.of("filename", "buffered",
                    "buffer-size", "when", "interval", "max-bytes", "backup-count", "total-size-cap", "utc")),
            Map.entry(SocketHandler.class, Set.of("host", "port")),
            Map.entry(DatagramHandler.class, Set.of("host", "port")),
            Map.entry(SysLogHandler.class, Set.of("address", "facility", "socket-type", "ident", "timeout")),
            Map.entry(SMTPHandler.class, Set.of("mailhost", "fromaddr", "toaddrs", "subject", "username", "password",
                    "start-tls", "timeout")),
            Map.entry(MemoryHandler.class, Set.of("capacity", "flush-level", "target")),
            Map.entry(dev.pylogging.handlers.QueueHandler.class, Set.of("capacity", "when-full", "handlers",
                    "respect-handler-level")),
            Map.entry(HTTPHandler.class, Set.of("host", "url", "method", "secure", "username", "password", "timeout")),
            Map.entry(NTEventLogHandler.class, Set.of("appname", "dllname", "logtype")));

    private final String path;
    private final HandlerProperties p;

    private HandlerFactory(String name, HandlerProperties properties) {
        this.path = "pylogging.handlers." + name;
        this.p = properties;
    }

    /**
     * Builds the handler named {@code name}; its level, formatter, filters and target are left to
     * the caller.
     *
     * @throws InvalidPyLoggingPropertyException naming the property that is wrong
     */
    static Handler create(String name, HandlerProperties properties) {
        return new HandlerFactory(name, properties).create();
    }

    private static Set<String> union(Set<String> base, String... more) {
        java.util.HashSet<String> all = new java.util.HashSet<>(base);
        all.addAll(List.of(more));
        return Set.copyOf(all);
    }

    private InvalidPyLoggingPropertyException invalid(String key, Object value, String reason, String action,
                                                      Throwable cause) {
        return new InvalidPyLoggingPropertyException(path + (key == null ? "" : "." + key), value, reason, action,
                cause);
    }

    private Handler create() {
        String className = p.getClassName();
        if (className == null || className.isBlank()) {
            throw invalid("class", className, "a handler needs a class",
                    "Set " + path + ".class to StreamHandler, FileHandler, handlers.RotatingFileHandler, another "
                            + "handler of Python's logging, or the full name of a Java Handler class.", null);
        }
        Class<? extends Handler> type;
        try {
            type = LoggingConfig.resolveClass(className, Handler.class);
        } catch (IllegalArgumentException e) {
            throw invalid("class", className, e.getMessage(),
                    "Use StreamHandler, FileHandler, handlers.<Name> (such as handlers.RotatingFileHandler) or the "
                            + "full name of a public Java class that extends dev.pylogging.Handler."
                            + Suggestions.didYouMean(className, KNOWN_CLASS_NAMES), e);
        }
        Map<String, Object> set = typedKeysSet();
        if (p.getArgs() != null) {
            set.keySet().removeAll(COMMON);
            set.remove("args");
            if (!set.isEmpty()) {
                throw invalid(set.keySet().iterator().next(), set.values().iterator().next(),
                        "args and typed keys cannot be mixed", "Give either " + path + ".args or the typed keys.",
                        null);
            }
            try {
                return LoggingConfig.newHandler(className, p.getArgs());
            } catch (RuntimeException e) {
                throw invalid("args", p.getArgs(), e.getMessage(),
                        "Write args as a Python tuple that fits a constructor of " + type.getSimpleName()
                                + ", such as ('app.log', 'a').", e);
            }
        }
        Set<String> allowed = KEYS.get(type);
        set.keySet().removeAll(COMMON);
        for (String key : set.keySet()) {
            if (allowed == null || !allowed.contains(key)) {
                throw invalid(key, set.get(key), type.getSimpleName() + " does not take " + key,
                        allowed == null ? "Remove it, or give the constructor's arguments as " + path + ".args."
                                : "Remove it; " + type.getSimpleName() + " takes " + new java.util.TreeSet<>(allowed)
                                        + ".", null);
            }
        }
        try {
            return build(type);
        } catch (InvalidPyLoggingPropertyException e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw invalid("filename", p.getFilename(), e.getMessage(),
                    "Make sure the file's directory can be created and written by this process, or choose another "
                            + "filename.", e);
        } catch (RuntimeException e) {
            throw invalid(null, className, type.getSimpleName() + " refused its settings: " + e.getMessage(),
                    "Correct the settings under " + path + ".", e);
        }
    }

    private Handler build(Class<? extends Handler> type) {
        Handler handler;
        if (type == StreamHandler.class) {
            handler = new StreamHandler(stream());
        } else if (type == FileHandler.class) {
            handler = new FileHandler(required("filename", p.getFilename()), mode(), p.getEncoding(), flag(p.getDelay()));
        } else if (type == WatchedFileHandler.class) {
            handler = new WatchedFileHandler(required("filename", p.getFilename()), mode(), p.getEncoding(),
                    flag(p.getDelay()));
        } else if (type == RotatingFileHandler.class) {
            handler = new RotatingFileHandler(required("filename", p.getFilename()), mode(),
                    p.getMaxBytes() == null ? 0 : p.getMaxBytes().toBytes(), p.getBackupCount() == null ? 0 : p.getBackupCount(),
                    p.getEncoding(), flag(p.getDelay()));
        } else if (type == TimedRotatingFileHandler.class) {
            handler = new TimedRotatingFileHandler(required("filename", p.getFilename()),
                    p.getWhen() == null ? "h" : p.getWhen(), p.getInterval() == null ? 1 : p.getInterval(),
                    p.getBackupCount() == null ? 0 : p.getBackupCount(), p.getEncoding(), flag(p.getDelay()),
                    flag(p.getUtc()));
        } else if (type == dev.pylogging.handlers.SizeAndTimeRotatingFileHandler.class) {
            handler = new dev.pylogging.handlers.SizeAndTimeRotatingFileHandler(required("filename", p.getFilename()),
                    p.getWhen() == null ? "midnight" : p.getWhen(), p.getInterval() == null ? 1 : p.getInterval(),
                    p.getMaxBytes() == null ? 0 : p.getMaxBytes().toBytes(),
                    p.getBackupCount() == null ? 0 : p.getBackupCount(),
                    p.getTotalSizeCap() == null ? 0 : p.getTotalSizeCap().toBytes(), flag(p.getUtc()));
        } else if (type == SocketHandler.class || type == DatagramHandler.class) {
            String host = required("host", p.getHost());
            int port = port("port", p.getPort());
            handler = type == SocketHandler.class ? new SocketHandler(host, port) : new DatagramHandler(host, port);
        } else if (type == SysLogHandler.class) {
            handler = sysLog();
        } else if (type == SMTPHandler.class) {
            handler = smtp();
        } else if (type == dev.pylogging.handlers.QueueHandler.class) {
            if (p.getHandlers().isEmpty()) {
                throw invalid("handlers", p.getHandlers(), "a QueueHandler needs the handlers its listener feeds",
                        "Set " + path + ".handlers, such as [file].", null);
            }
            handler = new dev.pylogging.handlers.QueueHandler(p.getCapacity() == null ? 10_000 : p.getCapacity(),
                    p.getWhenFull() == null ? "block" : p.getWhenFull());
        } else if (type == MemoryHandler.class) {
            Integer capacity = p.getCapacity();
            if (capacity == null || capacity < 1) {
                throw invalid("capacity", capacity, "a MemoryHandler needs a capacity of 1 or more",
                        "Set " + path + ".capacity, such as 100.", null);
            }
            handler = new MemoryHandler(capacity, p.getFlushLevel() == null ? dev.pylogging.Level.ERROR
                    : level("flush-level", p.getFlushLevel()));
        } else if (type == HTTPHandler.class) {
            handler = new HTTPHandler(required("host", p.getHost()), p.getUrl() == null ? "/" : p.getUrl(),
                    p.getMethod() == null ? "GET" : p.getMethod(), flag(p.getSecure()), p.getUsername(), p.getPassword());
            if (p.getTimeout() != null) {
                ((HTTPHandler) handler).setTimeout(p.getTimeout());
            }
        } else if (type == NTEventLogHandler.class) {
            handler = new NTEventLogHandler(required("appname", p.getAppname()), p.getDllname(), p.getLogtype());
        } else {
            handler = LoggingConfig.newHandler(type.getName(), "()");
        }
        if (p.isSet("buffered") && handler instanceof StreamHandler stream) {
            stream.setImmediateFlush(!p.getBuffered());
        }
        if (p.isSet("buffer-size") && handler instanceof StreamHandler stream) {
            stream.setBufferSize(bufferSize(p.getBufferSize()));
        }
        if (p.isSet("gzip") && handler instanceof BaseRotatingHandler rotating) {
            rotating.setGzip(p.getGzip());
        }
        return handler;
    }

    private java.io.OutputStream stream() {
        return stream(path + ".stream", p.getStream());
    }

    private String mode() {
        return mode(path + ".mode", p.getMode());
    }

    /**
     * Returns the stream a {@code stream} property names: stdout, or stderr (the default).
     *
     * @throws InvalidPyLoggingPropertyException naming {@code property} for any other value
     */
    static java.io.OutputStream stream(String property, String value) {
        String stream = value == null ? "stderr" : value.strip().toLowerCase(Locale.ROOT);
        return switch (stream) {
            case "stdout", "sys.stdout", "ext://sys.stdout" -> System.out;
            case "stderr", "sys.stderr", "ext://sys.stderr" -> System.err;
            default -> throw new InvalidPyLoggingPropertyException(property, value, "unknown stream",
                    "Use stdout or stderr.", null);
        };
    }

    /**
     * Returns the file mode a property names: a (append, the default) or w (truncate).
     *
     * @throws InvalidPyLoggingPropertyException naming {@code property} for any other value
     */
    static String mode(String property, String value) {
        if (value == null) {
            return "a";
        }
        if (!value.equals("a") && !value.equals("w")) {
            throw new InvalidPyLoggingPropertyException(property, value, "the mode must be a (append) or w (truncate)",
                    "Use a or w.", null);
        }
        return value;
    }

    private SysLogHandler sysLog() {
        String address = p.getAddress() == null ? "localhost:" + SysLogHandler.SYSLOG_UDP_PORT : p.getAddress();
        int facility = SysLogHandler.LOG_USER;
        if (p.getFacility() != null) {
            Integer code = SysLogHandler.FACILITY_NAMES.get(p.getFacility().toLowerCase(Locale.ROOT));
            if (code == null) {
                throw invalid("facility", p.getFacility(), "unknown syslog facility",
                        "Use one of " + SysLogHandler.FACILITY_NAMES.keySet() + ".", null);
            }
            facility = code;
        }
        SysLogHandler.SocketType socketType = null;
        if (p.getSocketType() != null) {
            try {
                socketType = SysLogHandler.SocketType.valueOf(p.getSocketType().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw invalid("socket-type", p.getSocketType(), "unknown socket type", "Use datagram or stream.", e);
            }
        }
        SysLogHandler handler;
        try {
            handler = new SysLogHandler(address, facility, socketType);
        } catch (IllegalArgumentException e) {
            throw invalid("address", address, e.getMessage(), "Use host, host:port, [ipv6]:port or a socket path.", e);
        }
        if (p.getIdent() != null) {
            handler.setIdent(p.getIdent());
        }
        if (p.getTimeout() != null) {
            handler.setTimeout(p.getTimeout());
        }
        return handler;
    }

    private SMTPHandler smtp() {
        SMTPHandler.Builder builder;
        try {
            builder = SMTPHandler.builder(required("mailhost", p.getMailhost()), required("fromaddr", p.getFromaddr()),
                    p.getToaddrs()).subject(p.getSubject());
        } catch (IllegalArgumentException e) {
            throw invalid("toaddrs", p.getToaddrs(), e.getMessage(), "List the recipients under " + path + ".toaddrs.",
                    e);
        }
        if (p.getUsername() != null) {
            builder.credentials(p.getUsername(), p.getPassword());
        }
        if (p.getStartTls() != null) {
            builder.startTls(p.getStartTls());
        }
        if (p.getTimeout() != null) {
            builder.timeout(p.getTimeout());
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw invalid("mailhost", p.getMailhost(), e.getMessage(), "Check the mail host and the addresses.", e);
        }
    }

    private String required(String key, String value) {
        if (value == null || value.isBlank()) {
            throw invalid(key, value, "this handler needs " + key, "Set " + path + "." + key + ".", null);
        }
        return value;
    }

    private int bufferSize(DataSize size) {
        long bytes = size.toBytes();
        if (bytes < 1 || bytes > Integer.MAX_VALUE) {
            throw invalid("buffer-size", size, "a buffer holds 1 byte to 2GB",
                    "Set " + path + ".buffer-size to a size such as 64KB.", null);
        }
        return (int) bytes;
    }

    private int port(String key, Integer port) {
        if (port == null || port < 1 || port > 65535) {
            throw invalid(key, port, "a port is 1 to 65535", "Set " + path + "." + key + " to the peer's port.", null);
        }
        return port;
    }

    private int level(String key, String value) {
        return Levels.parse(path + "." + key, value);
    }

    private static boolean flag(Boolean value) {
        return value != null && value;
    }

    /** The keys that were given a value, by their kebab-case names, with their values. */
    private Map<String, Object> typedKeysSet() {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("args", p.getArgs());
        all.put("stream", p.getStream());
        all.put("filename", p.getFilename());
        all.put("mode", p.getMode());
        all.put("encoding", p.getEncoding());
        all.put("delay", p.getDelay());
        all.put("buffered", p.getBuffered());
        all.put("buffer-size", p.getBufferSize());
        all.put("max-bytes", p.getMaxBytes() == null ? null : p.getMaxBytes().toBytes());
        all.put("total-size-cap", p.getTotalSizeCap() == null ? null : p.getTotalSizeCap().toBytes());
        all.put("backup-count", p.getBackupCount());
        all.put("when", p.getWhen());
        all.put("interval", p.getInterval());
        all.put("utc", p.getUtc());
        all.put("gzip", p.getGzip());
        all.put("host", p.getHost());
        all.put("port", p.getPort());
        all.put("address", p.getAddress());
        all.put("facility", p.getFacility());
        all.put("socket-type", p.getSocketType());
        all.put("ident", p.getIdent());
        all.put("mailhost", p.getMailhost());
        all.put("fromaddr", p.getFromaddr());
        all.put("toaddrs", p.getToaddrs().isEmpty() ? null : p.getToaddrs());
        all.put("subject", p.getSubject());
        all.put("username", p.getUsername());
        all.put("password", p.getPassword());
        all.put("start-tls", p.getStartTls());
        all.put("timeout", p.getTimeout());
        all.put("capacity", p.getCapacity());
        all.put("handlers", p.getHandlers().isEmpty() ? null : p.getHandlers());
        all.put("respect-handler-level", p.getRespectHandlerLevel());
        all.put("when-full", p.getWhenFull());
        all.put("flush-level", p.getFlushLevel());
        all.put("target", p.getTarget());
        all.put("url", p.getUrl());
        all.put("method", p.getMethod());
        all.put("secure", p.getSecure());
        all.put("appname", p.getAppname());
        all.put("dllname", p.getDllname());
        all.put("logtype", p.getLogtype());
        // A default is no key the user wrote; a list the binder filled without its setter still counts.
        all.entrySet().removeIf(e -> !p.isSet(e.getKey()) && !(e.getValue() instanceof List<?> list && !list.isEmpty()));
        return all;
    }
}
