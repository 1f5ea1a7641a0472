package dev.pylogging.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * One handler of {@code pylogging.handlers}: its class, the keys every handler has (level,
 * formatter, filters), and typed, kebab-case keys for the constructor arguments of each handler
 * of Python's logging. A key that the class does not take is refused with its property path.
 */
public class HandlerProperties {
    /**
     * The handler's class: StreamHandler, FileHandler, handlers.RotatingFileHandler and the other handlers of
     * Python's logging, or the full name of a Java Handler class.
     */
    @Name("class")
    private String className;

    /** Whether the handler is built; a disabled handler is left out of every logger that names it. */
    private boolean enabled = true;

    /**
     * fileConfig-style constructor arguments, a Python literal tuple such as ('app.log', 'w'); for classes without
     * typed keys, or instead of them.
     */
    private String args;

    /** The handler's level; NOTSET (everything) unless set. */
    private String level;

    /** A configured formatter, or an application bean of type Formatter. */
    private String formatter;

    /** Configured filters, or application beans of type RecordFilter. */
    private List<String> filters = new ArrayList<>();

    /** StreamHandler: stdout or stderr (the default). */
    private String stream = "stderr";

    /** File handlers: the file; missing parent directories are created. */
    private String filename;

    /** File handlers: a (append, the default) or w (truncate). */
    private String mode = "a";

    /** File handlers: the charset (UTF-8 unless set). */
    private String encoding = "UTF-8";

    /** File handlers: open the file only when the first record arrives. */
    private Boolean delay = false;

    /** Stream and file handlers: buffer output and write it in blocks rather than per record. */
    private Boolean buffered = false;

    /** Stream and file handlers with 'buffered': the buffer's size, such as 64KB; 8KB when unset. */
    private DataSize bufferSize = DataSize.ofKilobytes(8);

    /**
     * RotatingFileHandler: roll over before the file would pass this size, in bytes unless a unit
     * is given (10MB, 512KB); 0 never rolls over.
     */
    private DataSize maxBytes = DataSize.ofBytes(0);

    /** Rotating handlers: how many backups to keep. */
    private Integer backupCount = 0;

    /**
     * Timed and size-and-time rotation: S, M, H, D, midnight or W0-W6; H for
     * TimedRotatingFileHandler and midnight for SizeAndTimeRotatingFileHandler unless set.
     */
    private String when;

    /** TimedRotatingFileHandler: how many units of 'when' between rollovers. */
    private Integer interval = 1;

    /** TimedRotatingFileHandler: compute rollover times in UTC. */
    private Boolean utc = false;

    /** Rotating handlers: compress each backup with gzip, off the logging thread. */
    private Boolean gzip = false;

    /** SocketHandler, DatagramHandler, HTTPHandler: the peer's host (HTTPHandler: host or host:port). */
    private String host;

    /** SocketHandler, DatagramHandler: the peer's port. */
    private Integer port;

    /** SysLogHandler: host, host:port or a Unix socket path such as /dev/log (localhost:514 unless set). */
    private String address = "localhost:514";

    /** SysLogHandler: a facility name such as user or local0 (user unless set). */
    private String facility = "user";

    /** SysLogHandler: datagram or stream (UDP, or datagram then stream for a socket path, unless set). */
    private String socketType;

    /** SysLogHandler: a prefix for every message, such as 'myapp: '. */
    private String ident;

    /** SMTPHandler: host or host:port of the SMTP server. */
    private String mailhost;

    /** SMTPHandler: the sender address. */
    private String fromaddr;

    /** SMTPHandler: the recipient addresses. */
    private List<String> toaddrs = new ArrayList<>();

    /** SMTPHandler: the subject line. */
    private String subject;

    /** SMTPHandler, HTTPHandler: a user to log in as. */
    private String username;

    /** SMTPHandler, HTTPHandler: the user's password. */
    private String password;

    /** SMTPHandler: require STARTTLS before logging in. */
    private Boolean startTls = false;

    /** SMTPHandler, HTTPHandler, SysLogHandler over TCP: how long connecting and each exchange may take. */
    private Duration timeout;

