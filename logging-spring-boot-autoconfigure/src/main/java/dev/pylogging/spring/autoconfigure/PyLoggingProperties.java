package dev.pylogging.spring.autoconfigure;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Name;

/**
 * The {@code pylogging.*} properties: Python's {@code basicConfig} and {@code fileConfig} as
 * YAML. Handlers, formatters and filters are named maps that loggers refer to; a name that is not
 * configured here refers to an application bean of that type.
 */
@ConfigurationProperties("pylogging")
public class PyLoggingProperties {

    /** Whether pylogging configures logging at all. */
    private boolean enabled = true;

    /** A fileConfig INI file applied first (a resource location such as classpath:logging.conf). */
    private String configFile;

    /** Values for %(name)s interpolation in the config-file, as fileConfig's defaults. */
    private Map<String, String> configFileDefaults = new LinkedHashMap<>();

    /** basicConfig(**kwargs): a handler for the root logger. */
    private final Basic basic = new Basic();

    /** Logger levels by logger name ("root" for the root logger), applied last, like logging.level. */
    private Map<String, String> level = new LinkedHashMap<>();

    /** Extra level names by level number, as addLevelName(25, "NOTICE"). */
    private Map<Integer, String> levelNames = new LinkedHashMap<>();

    /** Disables every call at or below this level, as logging.disable(level). */
    private String disable;

    /** Named formatters. */
    private Map<String, FormatterProperties> formatters = new LinkedHashMap<>();

    /** Named filters. */
    private Map<String, FilterProperties> filters = new LinkedHashMap<>();

    /** Named handlers. */
    private Map<String, HandlerProperties> handlers = new LinkedHashMap<>();

    /** Loggers by key; the key is the logger name unless qualname is set, and "root" is the root logger. */
    private Map<String, LoggerProperties> loggers = new LinkedHashMap<>();

    /**
     * Whether loggers that exist when the configuration is applied, and that it does not name,
     * are disabled, as fileConfig's disable_existing_loggers. Off by default, since a Spring
     * application creates loggers in static initialisers before the configuration is applied.
     */
    private boolean disableExistingLoggers = false;

    /**
     * Whether a log file's missing folders are created when the configuration is applied, as
     * Spring Boot does for its log file. CPython's handlers, and pylogging's core, refuse a file
     * whose folder is missing; set false for that behaviour.
     */
    private boolean createMissingDirectories = true;

    /** The logging.config.listen() configuration server. */
    private final Listen listen = new Listen();

    /** A LogRecordSocketReceiver taking records from SocketHandlers and DatagramHandlers. */
    private final Receiver receiver = new Receiver();

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getConfigFile() {
        return configFile;
    }

    public void setConfigFile(String configFile) {
        this.configFile = configFile;
    }

    public Map<String, String> getConfigFileDefaults() {
        return configFileDefaults;
    }

    public void setConfigFileDefaults(Map<String, String> configFileDefaults) {
        this.configFileDefaults = configFileDefaults;
    }

    public Basic getBasic() {
        return basic;
    }

    public Map<String, String> getLevel() {
        return level;
    }

    public void setLevel(Map<String, String> level) {
        this.level = level;
    }

    public Map<Integer, String> getLevelNames() {
        return levelNames;
    }

    public void setLevelNames(Map<Integer, String> levelNames) {
        this.levelNames = levelNames;
    }

    public String getDisable() {
        return disable;
    }

    public void setDisable(String disable) {
        this.disable = disable;
    }

    public Map<String, FormatterProperties> getFormatters() {
        return formatters;
    }

    public void setFormatters(Map<String, FormatterProperties> formatters) {
        this.formatters = formatters;
    }

    public Map<String, FilterProperties> getFilters() {
        return filters;
    }

    public void setFilters(Map<String, FilterProperties> filters) {
        this.filters = filters;
    }

    public Map<String, HandlerProperties> getHandlers() {
        return handlers;
    }

    public void setHandlers(Map<String, HandlerProperties> handlers) {
        this.handlers = handlers;
    }

