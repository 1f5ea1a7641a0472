package dev.pylogging.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.bind.Name;
import org.springframework.util.unit.DataSize;

/**
 * One handler of {@code pylogging.handlers}: its class, the keys every handler has (level,
 * formatter, filters), and typed, kebab-case keys for the constructor arguments of each handler
 * of the seed. A key that the class does not take is refused with its property path.
 */
public class HandlerProperties {
    /**
     * The handler's class: StreamHandler, FileHandler, handlers.RotatingFileHandler and the other handlers of the
     * seed, or the full name of a Java Handler class.
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
    private String stream;

    /** File handlers: the file; missing parent directories are created. */
    private String filename;

    /** File handlers: a (append, the default) or w (truncate). */
    private String mode;

    /** File handlers: the charset (UTF-8 unless set). */
    private String encoding;

    /** File handlers: open the file only when the first record arrives. */
    private Boolean delay;

    /** Stream and file handlers: buffer output and write it in blocks rather than per record. */
    private Boolean buffered;

    /** Stream and file handlers with 'buffered': the buffer's size, such as 64KB; 8KB when unset. */
    private DataSize bufferSize;

    /**
     * RotatingFileHandler: roll over before the file would pass this size, in bytes unless a unit
     * is given (10MB, 512KB); 0 never rolls over.
     */
    private DataSize maxBytes;

    /** Rotating handlers: how many backups to keep. */
    private Integer backupCount;

    /** TimedRotatingFileHandler: S, M, H, D, midnight or W0-W6. */
    private String when;

    /** TimedRotatingFileHandler: how many units of 'when' between rollovers. */
    private Integer interval;

    /** TimedRotatingFileHandler: compute rollover times in UTC. */
    private Boolean utc;

    /** Rotating handlers: compress each backup with gzip, off the logging thread. */
    private Boolean gzip;

    /** SocketHandler, DatagramHandler, HTTPHandler: the peer's host (HTTPHandler: host or host:port). */
    private String host;

    /** SocketHandler, DatagramHandler: the peer's port. */
    private Integer port;

    /** SysLogHandler: host, host:port or a Unix socket path such as /dev/log (localhost:514 unless set). */
    private String address;

    /** SysLogHandler: a facility name such as user or local0 (user unless set). */
    private String facility;

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
    private Boolean startTls;

    /** SMTPHandler, HTTPHandler, SysLogHandler over TCP: how long connecting and each exchange may take. */
    private Duration timeout;

    /** MemoryHandler: how many records to buffer before flushing. QueueHandler: how many records the queue holds (10000 unless set). */
    private Integer capacity;

    /** SizeAndTimeRotatingFileHandler: the most the live file and its backups may hold together, such as 1GB. */
    private DataSize totalSizeCap;

    /** QueueHandler: the handlers its listener thread hands records to. */
    private List<String> handlers = new ArrayList<>();

    /** QueueHandler: whether each of its handlers gets only the records at or above its level. */
    private Boolean respectHandlerLevel;

    /** QueueHandler: 'block' (the default: nothing is lost) or 'drop' (counted and reported) when the queue is full. */
    private String whenFull;

    /** MemoryHandler: a record at or above this level flushes the buffer (ERROR unless set). */
    private String flushLevel;

    /** MemoryHandler: the handler the buffer is flushed to. */
    private String target;

    /** HTTPHandler: the path, such as /log. */
    private String url;

    /** HTTPHandler: GET or POST. */
    private String method;

    /** HTTPHandler: use HTTPS. */
    private Boolean secure;

    /** NTEventLogHandler: the event source name. */
    private String appname;

    /** NTEventLogHandler: a message DLL to register for the source. */
    private String dllname;

    /** NTEventLogHandler: Application (the default), System or Security. */
    private String logtype;

    /**
     * Returns {@code className}: the handler's class: StreamHandler, FileHandler, handlers.RotatingFileHandler and
     * the other handlers of the seed, or the full name of a Java Handler class.
     */
    public String getClassName() {
        return className;
    }