    /** MemoryHandler: how many records to buffer before flushing. QueueHandler: how many records the queue holds (10000 unless set). */
    private Integer capacity;

    /** SizeAndTimeRotatingFileHandler: the most the live file and its backups may hold together, such as 1GB. */
    private DataSize totalSizeCap = DataSize.ofBytes(0);

    /** QueueHandler: the handlers its listener thread hands records to. */
    private List<String> handlers = new ArrayList<>();

    /** QueueHandler: whether each of its handlers gets only the records at or above its level. */
    private Boolean respectHandlerLevel = false;

    /** QueueHandler: 'block' (the default: nothing is lost) or 'drop' (counted and reported) when the queue is full. */
    private String whenFull = "block";

    /** MemoryHandler: a record at or above this level flushes the buffer (ERROR unless set). */
    private String flushLevel = "ERROR";

    /** MemoryHandler: the handler the buffer is flushed to. */
    private String target;

    /** HTTPHandler: the path, such as /log. */
    private String url = "/";

    /** HTTPHandler: GET or POST. */
    private String method = "GET";

    /** HTTPHandler: use HTTPS. */
    private Boolean secure = false;

    /** NTEventLogHandler: the event source name. */
    private String appname;

    /** NTEventLogHandler: a message DLL to register for the source. */
    private String dllname;

    /** NTEventLogHandler: Application (the default), System or Security. */
    private String logtype = "Application";

    /**
     * The keys given a value, by their kebab-case names: a default is not a key the user wrote,
     * so a handler class that does not take a key refuses it only when it was written.
     */
    private final Set<String> keysSet = new LinkedHashSet<>();

    /** Returns true when {@code key} (kebab-case, such as {@code max-bytes}) was given a value. */
    boolean isSet(String key) {
        return keysSet.contains(key);
    }

    private void mark(String key) {
        keysSet.add(key);
    }

    public String getClassName() {
        return className;
    }

    public void setClassName(String className) {
        mark("class");
        this.className = className;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        mark("enabled");
        this.enabled = enabled;
    }

    public String getArgs() {
        return args;
    }

    public void setArgs(String args) {
        mark("args");
        this.args = args;
    }

    public String getLevel() {
        return level;
    }

    public void setLevel(String level) {
        mark("level");
        this.level = level;
    }

    public String getFormatter() {
        return formatter;
    }

    public void setFormatter(String formatter) {
        mark("formatter");
        this.formatter = formatter;
    }

    public List<String> getFilters() {
        return filters;
    }

    public void setFilters(List<String> filters) {
        mark("filters");
        this.filters = filters;
    }

    public String getStream() {
        return stream;
    }

    public void setStream(String stream) {
        mark("stream");
        this.stream = stream;
    }

    public String getFilename() {
        return filename;
    }

    public void setFilename(String filename) {
        mark("filename");
        this.filename = filename;
    }

    public String getMode() {
        return mode;
    }

    public void setMode(String mode) {
        mark("mode");
        this.mode = mode;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        mark("encoding");
        this.encoding = encoding;
    }

    public Boolean getDelay() {
        return delay;
    }

    public void setDelay(Boolean delay) {
        mark("delay");
        this.delay = delay;
    }

    public Boolean getBuffered() {
        return buffered;
    }

    public void setBuffered(Boolean buffered) {
        mark("buffered");
        this.buffered = buffered;
    }

    public DataSize getBufferSize() {
        return bufferSize;
    }

    public void setBufferSize(DataSize bufferSize) {
        mark("buffer-size");
        this.bufferSize = bufferSize;
    }

    public DataSize getMaxBytes() {
        return maxBytes;
    }

    public void setMaxBytes(DataSize maxBytes) {
        mark("max-bytes");
        this.maxBytes = maxBytes;
    }

    public Integer getBackupCount() {
        return backupCount;
    }

    public void setBackupCount(Integer backupCount) {
        mark("backup-count");
        this.backupCount = backupCount;
    }

    public String getWhen() {
        return when;
    }

