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

    /**
     * Returns {@code enabled}: whether pylogging configures logging at all.
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets {@code enabled}: whether pylogging configures logging at all.
     *
     * @param enabled the new value
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Returns {@code configFile}: A fileConfig INI file applied first (a resource location such as
     * classpath:logging.conf).
     */
    public String getConfigFile() {
        return configFile;
    }

    /**
     * Sets {@code configFile}: A fileConfig INI file applied first (a resource location such as
     * classpath:logging.conf).
     *
     * @param configFile the new value
     */
    public void setConfigFile(String configFile) {
        this.configFile = configFile;
    }

    /**
     * Returns {@code configFileDefaults}: values for %(name)s interpolation in the config-file, as fileConfig's
     * defaults.
     */
    public Map<String, String> getConfigFileDefaults() {
        return configFileDefaults;
    }

    /**
     * Sets {@code configFileDefaults}: values for %(name)s interpolation in the config-file, as fileConfig's
     * defaults.
     *
     * @param configFileDefaults the new value
     */
    public void setConfigFileDefaults(Map<String, String> configFileDefaults) {
        this.configFileDefaults = configFileDefaults;
    }

    /**
     * Returns {@code basic}: basicConfig(**kwargs): a handler for the root logger.
     */
    public Basic getBasic() {
        return basic;
    }

    /**
     * Returns {@code level}: logger levels by logger name ("root" for the root logger), applied last, like
     * logging.level.
     */
    public Map<String, String> getLevel() {
        return level;
    }

    /**
     * Sets {@code level}: logger levels by logger name ("root" for the root logger), applied last, like
     * logging.level.
     *
     * @param level the new value
     */
    public void setLevel(Map<String, String> level) {
        this.level = level;
    }

    /**
     * Returns {@code levelNames}: extra level names by level number, as addLevelName(25, "NOTICE").
     */
    public Map<Integer, String> getLevelNames() {
        return levelNames;
    }

    /**
     * Sets {@code levelNames}: extra level names by level number, as addLevelName(25, "NOTICE").
     *
     * @param levelNames the new value
     */
    public void setLevelNames(Map<Integer, String> levelNames) {
        this.levelNames = levelNames;
    }

    /**
     * Returns {@code disable}: disables every call at or below this level, as logging.disable(level).
     */
    public String getDisable() {
        return disable;
    }

    /**
     * Sets {@code disable}: disables every call at or below this level, as logging.disable(level).
     *
     * @param disable the new value
     */
    public void setDisable(String disable) {
        this.disable = disable;
    }

    /**
     * Returns {@code formatters}: named formatters.
     */
    public Map<String, FormatterProperties> getFormatters() {
        return formatters;
    }

    /**
     * Sets {@code formatters}: named formatters.
     *
     * @param formatters the new value
     */
    public void setFormatters(Map<String, FormatterProperties> formatters) {
        this.formatters = formatters;
    }

    /**
     * Returns {@code filters}: named filters.
     */
    public Map<String, FilterProperties> getFilters() {
        return filters;
    }

    /**
     * Sets {@code filters}: named filters.
     *
     * @param filters the new value
     */
    public void setFilters(Map<String, FilterProperties> filters) {
        this.filters = filters;
    }

    /**
     * Returns {@code handlers}: named handlers.
     */
    public Map<String, HandlerProperties> getHandlers() {
        return handlers;
    }

    /**
     * Sets {@code handlers}: named handlers.
     *
     * @param handlers the new value
     */
    public void setHandlers(Map<String, HandlerProperties> handlers) {
        this.handlers = handlers;
    }

    /**
     * Returns {@code loggers}: loggers by key; the key is the logger name unless qualname is set, and "root" is
     * the root logger.
     */
    public Map<String, LoggerProperties> getLoggers() {
        return loggers;
    }

    /**
     * Sets {@code loggers}: loggers by key; the key is the logger name unless qualname is set, and "root" is the
     * root logger.
     *
     * @param loggers the new value
     */
    public void setLoggers(Map<String, LoggerProperties> loggers) {
        this.loggers = loggers;
    }

    /**
     * Returns {@code disableExistingLoggers}: whether loggers that exist when the configuration is applied, and
     * that it does not name, are disabled, as fileConfig's disable_existing_loggers. Off by default, since a
     * Spring application creates loggers in static initialisers before the configuration is applied.
     */
    public boolean isDisableExistingLoggers() {
        return disableExistingLoggers;
    }

    /**
     * Sets {@code disableExistingLoggers}: whether loggers that exist when the configuration is applied, and that
     * it does not name, are disabled, as fileConfig's disable_existing_loggers. Off by default, since a Spring
     * application creates loggers in static initialisers before the configuration is applied.
     *
     * @param disableExistingLoggers the new value
     */
    public void setDisableExistingLoggers(boolean disableExistingLoggers) {
        this.disableExistingLoggers = disableExistingLoggers;
    }

    public boolean isCreateMissingDirectories() {
        return createMissingDirectories;
    }

    public void setCreateMissingDirectories(boolean createMissingDirectories) {
        this.createMissingDirectories = createMissingDirectories;
    }

    /**
     * Returns {@code listen}: the logging.config.listen() configuration server.
     */
    public Listen getListen() {
        return listen;
    }

    /**
     * Returns {@code receiver}: A LogRecordSocketReceiver taking records from SocketHandlers and DatagramHandlers.
     */
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

        /**
         * Returns {@code level}: the root logger's level.
         */
        public String getLevel() {
            return level;
        }

        /**
         * Sets {@code level}: the root logger's level.
         *
         * @param level the new value
         */
        public void setLevel(String level) {
            this.level = level;
        }

        /**
         * Returns {@code format}: the format of the handler's formatter.
         */
        public String getFormat() {
            return format;
        }

        /**
         * Sets {@code format}: the format of the handler's formatter.
         *
         * @param format the new value
         */
        public void setFormat(String format) {
            this.format = format;
        }

        /**
         * Returns {@code datefmt}: the date format of the handler's formatter.
         */
        public String getDatefmt() {
            return datefmt;
        }

        /**
         * Sets {@code datefmt}: the date format of the handler's formatter.
         *
         * @param datefmt the new value
         */
        public void setDatefmt(String datefmt) {
            this.datefmt = datefmt;
        }

        /**
         * Returns {@code filename}: A file to log to instead of a stream.
         */
        public String getFilename() {
            return filename;
        }

        /**
         * Sets {@code filename}: A file to log to instead of a stream.
         *
         * @param filename the new value
         */
        public void setFilename(String filename) {
            this.filename = filename;
        }

        /**
         * Returns {@code filemode}: the file's mode: a (append) or w (truncate).
         */
        public String getFilemode() {
            return filemode;
        }

        /**
         * Sets {@code filemode}: the file's mode: a (append) or w (truncate).
         *
         * @param filemode the new value
         */
        public void setFilemode(String filemode) {
            this.filemode = filemode;
        }

        /**
         * Returns {@code stream}: the stream to log to when there is no filename: stderr (the default) or stdout.
         */
        public String getStream() {
            return stream;
        }

        /**
         * Sets {@code stream}: the stream to log to when there is no filename: stderr (the default) or stdout.
         *
         * @param stream the new value
         */
        public void setStream(String stream) {
            this.stream = stream;
        }

        /**
         * Returns {@code encoding}: the file's encoding (UTF-8 unless set).
         */
        public String getEncoding() {
            return encoding;
        }

        /**
         * Sets {@code encoding}: the file's encoding (UTF-8 unless set).
         *
         * @param encoding the new value
         */
        public void setEncoding(String encoding) {
            this.encoding = encoding;
        }

        /**
         * Returns {@code force}: replace handlers the root logger already has, as basicConfig(force=True).
         */
        public boolean isForce() {
            return force;
        }

        /**
         * Sets {@code force}: replace handlers the root logger already has, as basicConfig(force=True).
         *
         * @param force the new value
         */
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

        /**
         * Returns {@code format}: the %-style format, such as "%(asctime)s - %(name)s - %(levelname)s -
         * %(message)s".
         */
        public String getFormat() {
            return format;
        }

        /**
         * Sets {@code format}: the %-style format, such as "%(asctime)s - %(name)s - %(levelname)s - %(message)s".
         *
         * @param format the new value
         */
        public void setFormat(String format) {
            this.format = format;
        }

        /**
         * Returns {@code datefmt}: the strftime date format; ISO 8601 with milliseconds unless set.
         */
        public String getDatefmt() {
            return datefmt;
        }

        /**
         * Sets {@code datefmt}: the strftime date format; ISO 8601 with milliseconds unless set.
         *
         * @param datefmt the new value
         */
        public void setDatefmt(String datefmt) {
            this.datefmt = datefmt;
        }

        /**
         * Returns {@code className}: A Formatter subclass: its full Java class name.
         */
        public String getClassName() {
            return className;
        }

        /**
         * Sets {@code className}: A Formatter subclass: its full Java class name.
         *
         * @param className the new value
         */
        public void setClassName(String className) {
            this.className = className;
        }
    }

    /** A Filter passing records of one logger and its descendants. */
    public static class FilterProperties {

        /** The logger name records must be at or below; empty passes everything. */
        private String name = "";

        /**
         * Returns {@code name}: the logger name records must be at or below; empty passes everything.
         */
        public String getName() {
            return name;
        }

        /**
         * Sets {@code name}: the logger name records must be at or below; empty passes everything.
         *
         * @param name the new value
         */
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

        /**
         * Returns {@code qualname}: the logger's name when it differs from the key (the key "root" is the root
         * logger).
         */
        public String getQualname() {
            return qualname;
        }

        /**
         * Sets {@code qualname}: the logger's name when it differs from the key (the key "root" is the root
         * logger).
         *
         * @param qualname the new value
         */
        public void setQualname(String qualname) {
            this.qualname = qualname;
        }

        /**
         * Returns {@code level}: the logger's level.
         */
        public String getLevel() {
            return level;
        }

        /**
         * Sets {@code level}: the logger's level.
         *
         * @param level the new value
         */
        public void setLevel(String level) {
            this.level = level;
        }

        /**
         * Returns {@code handlers}: names of handlers: configured ones, or application beans of type Handler.
         */
        public List<String> getHandlers() {
            return handlers;
        }

        /**
         * Sets {@code handlers}: names of handlers: configured ones, or application beans of type Handler.
         *
         * @param handlers the new value
         */
        public void setHandlers(List<String> handlers) {
            this.handlers = handlers;
        }

        /**
         * Returns {@code filters}: names of filters: configured ones, or application beans of type RecordFilter.
         */
        public List<String> getFilters() {
            return filters;
        }

        /**
         * Sets {@code filters}: names of filters: configured ones, or application beans of type RecordFilter.
         *
         * @param filters the new value
         */
        public void setFilters(List<String> filters) {
            this.filters = filters;
        }

        /**
         * Returns {@code propagate}: whether records go on to the parent's handlers.
         */
        public boolean isPropagate() {
            return propagate;
        }

        /**
         * Sets {@code propagate}: whether records go on to the parent's handlers.
         *
         * @param propagate the new value
         */
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

        /**
         * Returns {@code enabled}: whether to start the server.
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets {@code enabled}: whether to start the server.
         *
         * @param enabled the new value
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns {@code port}: the TCP port; 0 for any free port.
         */
        public int getPort() {
            return port;
        }

        /**
         * Sets {@code port}: the TCP port; 0 for any free port.
         *
         * @param port the new value
         */
        public void setPort(int port) {
            this.port = port;
        }

        /**
         * Returns {@code bindAddress}: the address to bind; loopback unless set.
         */
        public String getBindAddress() {
            return bindAddress;
        }

        /**
         * Sets {@code bindAddress}: the address to bind; loopback unless set.
         *
         * @param bindAddress the new value
         */
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

        /**
         * Returns {@code maxBytes}: the largest configuration accepted, in bytes.
         */
        public int getMaxBytes() {
            return maxBytes;
        }

        /**
         * Sets {@code maxBytes}: the largest configuration accepted, in bytes.
         *
         * @param maxBytes the new value
         */
        public void setMaxBytes(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        /**
         * Returns {@code secret}: A shared secret: configurations must be signed with HMAC-SHA256 under it.
         */
        public String getSecret() {
            return secret;
        }

        /**
         * Sets {@code secret}: A shared secret: configurations must be signed with HMAC-SHA256 under it.
         *
         * @param secret the new value
         */
        public void setSecret(String secret) {
            this.secret = secret;
        }
    }

    /**
     * The record receiver of the seed's network example, on TCP port 9020 (DEFAULT_TCP_LOGGING_PORT) unless set.
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

        /**
         * Returns {@code udpPort}: A UDP port for DatagramHandlers too (9021 is DEFAULT_UDP_LOGGING_PORT); none
         * unless set.
         */
        public Integer getUdpPort() {
            return udpPort;
        }

        /**
         * Sets {@code udpPort}: A UDP port for DatagramHandlers too (9021 is DEFAULT_UDP_LOGGING_PORT); none
         * unless set.
         *
         * @param udpPort the new value
         */
        public void setUdpPort(Integer udpPort) {
            this.udpPort = udpPort;
        }

        /**
         * Returns {@code logname}: A logger that receives every record instead of the one the record names.
         */
        public String getLogname() {
            return logname;
        }

        /**
         * Sets {@code logname}: A logger that receives every record instead of the one the record names.
         *
         * @param logname the new value
         */
        public void setLogname(String logname) {
            this.logname = logname;
        }

        /**
         * Returns {@code maxFrameBytes}: the largest frame accepted, in bytes.
         */
        public int getMaxFrameBytes() {
            return maxFrameBytes;
        }

        /**
         * Sets {@code maxFrameBytes}: the largest frame accepted, in bytes.
         *
         * @param maxFrameBytes the new value
         */
        public void setMaxFrameBytes(int maxFrameBytes) {
            this.maxFrameBytes = maxFrameBytes;
        }

        /**
         * Returns {@code idleTimeout}: how long a connection may stay silent before it is closed.
         */
        public Duration getIdleTimeout() {
            return idleTimeout;
        }

        /**
         * Sets {@code idleTimeout}: how long a connection may stay silent before it is closed.
         *
         * @param idleTimeout the new value
         */
        public void setIdleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
        }
    }
}