    public Map<String, LoggerProperties> getLoggers() {
        return loggers;
    }

    public void setLoggers(Map<String, LoggerProperties> loggers) {
        this.loggers = loggers;
    }

    public boolean isDisableExistingLoggers() {
        return disableExistingLoggers;
    }

    public void setDisableExistingLoggers(boolean disableExistingLoggers) {
        this.disableExistingLoggers = disableExistingLoggers;
    }

    public boolean isCreateMissingDirectories() {
        return createMissingDirectories;
    }

    public void setCreateMissingDirectories(boolean createMissingDirectories) {
        this.createMissingDirectories = createMissingDirectories;
    }

    public Listen getListen() {
        return listen;
    }

    public Receiver getReceiver() {
        return receiver;
    }

    /** basicConfig's keyword arguments. */
    public static class Basic {

        /** The root logger's level. */
        private String level;

        /** The format of the handler's formatter. */
        private String format;

        /** The date format of the handler's formatter. */
        private String datefmt;

        /** A file to log to instead of a stream. */
        private String filename;

        /** The file's mode: a (append) or w (truncate). */
        private String filemode;

        /** The stream to log to when there is no filename: stderr (the default) or stdout. */
        private String stream;

        /** The file's encoding (UTF-8 unless set). */
        private String encoding;

        /** Replace handlers the root logger already has, as basicConfig(force=True). */
        private boolean force;

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public String getFormat() {
            return format;
        }

        public void setFormat(String format) {
            this.format = format;
        }

        public String getDatefmt() {
            return datefmt;
        }

        public void setDatefmt(String datefmt) {
            this.datefmt = datefmt;
        }

        public String getFilename() {
            return filename;
        }

        public void setFilename(String filename) {
            this.filename = filename;
        }

        public String getFilemode() {
            return filemode;
        }

        public void setFilemode(String filemode) {
            this.filemode = filemode;
        }

        public String getStream() {
            return stream;
        }

        public void setStream(String stream) {
            this.stream = stream;
        }

        public String getEncoding() {
            return encoding;
        }

        public void setEncoding(String encoding) {
            this.encoding = encoding;
        }

        public boolean isForce() {
            return force;
        }

        public void setForce(boolean force) {
            this.force = force;
        }

        boolean isSet() {
            return level != null || format != null || datefmt != null || filename != null || filemode != null
                    || stream != null || encoding != null || force;
        }
    }

    /** A formatter: format, datefmt and an optional Formatter subclass. */
    public static class FormatterProperties {

        /** The %-style format, such as "%(asctime)s - %(name)s - %(levelname)s - %(message)s". */
        private String format;

        /** The strftime date format; ISO 8601 with milliseconds unless set. */
        private String datefmt;

        /** A Formatter subclass: its full Java class name. */
        @Name("class")
        private String className;

        /** The style of 'format': '%' (the default), '{' (str.format) or '$' (string.Template). */
        private char style = '%';

        /** Whether control characters in record values are escaped, so a forged message cannot start a fake line. */
        private boolean escapeControlCharacters;

        /** Whether level names are coloured with ANSI codes, for a terminal (never a file). */
        private boolean colorLevels;

        public char getStyle() {
            return style;
        }

        public void setStyle(char style) {
            this.style = style;
        }

        public boolean isEscapeControlCharacters() {
            return escapeControlCharacters;
        }

        public void setEscapeControlCharacters(boolean escapeControlCharacters) {
            this.escapeControlCharacters = escapeControlCharacters;
        }

        public boolean isColorLevels() {
            return colorLevels;
        }

        public void setColorLevels(boolean colorLevels) {
            this.colorLevels = colorLevels;
        }

        public String getFormat() {
            return format;
        }

        public void setFormat(String format) {
            this.format = format;
        }

        public String getDatefmt() {
            return datefmt;
        }

        public void setDatefmt(String datefmt) {
            this.datefmt = datefmt;
        }

        public String getClassName() {
            return className;
        }