    public void setWhen(String when) {
        mark("when");
        this.when = when;
    }

    public Integer getInterval() {
        return interval;
    }

    public void setInterval(Integer interval) {
        mark("interval");
        this.interval = interval;
    }

    public Boolean getUtc() {
        return utc;
    }

    public void setUtc(Boolean utc) {
        mark("utc");
        this.utc = utc;
    }

    public Boolean getGzip() {
        return gzip;
    }

    public void setGzip(Boolean gzip) {
        mark("gzip");
        this.gzip = gzip;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        mark("host");
        this.host = host;
    }

    public Integer getPort() {
        return port;
    }

    public void setPort(Integer port) {
        mark("port");
        this.port = port;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        mark("address");
        this.address = address;
    }

    public String getFacility() {
        return facility;
    }

    public void setFacility(String facility) {
        mark("facility");
        this.facility = facility;
    }

    public String getSocketType() {
        return socketType;
    }

    public void setSocketType(String socketType) {
        mark("socket-type");
        this.socketType = socketType;
    }

    public String getIdent() {
        return ident;
    }

    public void setIdent(String ident) {
        mark("ident");
        this.ident = ident;
    }

    public String getMailhost() {
        return mailhost;
    }

    public void setMailhost(String mailhost) {
        mark("mailhost");
        this.mailhost = mailhost;
    }

    public String getFromaddr() {
        return fromaddr;
    }

    public void setFromaddr(String fromaddr) {
        mark("fromaddr");
        this.fromaddr = fromaddr;
    }

    public List<String> getToaddrs() {
        return toaddrs;
    }

    public void setToaddrs(List<String> toaddrs) {
        mark("toaddrs");
        this.toaddrs = toaddrs;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        mark("subject");
        this.subject = subject;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        mark("username");
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        mark("password");
        this.password = password;
    }

    public Boolean getStartTls() {
        return startTls;
    }

    public void setStartTls(Boolean startTls) {
        mark("start-tls");
        this.startTls = startTls;
    }

    public Duration getTimeout() {
        return timeout;
    }

    public void setTimeout(Duration timeout) {
        mark("timeout");
        this.timeout = timeout;
    }

    public DataSize getTotalSizeCap() {
        return totalSizeCap;
    }

    public void setTotalSizeCap(DataSize totalSizeCap) {
        mark("total-size-cap");
        this.totalSizeCap = totalSizeCap;
    }

    public List<String> getHandlers() {
        return handlers;
    }

    public void setHandlers(List<String> handlers) {
        mark("handlers");
        this.handlers = handlers;
    }

    public Boolean getRespectHandlerLevel() {
        return respectHandlerLevel;
    }

    public void setRespectHandlerLevel(Boolean respectHandlerLevel) {
        mark("respect-handler-level");
        this.respectHandlerLevel = respectHandlerLevel;
    }

    public String getWhenFull() {
        return whenFull;
    }

    public void setWhenFull(String whenFull) {
        mark("when-full");
        this.whenFull = whenFull;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        mark("capacity");
        this.capacity = capacity;
    }

    public String getFlushLevel() {
        return flushLevel;
    }

    public void setFlushLevel(String flushLevel) {
        mark("flush-level");
        this.flushLevel = flushLevel;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        mark("target");
        this.target = target;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        mark("url");
        this.url = url;
    }

    public String getMethod() {
        return method;
    }

    public void setMethod(String method) {
        mark("method");
        this.method = method;
    }

    public Boolean getSecure() {
        return secure;
    }

    public void setSecure(Boolean secure) {
        mark("secure");
        this.secure = secure;
    }

    public String getAppname() {
        return appname;
    }

    public void setAppname(String appname) {
        mark("appname");
        this.appname = appname;
    }

    public String getDllname() {
        return dllname;
    }

    public void setDllname(String dllname) {
        mark("dllname");
        this.dllname = dllname;
    }

    public String getLogtype() {
        return logtype;
    }

    public void setLogtype(String logtype) {
        mark("logtype");
        this.logtype = logtype;
    }
}