    /**
     * Sets {@code className}: the handler's class: StreamHandler, FileHandler, handlers.RotatingFileHandler and
     * the other handlers of the seed, or the full name of a Java Handler class.
     *
     * @param className the new value
     */
    public void setClassName(String className) {
        this.className = className;
    }

    /**
     * Returns {@code enabled}: whether the handler is built; a disabled handler is left out of every logger that
     * names it.
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets {@code enabled}: whether the handler is built; a disabled handler is left out of every logger that
     * names it.
     *
     * @param enabled the new value
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Returns {@code args}: fileConfig-style constructor arguments, a Python literal tuple such as ('app.log',
     * 'w'); for classes without typed keys, or instead of them.
     */
    public String getArgs() {
        return args;
    }

    /**
     * Sets {@code args}: fileConfig-style constructor arguments, a Python literal tuple such as ('app.log', 'w');
     * for classes without typed keys, or instead of them.
     *
     * @param args the new value
     */
    public void setArgs(String args) {
        this.args = args;
    }

    /**
     * Returns {@code level}: the handler's level; NOTSET (everything) unless set.
     */
    public String getLevel() {
        return level;
    }

    /**
     * Sets {@code level}: the handler's level; NOTSET (everything) unless set.
     *
     * @param level the new value
     */
    public void setLevel(String level) {
        this.level = level;
    }

    /**
     * Returns {@code formatter}: A configured formatter, or an application bean of type Formatter.
     */
    public String getFormatter() {
        return formatter;
    }

    /**
     * Sets {@code formatter}: A configured formatter, or an application bean of type Formatter.
     *
     * @param formatter the new value
     */
    public void setFormatter(String formatter) {
        this.formatter = formatter;
    }

    /**
     * Returns {@code filters}: configured filters, or application beans of type RecordFilter.
     */
    public List<String> getFilters() {
        return filters;
    }

    /**
     * Sets {@code filters}: configured filters, or application beans of type RecordFilter.
     *
     * @param filters the new value
     */
    public void setFilters(List<String> filters) {
        this.filters = filters;
    }

    /**
     * Returns {@code stream}: streamHandler: stdout or stderr (the default).
     */
    public String getStream() {
        return stream;
    }

    /**
     * Sets {@code stream}: streamHandler: stdout or stderr (the default).
     *
     * @param stream the new value
     */
    public void setStream(String stream) {
        this.stream = stream;
    }

    /**
     * Returns {@code filename}: file handlers: the file; missing parent directories are created.
     */
    public String getFilename() {
        return filename;
    }

    /**
     * Sets {@code filename}: file handlers: the file; missing parent directories are created.
     *
     * @param filename the new value
     */
    public void setFilename(String filename) {
        this.filename = filename;
    }

    /**
     * Returns {@code mode}: file handlers: a (append, the default) or w (truncate).
     */
    public String getMode() {
        return mode;
    }

    /**
     * Sets {@code mode}: file handlers: a (append, the default) or w (truncate).
     *
     * @param mode the new value
     */
    public void setMode(String mode) {
        this.mode = mode;
    }

    /**
     * Returns {@code encoding}: file handlers: the charset (UTF-8 unless set).
     */
    public String getEncoding() {
        return encoding;
    }

    /**
     * Sets {@code encoding}: file handlers: the charset (UTF-8 unless set).
     *
     * @param encoding the new value
     */
    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    /**
     * Returns {@code delay}: file handlers: open the file only when the first record arrives.
     */
    public Boolean getDelay() {
        return delay;
    }

    /**
     * Sets {@code delay}: file handlers: open the file only when the first record arrives.
     *
     * @param delay the new value
     */
    public void setDelay(Boolean delay) {
        this.delay = delay;
    }

    /**
     * Returns {@code buffered}: stream and file handlers: buffer output and write it in blocks rather than per
     * record.
     */
    public Boolean getBuffered() {
        return buffered;
    }

    /**
     * Sets {@code buffered}: stream and file handlers: buffer output and write it in blocks rather than per
     * record.
     *
     * @param buffered the new value
     */
    public void setBuffered(Boolean buffered) {
        this.buffered = buffered;
    }