        public void setClassName(String className) {
            this.className = className;
        }
    }

    /** A Filter passing records of one logger and its descendants. */
    public static class FilterProperties {

        /** The logger name records must be at or below; empty passes everything. */
        private String name = "";

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    /** A logger. */
    public static class LoggerProperties {

        /** The logger's name when it differs from the key (the key "root" is the root logger). */
        private String qualname;

        /** The logger's level. */
        private String level;

        /** Names of handlers: configured ones, or application beans of type Handler. */
        private List<String> handlers = new ArrayList<>();

        /** Names of filters: configured ones, or application beans of type RecordFilter. */
        private List<String> filters = new ArrayList<>();

        /** Whether records go on to the parent's handlers. */
        private boolean propagate = true;

        public String getQualname() {
            return qualname;
        }

        public void setQualname(String qualname) {
            this.qualname = qualname;
        }

        public String getLevel() {
            return level;
        }

        public void setLevel(String level) {
            this.level = level;
        }

        public List<String> getHandlers() {
            return handlers;
        }

        public void setHandlers(List<String> handlers) {
            this.handlers = handlers;
        }

        public List<String> getFilters() {
            return filters;
        }

        public void setFilters(List<String> filters) {
            this.filters = filters;
        }

        public boolean isPropagate() {
            return propagate;
        }

        public void setPropagate(boolean propagate) {
            this.propagate = propagate;
        }
    }

    /** What every server pylogging starts has: a switch, a port and an address to bind. */
    public abstract static class Server {

        /** Whether to start the server. */
        private boolean enabled;

        /** The TCP port; 0 for any free port. */
        private int port;

        /** The address to bind; loopback unless set. */
        private String bindAddress;

        Server(int defaultPort) {
            this.port = defaultPort;
        }

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public int getPort() {
            return port;
        }

        public void setPort(int port) {
            this.port = port;
        }

        public String getBindAddress() {
            return bindAddress;
        }

        public void setBindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
        }
    }

    /**
     * The configuration server of logging.config.listen(), on port 9030 (DEFAULT_LOGGING_CONFIG_PORT) unless set.
     */
    public static class Listen extends Server {

        /** The largest configuration accepted, in bytes. */
        private int maxBytes = 1024 * 1024;

        /** A shared secret: configurations must be signed with HMAC-SHA256 under it. */
        private String secret;

        /** Creates the settings with the default port. */
        public Listen() {
            super(9030);
        }

        public int getMaxBytes() {
            return maxBytes;
        }

        public void setMaxBytes(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        public String getSecret() {
            return secret;
        }

        public void setSecret(String secret) {
            this.secret = secret;
        }
    }

    /**
     * The record receiver of the Python logging documentation's network example, on TCP port 9020 (DEFAULT_TCP_LOGGING_PORT) unless set.
     */
    public static class Receiver extends Server {

        /** A UDP port for DatagramHandlers too (9021 is DEFAULT_UDP_LOGGING_PORT); none unless set. */
        private Integer udpPort;

        /** A logger that receives every record instead of the one the record names. */
        private String logname;

        /** The largest frame accepted, in bytes. */
        private int maxFrameBytes = 1024 * 1024;

        /** How long a connection may stay silent before it is closed. */
        private Duration idleTimeout = Duration.ofMinutes(5);

        /** Creates the settings with the default port. */
        public Receiver() {
            super(9020);
        }

        public Integer getUdpPort() {
            return udpPort;
        }

        public void setUdpPort(Integer udpPort) {
            this.udpPort = udpPort;
        }

        public String getLogname() {
            return logname;
        }

        public void setLogname(String logname) {
            this.logname = logname;
        }

        public int getMaxFrameBytes() {
            return maxFrameBytes;
        }

        public void setMaxFrameBytes(int maxFrameBytes) {
            this.maxFrameBytes = maxFrameBytes;
        }

        public Duration getIdleTimeout() {
            return idleTimeout;
        }

        public void setIdleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
        }
    }
}
