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

    /** The logging.config.listen() configuration server. */
    private final Listen listen = new Listen();

    /** A LogRecordSocketReceiver taking records from SocketHandlers and DatagramHandlers. */
    private final Receiver receiver = new Receiver();

    /**
     * Returns: Whether to start the receiver.
     */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets the value of {@code enabled}: Whether to start the receiver.
     *
     * @param enabled the new value
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /**
     * Returns: A fileConfig INI file applied first (a resource location such as classpath:logging.conf).
     */
    public String getConfigFile() {
        return configFile;
    }

    /**
     * Sets the value of {@code configFile}: A fileConfig INI file applied first (a resource location such as
     * classpath:logging.conf).
     *
     * @param configFile the new value
     */
    public void setConfigFile(String configFile) {
        this.configFile = configFile;
    }

    /**
     * Returns: Values for %(name)s interpolation in the config-file, as fileConfig's defaults.
     */
    public Map<String, String> getConfigFileDefaults() {
        return configFileDefaults;
    }

    /**
     * Sets the value of {@code configFileDefaults}: Values for %(name)s interpolation in the config-file, as
     * fileConfig's defaults.
     *
     * @param configFileDefaults the new value
     */
    public void setConfigFileDefaults(Map<String, String> configFileDefaults) {
        this.configFileDefaults = configFileDefaults;
    }

    /**
     * Returns: basicConfig(**kwargs): a handler for the root logger.
     */
    public Basic getBasic() {
        return basic;
    }

    /**
     * Returns: The logger's level.
     */
    public Map<String, String> getLevel() {
        return level;
    }

    /**
     * Sets the value of {@code level}: The logger's level.
     *
     * @param level the new value
     */
    public void setLevel(Map<String, String> level) {
        this.level = level;
    }

    /**
     * Returns: Extra level names by level number, as addLevelName(25, "NOTICE").
     */
    public Map<Integer, String> getLevelNames() {
        return levelNames;
    }

    /**
     * Sets the value of {@code levelNames}: Extra level names by level number, as addLevelName(25, "NOTICE").
     *
     * @param levelNames the new value
     */
    public void setLevelNames(Map<Integer, String> levelNames) {
        this.levelNames = levelNames;
    }

    /**
     * Returns: Disables every call at or below this level, as logging.disable(level).
     */
    public String getDisable() {
        return disable;
    }

    /**
     * Sets the value of {@code disable}: Disables every call at or below this level, as logging.disable(level).
     *
     * @param disable the new value
     */
    public void setDisable(String disable) {
        this.disable = disable;
    }

    /**
     * Returns: Named formatters.
     */
    public Map<String, FormatterProperties> getFormatters() {
        return formatters;
    }

    /**
     * Sets the value of {@code formatters}: Named formatters.
     *
     * @param formatters the new value
     */
    public void setFormatters(Map<String, FormatterProperties> formatters) {
        this.formatters = formatters;
    }

    /**
     * Returns: Names of filters: configured ones, or application beans of type RecordFilter.
     */
    public Map<String, FilterProperties> getFilters() {
        return filters;
    }

    /**
     * Sets the value of {@code filters}: Names of filters: configured ones, or application beans of type
     * RecordFilter.
     *
     * @param filters the new value
     */
    public void setFilters(Map<String, FilterProperties> filters) {
        this.filters = filters;
    }

    /**
     * Returns: Names of handlers: configured ones, or application beans of type Handler.
     */
    public Map<String, HandlerProperties> getHandlers() {
        return handlers;
    }

    /**
     * Sets the value of {@code handlers}: Names of handlers: configured ones, or application beans of type
     * Handler.
     *
     * @param handlers the new value
     */
    public void setHandlers(Map<String, HandlerProperties> handlers) {
        this.handlers = handlers;
    }

    /**
     * Returns: Loggers by key; the key is the logger name unless qualname is set, and "root" is the root logger.
     */
    public Map<String, LoggerProperties> getLoggers() {
        return loggers;
    }

    /**
     * Sets the value of {@code loggers}: Loggers by key; the key is the logger name unless qualname is set, and
     * "root" is the root logger.
     *
     * @param loggers the new value
     */
    public void setLoggers(Map<String, LoggerProperties> loggers) {
        this.loggers = loggers;
    }

    /**
     * Returns: Whether loggers that exist when the configuration is applied, and that it does not name, are
     * disabled, as fileConfig's disable_existing_loggers. Off by default, since a Spring application creates
     * loggers in static initialisers before the configuration is applied. /
     */
    public boolean isDisableExistingLoggers() {
        return disableExistingLoggers;
    }

    /**
     * Sets the value of {@code disableExistingLoggers}: Whether loggers that exist when the configuration is
     * applied, and that it does not name, are disabled, as fileConfig's disable_existing_loggers. Off by
     * default, since a Spring application creates loggers in static initialisers before the configuration is
     * applied. /
     *
     * @param disableExistingLoggers the new value
     */
    public void setDisableExistingLoggers(boolean disableExistingLoggers) {
        this.disableExistingLoggers = disableExistingLoggers;
    }

    /**
     * Returns: The logging.config.listen() configuration server.
     */
    public Listen getListen() {
        return listen;
    }

    /**
     * Returns: A LogRecordSocketReceiver taking records from SocketHandlers and DatagramHandlers.
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
         * Returns: The logger's level.
         */
        public String getLevel() {
            return level;
        }

        /**
         * Sets the value of {@code level}: The logger's level.
         *
         * @param level the new value
         */
        public void setLevel(String level) {
            this.level = level;
        }

        /**
         * Returns: The %-style format, such as "%(asctime)s - %(name)s - %(levelname)s - %(message)s".
         */
        public String getFormat() {
            return format;
        }

        /**
         * Sets the value of {@code format}: The %-style format, such as "%(asctime)s - %(name)s - %(levelname)s
         * - %(message)s".
         *
         * @param format the new value
         */
        public void setFormat(String format) {
            this.format = format;
        }

        /**
         * Returns: The strftime date format; ISO 8601 with milliseconds unless set.
         */
        public String getDatefmt() {
            return datefmt;
        }

        /**
         * Sets the value of {@code datefmt}: The strftime date format; ISO 8601 with milliseconds unless set.
         *
         * @param datefmt the new value
         */
        public void setDatefmt(String datefmt) {
            this.datefmt = datefmt;
        }

        /**
         * Returns: A file to log to instead of a stream.
         */
        public String getFilename() {
            return filename;
        }

        /**
         * Sets the value of {@code filename}: A file to log to instead of a stream.
         *
         * @param filename the new value
         */
        public void setFilename(String filename) {
            this.filename = filename;
        }

        /**
         * Returns: The file's mode: a (append) or w (truncate).
         */
        public String getFilemode() {
            return filemode;
        }

        /**
         * Sets the value of {@code filemode}: The file's mode: a (append) or w (truncate).
         *
         * @param filemode the new value
         */
        public void setFilemode(String filemode) {
            this.filemode = filemode;
        }

        /**
         * Returns: The stream to log to when there is no filename: stderr (the default) or stdout.
         */
        public String getStream() {
            return stream;
        }

        /**
         * Sets the value of {@code stream}: The stream to log to when there is no filename: stderr (the
         * default) or stdout.
         *
         * @param stream the new value
         */
        public void setStream(String stream) {
            this.stream = stream;
        }

        /**
         * Returns: The file's encoding (UTF-8 unless set).
         */
        public String getEncoding() {
            return encoding;
        }

        /**
         * Sets the value of {@code encoding}: The file's encoding (UTF-8 unless set).
         *
         * @param encoding the new value
         */
        public void setEncoding(String encoding) {
            this.encoding = encoding;
        }

        /**
         * Returns: Replace handlers the root logger already has, as basicConfig(force=True).
         */
        public boolean isForce() {
            return force;
        }

        /**
         * Sets the value of {@code force}: Replace handlers the root logger already has, as
         * basicConfig(force=True).
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

        /**
         * Returns: The %-style format, such as "%(asctime)s - %(name)s - %(levelname)s - %(message)s".
         */
        public String getFormat() {
            return format;
        }

        /**
         * Sets the value of {@code format}: The %-style format, such as "%(asctime)s - %(name)s - %(levelname)s
         * - %(message)s".
         *
         * @param format the new value
         */
        public void setFormat(String format) {
            this.format = format;
        }

        /**
         * Returns: The strftime date format; ISO 8601 with milliseconds unless set.
         */
        public String getDatefmt() {
            return datefmt;
        }

        /**
         * Sets the value of {@code datefmt}: The strftime date format; ISO 8601 with milliseconds unless set.
         *
         * @param datefmt the new value
         */
        public void setDatefmt(String datefmt) {
            this.datefmt = datefmt;
        }

        /**
         * Returns: A Formatter subclass: its full Java class name.
         */
        public String getClassName() {
            return className;
        }

        /**
         * Sets the value of {@code className}: A Formatter subclass: its full Java class name.
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
         * Returns: The logger name records must be at or below; empty passes everything.
         */
        public String getName() {
            return name;
        }

        /**
         * Sets the value of {@code name}: The logger name records must be at or below; empty passes everything.
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
         * Returns: The logger's name when it differs from the key (the key "root" is the root logger).
         */
        public String getQualname() {
            return qualname;
        }

        /**
         * Sets the value of {@code qualname}: The logger's name when it differs from the key (the key "root" is
         * the root logger).
         *
         * @param qualname the new value
         */
        public void setQualname(String qualname) {
            this.qualname = qualname;
        }

        /**
         * Returns: The logger's level.
         */
        public String getLevel() {
            return level;
        }

        /**
         * Sets the value of {@code level}: The logger's level.
         *
         * @param level the new value
         */
        public void setLevel(String level) {
            this.level = level;
        }

        /**
         * Returns: Names of handlers: configured ones, or application beans of type Handler.
         */
        public List<String> getHandlers() {
            return handlers;
        }

        /**
         * Sets the value of {@code handlers}: Names of handlers: configured ones, or application beans of type
         * Handler.
         *
         * @param handlers the new value
         */
        public void setHandlers(List<String> handlers) {
            this.handlers = handlers;
        }

        /**
         * Returns: Names of filters: configured ones, or application beans of type RecordFilter.
         */
        public List<String> getFilters() {
            return filters;
        }

        /**
         * Sets the value of {@code filters}: Names of filters: configured ones, or application beans of type
         * RecordFilter.
         *
         * @param filters the new value
         */
        public void setFilters(List<String> filters) {
            this.filters = filters;
        }

        /**
         * Returns: Whether records go on to the parent's handlers.
         */
        public boolean isPropagate() {
            return propagate;
        }

        /**
         * Sets the value of {@code propagate}: Whether records go on to the parent's handlers.
         *
         * @param propagate the new value
         */
        public void setPropagate(boolean propagate) {
            this.propagate = propagate;
        }
    }

    /** The configuration server of logging.config.listen(). */
    public static class Listen {

        /** Whether to start the server. */
        private boolean enabled;

        /** The TCP port (9030, DEFAULT_LOGGING_CONFIG_PORT, unless set; 0 for any free port). */
        private int port = 9030;

        /** The address to bind; loopback unless set. */
        private String bindAddress;

        /** The largest configuration accepted, in bytes. */
        private int maxBytes = 1024 * 1024;

        /** A shared secret: configurations must be signed with HMAC-SHA256 under it. */
        private String secret;

        /**
         * Returns: Whether to start the receiver.
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets the value of {@code enabled}: Whether to start the receiver.
         *
         * @param enabled the new value
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns: The TCP port (9020, DEFAULT_TCP_LOGGING_PORT, unless set; 0 for any free port).
         */
        public int getPort() {
            return port;
        }

        /**
         * Sets the value of {@code port}: The TCP port (9020, DEFAULT_TCP_LOGGING_PORT, unless set; 0 for any
         * free port).
         *
         * @param port the new value
         */
        public void setPort(int port) {
            this.port = port;
        }

        /**
         * Returns: The address to bind; loopback unless set.
         */
        public String getBindAddress() {
            return bindAddress;
        }

        /**
         * Sets the value of {@code bindAddress}: The address to bind; loopback unless set.
         *
         * @param bindAddress the new value
         */
        public void setBindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
        }

        /**
         * Returns: The largest configuration accepted, in bytes.
         */
        public int getMaxBytes() {
            return maxBytes;
        }

        /**
         * Sets the value of {@code maxBytes}: The largest configuration accepted, in bytes.
         *
         * @param maxBytes the new value
         */
        public void setMaxBytes(int maxBytes) {
            this.maxBytes = maxBytes;
        }

        /**
         * Returns: A shared secret: configurations must be signed with HMAC-SHA256 under it.
         */
        public String getSecret() {
            return secret;
        }

        /**
         * Sets the value of {@code secret}: A shared secret: configurations must be signed with HMAC-SHA256
         * under it.
         *
         * @param secret the new value
         */
        public void setSecret(String secret) {
            this.secret = secret;
        }
    }

    /** The record receiver of the seed's network example. */
    public static class Receiver {

        /** Whether to start the receiver. */
        private boolean enabled;

        /** The TCP port (9020, DEFAULT_TCP_LOGGING_PORT, unless set; 0 for any free port). */
        private int port = 9020;

        /** A UDP port for DatagramHandlers too (9021 is DEFAULT_UDP_LOGGING_PORT); none unless set. */
        private Integer udpPort;

        /** The address to bind; loopback unless set. */
        private String bindAddress;

        /** A logger that receives every record instead of the one the record names. */
        private String logname;

        /** The largest frame accepted, in bytes. */
        private int maxFrameBytes = 1024 * 1024;

        /** How long a connection may stay silent before it is closed. */
        private Duration idleTimeout = Duration.ofMinutes(5);

        /**
         * Returns: Whether to start the receiver.
         */
        public boolean isEnabled() {
            return enabled;
        }

        /**
         * Sets the value of {@code enabled}: Whether to start the receiver.
         *
         * @param enabled the new value
         */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /**
         * Returns: The TCP port (9020, DEFAULT_TCP_LOGGING_PORT, unless set; 0 for any free port).
         */
        public int getPort() {
            return port;
        }

        /**
         * Sets the value of {@code port}: The TCP port (9020, DEFAULT_TCP_LOGGING_PORT, unless set; 0 for any
         * free port).
         *
         * @param port the new value
         */
        public void setPort(int port) {
            this.port = port;
        }

        /**
         * Returns: A UDP port for DatagramHandlers too (9021 is DEFAULT_UDP_LOGGING_PORT); none unless set.
         */
        public Integer getUdpPort() {
            return udpPort;
        }

        /**
         * Sets the value of {@code udpPort}: A UDP port for DatagramHandlers too (9021 is
         * DEFAULT_UDP_LOGGING_PORT); none unless set.
         *
         * @param udpPort the new value
         */
        public void setUdpPort(Integer udpPort) {
            this.udpPort = udpPort;
        }

        /**
         * Returns: The address to bind; loopback unless set.
         */
        public String getBindAddress() {
            return bindAddress;
        }

        /**
         * Sets the value of {@code bindAddress}: The address to bind; loopback unless set.
         *
         * @param bindAddress the new value
         */
        public void setBindAddress(String bindAddress) {
            this.bindAddress = bindAddress;
        }

        /**
         * Returns: A logger that receives every record instead of the one the record names.
         */
        public String getLogname() {
            return logname;
        }

        /**
         * Sets the value of {@code logname}: A logger that receives every record instead of the one the record
         * names.
         *
         * @param logname the new value
         */
        public void setLogname(String logname) {
            this.logname = logname;
        }

        /**
         * Returns: The largest frame accepted, in bytes.
         */
        public int getMaxFrameBytes() {
            return maxFrameBytes;
        }

        /**
         * Sets the value of {@code maxFrameBytes}: The largest frame accepted, in bytes.
         *
         * @param maxFrameBytes the new value
         */
        public void setMaxFrameBytes(int maxFrameBytes) {
            this.maxFrameBytes = maxFrameBytes;
        }

        /**
         * Returns: How long a connection may stay silent before it is closed.
         */
        public Duration getIdleTimeout() {
            return idleTimeout;
        }

        /**
         * Sets the value of {@code idleTimeout}: How long a connection may stay silent before it is closed.
         *
         * @param idleTimeout the new value
         */
        public void setIdleTimeout(Duration idleTimeout) {
            this.idleTimeout = idleTimeout;
        }
    }
}