    /**
     * Returns {@code bufferSize}: stream and file handlers with 'buffered': the buffer's size, such as 64KB;
     * 8KB when unset.
     */
    public DataSize getBufferSize() {
        return bufferSize;
    }

    /**
     * Sets {@code bufferSize}: stream and file handlers with 'buffered': the buffer's size, such as 64KB; 8KB
     * when unset.
     *
     * @param bufferSize the new value
     */
    public void setBufferSize(DataSize bufferSize) {
        this.bufferSize = bufferSize;
    }

    /**
     * Returns {@code maxBytes}: rotatingFileHandler: roll over before the file would pass this size.
     */
    public DataSize getMaxBytes() {
        return maxBytes;
    }

    /**
     * Sets {@code maxBytes}: rotatingFileHandler: roll over before the file would pass this size.
     *
     * @param maxBytes the new value
     */
    public void setMaxBytes(DataSize maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * Returns {@code backupCount}: rotating handlers: how many backups to keep.
     */
    public Integer getBackupCount() {
        return backupCount;
    }

    /**
     * Sets {@code backupCount}: rotating handlers: how many backups to keep.
     *
     * @param backupCount the new value
     */
    public void setBackupCount(Integer backupCount) {
        this.backupCount = backupCount;
    }

    /**
     * Returns {@code when}: timedRotatingFileHandler: S, M, H, D, midnight or W0-W6.
     */
    public String getWhen() {
        return when;
    }

    /**
     * Sets {@code when}: timedRotatingFileHandler: S, M, H, D, midnight or W0-W6.
     *
     * @param when the new value
     */
    public void setWhen(String when) {
        this.when = when;
    }

    /**
     * Returns {@code interval}: timedRotatingFileHandler: how many units of 'when' between rollovers.
     */
    public Integer getInterval() {
        return interval;
    }

    /**
     * Sets {@code interval}: timedRotatingFileHandler: how many units of 'when' between rollovers.
     *
     * @param interval the new value
     */
    public void setInterval(Integer interval) {
        this.interval = interval;
    }

    /**
     * Returns {@code utc}: timedRotatingFileHandler: compute rollover times in UTC.
     */
    public Boolean getUtc() {
        return utc;
    }

    /**
     * Sets {@code utc}: timedRotatingFileHandler: compute rollover times in UTC.
     *
     * @param utc the new value
     */
    public void setUtc(Boolean utc) {
        this.utc = utc;
    }

    /**
     * Returns {@code gzip}: rotating handlers: compress each backup with gzip, off the logging thread.
     */
    public Boolean getGzip() {
        return gzip;
    }

    /**
     * Sets {@code gzip}: rotating handlers: compress each backup with gzip, off the logging thread.
     *
     * @param gzip the new value
     */
    public void setGzip(Boolean gzip) {
        this.gzip = gzip;
    }

    /**
     * Returns {@code host}: socketHandler, DatagramHandler, HTTPHandler: the peer's host (HTTPHandler: host or
     * host:port).
     */
    public String getHost() {
        return host;
    }

    /**
     * Sets {@code host}: socketHandler, DatagramHandler, HTTPHandler: the peer's host (HTTPHandler: host or
     * host:port).
     *
     * @param host the new value
     */
    public void setHost(String host) {
        this.host = host;
    }

    /**
     * Returns {@code port}: socketHandler, DatagramHandler: the peer's port.
     */
    public Integer getPort() {
        return port;
    }

    /**
     * Sets {@code port}: socketHandler, DatagramHandler: the peer's port.
     *
     * @param port the new value
     */
    public void setPort(Integer port) {
        this.port = port;
    }

    /**
     * Returns {@code address}: sysLogHandler: host, host:port or a Unix socket path such as /dev/log
     * (localhost:514 unless set).
     */
    public String getAddress() {
        return address;
    }

    /**
     * Sets {@code address}: sysLogHandler: host, host:port or a Unix socket path such as /dev/log (localhost:514
     * unless set).
     *
     * @param address the new value
     */
    public void setAddress(String address) {
        this.address = address;
    }

    /**
     * Returns {@code facility}: sysLogHandler: a facility name such as user or local0 (user unless set).
     */
    public String getFacility() {
        return facility;
    }

    /**
     * Sets {@code facility}: sysLogHandler: a facility name such as user or local0 (user unless set).
     *
     * @param facility the new value
     */
    public void setFacility(String facility) {
        this.facility = facility;
    }

    /**
     * Returns {@code socketType}: sysLogHandler: datagram or stream (UDP, or datagram then stream for a socket
     * path, unless set).
     */
    public String getSocketType() {
        return socketType;
    }

    /**
     * Sets {@code socketType}: sysLogHandler: datagram or stream (UDP, or datagram then stream for a socket path,
     * unless set).
     *
     * @param socketType the new value
     */
    public void setSocketType(String socketType) {
        this.socketType = socketType;
    }

    /**
     * Returns {@code ident}: sysLogHandler: a prefix for every message, such as 'myapp: '.
     */
    public String getIdent() {
        return ident;
    }

    /**
     * Sets {@code ident}: sysLogHandler: a prefix for every message, such as 'myapp: '.
     *
     * @param ident the new value
     */
    public void setIdent(String ident) {
        this.ident = ident;
    }

    /**
     * Returns {@code mailhost}: SMTPHandler: host or host:port of the SMTP server.
     */
    public String getMailhost() {
        return mailhost;
    }

    /**
     * Sets {@code mailhost}: SMTPHandler: host or host:port of the SMTP server.
     *
     * @param mailhost the new value
     */
    public void setMailhost(String mailhost) {
        this.mailhost = mailhost;
    }

    /**
     * Returns {@code fromaddr}: SMTPHandler: the sender address.
     */
    public String getFromaddr() {
        return fromaddr;
    }

    /**
     * Sets {@code fromaddr}: SMTPHandler: the sender address.
     *
     * @param fromaddr the new value
     */
    public void setFromaddr(String fromaddr) {
        this.fromaddr = fromaddr;
    }

    /**
     * Returns {@code toaddrs}: SMTPHandler: the recipient addresses.
     */
    public List<String> getToaddrs() {
        return toaddrs;
    }

    /**
     * Sets {@code toaddrs}: SMTPHandler: the recipient addresses.
     *
     * @param toaddrs the new value
     */
    public void setToaddrs(List<String> toaddrs) {
        this.toaddrs = toaddrs;
    }

    /**
     * Returns {@code subject}: SMTPHandler: the subject line.
     */
    public String getSubject() {
        return subject;
    }

    /**
     * Sets {@code subject}: SMTPHandler: the subject line.
     *
     * @param subject the new value
     */
    public void setSubject(String subject) {
        this.subject = subject;
    }

    /**
     * Returns {@code username}: SMTPHandler, HTTPHandler: a user to log in as.
     */
    public String getUsername() {
        return username;
    }

    /**
     * Sets {@code username}: SMTPHandler, HTTPHandler: a user to log in as.
     *
     * @param username the new value
     */
    public void setUsername(String username) {
        this.username = username;
    }

    /**
     * Returns {@code password}: SMTPHandler, HTTPHandler: the user's password.
     */
    public String getPassword() {
        return password;
    }

    /**
     * Sets {@code password}: SMTPHandler, HTTPHandler: the user's password.
     *
     * @param password the new value
     */
    public void setPassword(String password) {
        this.password = password;
    }

    /**
     * Returns {@code startTls}: SMTPHandler: require STARTTLS before logging in.
     */
    public Boolean getStartTls() {
        return startTls;
    }

    /**
     * Sets {@code startTls}: SMTPHandler: require STARTTLS before logging in.
     *
     * @param startTls the new value
     */
    public void setStartTls(Boolean startTls) {
        this.startTls = startTls;
    }

    /**
     * Returns {@code timeout}: SMTPHandler, HTTPHandler, SysLogHandler over TCP: how long connecting and each
     * exchange may take.
     */
    public Duration getTimeout() {
        return timeout;
    }

    /**
     * Sets {@code timeout}: SMTPHandler, HTTPHandler, SysLogHandler over TCP: how long connecting and each
     * exchange may take.
     *
     * @param timeout the new value
     */
    public void setTimeout(Duration timeout) {
        this.timeout = timeout;
    }

    public DataSize getTotalSizeCap() {
        return totalSizeCap;
    }

    public void setTotalSizeCap(DataSize totalSizeCap) {
        this.totalSizeCap = totalSizeCap;
    }

    public List<String> getHandlers() {
        return handlers;
    }

    public void setHandlers(List<String> handlers) {
        this.handlers = handlers;
    }

    public Boolean getRespectHandlerLevel() {
        return respectHandlerLevel;
    }

    public void setRespectHandlerLevel(Boolean respectHandlerLevel) {
        this.respectHandlerLevel = respectHandlerLevel;
    }

    public String getWhenFull() {
        return whenFull;
    }

    public void setWhenFull(String whenFull) {
        this.whenFull = whenFull;
    }

    /**
     * Returns {@code capacity}: memoryHandler: how many records to buffer before flushing.
     */
    public Integer getCapacity() {
        return capacity;
    }

    /**
     * Sets {@code capacity}: memoryHandler: how many records to buffer before flushing.
     *
     * @param capacity the new value
     */
    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    /**
     * Returns {@code flushLevel}: memoryHandler: a record at or above this level flushes the buffer (ERROR unless
     * set).
     */
    public String getFlushLevel() {
        return flushLevel;
    }

    /**
     * Sets {@code flushLevel}: memoryHandler: a record at or above this level flushes the buffer (ERROR unless
     * set).
     *
     * @param flushLevel the new value
     */
    public void setFlushLevel(String flushLevel) {
        this.flushLevel = flushLevel;
    }

    /**
     * Returns {@code target}: memoryHandler: the handler the buffer is flushed to.
     */
    public String getTarget() {
        return target;
    }

    /**
     * Sets {@code target}: memoryHandler: the handler the buffer is flushed to.
     *
     * @param target the new value
     */
    public void setTarget(String target) {
        this.target = target;
    }

    /**
     * Returns {@code url}: HTTPHandler: the path, such as /log.
     */
    public String getUrl() {
        return url;
    }

    /**
     * Sets {@code url}: HTTPHandler: the path, such as /log.
     *
     * @param url the new value
     */
    public void setUrl(String url) {
        this.url = url;
    }

    /**
     * Returns {@code method}: HTTPHandler: GET or POST.
     */
    public String getMethod() {
        return method;
    }

    /**
     * Sets {@code method}: HTTPHandler: GET or POST.
     *
     * @param method the new value
     */
    public void setMethod(String method) {
        this.method = method;
    }

    /**
     * Returns {@code secure}: HTTPHandler: use HTTPS.
     */
    public Boolean getSecure() {
        return secure;
    }

    /**
     * Sets {@code secure}: HTTPHandler: use HTTPS.
     *
     * @param secure the new value
     */
    public void setSecure(Boolean secure) {
        this.secure = secure;
    }

    /**
     * Returns {@code appname}: NTEventLogHandler: the event source name.
     */
    public String getAppname() {
        return appname;
    }

    /**
     * Sets {@code appname}: NTEventLogHandler: the event source name.
     *
     * @param appname the new value
     */
    public void setAppname(String appname) {
        this.appname = appname;
    }

    /**
     * Returns {@code dllname}: NTEventLogHandler: a message DLL to register for the source.
     */
    public String getDllname() {
        return dllname;
    }

    /**
     * Sets {@code dllname}: NTEventLogHandler: a message DLL to register for the source.
     *
     * @param dllname the new value
     */
    public void setDllname(String dllname) {
        this.dllname = dllname;
    }

    /**
     * Returns {@code logtype}: NTEventLogHandler: Application (the default), System or Security.
     */
    public String getLogtype() {
        return logtype;
    }

    /**
     * Sets {@code logtype}: NTEventLogHandler: Application (the default), System or Security.
     *
     * @param logtype the new value
     */
    public void setLogtype(String logtype) {
        this.logtype = logtype;
    }
}
