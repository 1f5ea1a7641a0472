package dev.pylogging.spring.autoconfigure;

import dev.pylogging.Handler;
import dev.pylogging.Level;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.config.Configuration;
import dev.pylogging.jul.JulBridge;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.logging.LogFile;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggerConfiguration.LevelConfiguration;
import org.springframework.boot.logging.LoggingInitializationContext;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.logging.LoggingSystemFactory;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * Makes pylogging the Spring Boot application's logging system, as {@code Log4J2LoggingSystem}
 * does for Log4j2: configured from the Environment before the application context exists, from
 * the {@code pylogging.*} tree and Spring Boot's own {@code logging.*} keys, so that Spring's
 * first start-up line already goes through pylogging's handlers.
 *
 * <p>With no {@code pylogging.*} handlers on the root logger, the root gets the handlers Spring
 * Boot would make (console, and the file of {@code logging.file.*}) with Spring Boot's layout in
 * pylogging's syntax, at INFO. {@code logging.config} may name a {@code fileConfig} INI file.
 * {@code logging.level.*} and {@code logging.group.*} set pylogging levels through
 * {@link #setLogLevel}; where {@code pylogging.*} sets a logger's level too, pylogging's wins
 * ({@link PinnedLevels}). Handlers that name application beans are built when the
 * context has them ({@link PyLoggingConfigurer}); until then the Spring Boot handlers log.
 */
public class PyLoggingSystem extends LoggingSystem {

    private static final String LOGBACK = "ch.qos.logback.classic.LoggerContext";
    private static final int OFF = Integer.MAX_VALUE;
    private static final int TRACE = 5;
    private static final Map<LogLevel, Integer> LEVELS = Map.of(LogLevel.TRACE, TRACE, LogLevel.DEBUG, Level.DEBUG,
            LogLevel.INFO, Level.INFO, LogLevel.WARN, Level.WARNING, LogLevel.ERROR, Level.ERROR,
            LogLevel.FATAL, Level.CRITICAL, LogLevel.OFF, OFF);

    /** The system that configured logging last, with the Environment it read. */
    private static volatile PyLoggingSystem current;

    private final ClassLoader classLoader;
    private volatile ConfigurationAssembler.Assembled assembled;
    private volatile Map<String, Integer> pinnedLevels = Map.of();

    /**
     * Creates the system; Spring Boot does this through {@link Factory}.
     *
     * @param classLoader the application's class loader
     */
    public PyLoggingSystem(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /**
     * Refuses to start beside Logback, which would take SLF4J's records from pylogging.
     *
     * @throws IllegalStateException naming the dependency to exclude and how
     */
    @Override
    public void beforeInitialize() {
        if (ClassUtils.isPresent(LOGBACK, classLoader)) {
            throw new IllegalStateException(LOGBACK_PRESENT);
        }
        Logging.addLevelName(TRACE, "TRACE");
        JulBridge.install();
    }

    static final String LOGBACK_PRESENT = """
            pylogging is this application's logging system, but Logback (ch.qos.logback:logback-classic) is on \
            the class path too, most likely through spring-boot-starter-logging, and would take the records \
            logged through SLF4J. Exclude it where it comes in, as with spring-boot-starter-log4j2:

              Maven:
                <dependency>
                  <groupId>org.springframework.boot</groupId>
                  <artifactId>spring-boot-starter</artifactId>  <!-- or -web, -actuator ... -->
                  <exclusions>
                    <exclusion>
                      <groupId>org.springframework.boot</groupId>
                      <artifactId>spring-boot-starter-logging</artifactId>
                    </exclusion>
                  </exclusions>
                </dependency>

              Gradle:
                configurations.configureEach {
                  exclude group: 'org.springframework.boot', module: 'spring-boot-starter-logging'
                }
            """;

    /**
     * Builds and checks the whole configuration from the Environment, then applies it.
     *
     * @throws InvalidPyLoggingPropertyException naming the first bad key; nothing is applied then
     */
    @Override
    public void initialize(LoggingInitializationContext context, String configLocation, LogFile logFile) {
        Environment env = context.getEnvironment();
        // Spring Boot's shutdown handler (logging.register-shutdown-hook) replaces the core's own hook.
        Logging.setShutdownHookEnabled(false);
        PyLoggingProperties properties = PropertiesBinding.bind(env);
        boolean fromLoggingConfig = false;
        if (configLocation != null && !configLocation.isBlank()
                && (properties.getConfigFile() == null || properties.getConfigFile().isBlank())) {
            properties.setConfigFile(configLocation);
            fromLoggingConfig = true;
        }
        ConfigurationAssembler.Assembled result = null;
        if (properties.isEnabled()) {
            try {
                result = new ConfigurationAssembler(properties, NO_BEANS_YET, new DefaultResourceLoader(classLoader))
                        .assemble();
            } catch (BeansNotYetAvailable deferred) {
                result = null;
            } catch (InvalidPyLoggingPropertyException e) {
                if (fromLoggingConfig && e.getProperty().equals("pylogging.config-file")) {
                    throw new InvalidPyLoggingPropertyException("logging.config", configLocation, e.getReason(),
                            e.getAction(), e);
                }
                throw e;
            }
        }
        boolean rootConfigured = result != null && result.configuration().getRoot() != null
                && !result.configuration().getRoot().handlers().isEmpty();
        List<Handler> springHandlers = rootConfigured ? List.of() : SpringBootDefaults.handlers(env, logFile);
        if (result != null) {
            result.configuration().apply();
            apply(result);
        }
        Logger root = Logging.getLogger();
        if (!rootConfigured) {
            springHandlers.forEach(root::addHandler);
            if (result == null || result.configuration().getRoot() == null
                    || result.configuration().getRoot().level() == null) {
                root.setLevel(Level.INFO);
            }
        }
        this.assembled = result;
        this.pinnedLevels = result == null ? Map.of() : pinned(result);
        current = this;
    }

    private static void apply(ConfigurationAssembler.Assembled result) {
        result.levels().forEach((name, level) -> loggerNamed(name).setLevel(level));
        if (result.disable() != null) {
            Logging.disable(result.disable());
        }
    }

    /** The levels {@code pylogging.*} sets, which win over {@code logging.level.*}. */
    private static Map<String, Integer> pinned(ConfigurationAssembler.Assembled result) {
        Map<String, Integer> levels = new LinkedHashMap<>();
        Configuration configuration = result.configuration();
        if (configuration.getRoot() != null && configuration.getRoot().level() != null) {
            levels.put("root", configuration.getRoot().level());
        }
        configuration.getLoggers().values().forEach(spec -> {
            if (spec.level() != null) {
                levels.put(spec.qualname(), spec.level());
            }
        });
        levels.putAll(result.levels());
        return Map.copyOf(levels);
    }

    /**
     * Returns what the running system assembled and applied before the context existed, or null
     * when the configuration waits for application beans or no {@code PyLoggingSystem} runs
     * (an {@code ApplicationContextRunner}, or {@code logging.config} of another system). The
     * Environment is not compared: Spring Boot may convert it to another type before the context.
     */
    static ConfigurationAssembler.Assembled applied() {
        PyLoggingSystem system = current;
        return system != null ? system.assembled : null;
    }

    /** Puts the levels {@code pylogging.*} sets back over those {@code logging.level.*} set. */
    static void reapplyPinnedLevels() {
        PyLoggingSystem system = current;
        if (system != null) {
            system.pinnedLevels.forEach((name, level) -> loggerNamed(name).setLevel(level));
        }
    }

    private static Logger loggerNamed(String name) {
        return name.equals("root") || name.equals(ROOT_LOGGER_NAME) ? Logging.getLogger() : Logging.getLogger(name);
    }

    /**
     * Flushes every handler when the context closes. They stay open: the application's
     * {@code @PreDestroy} methods log after this, and the shutdown handler, or the
     * auto-configuration once the beans are destroyed, closes them.
     */
    @Override
    public void cleanUp() {
        for (Logger logger : Logging.getLoggers()) {
            for (Handler handler : logger.getHandlers()) {
                handler.flush();
            }
        }
        if (current == this) {
            current = null;
        }
    }

    /** Returns {@code logging.shutdown()}, which Spring Boot runs when the JVM exits. */
    @Override
    public Runnable getShutdownHandler() {
        return Logging::shutdown;
    }

    @Override
    public Set<LogLevel> getSupportedLogLevels() {
        return EnumSet.allOf(LogLevel.class);
    }

    /**
     * Sets a logger's level ({@code ROOT} or null is the root); a null level makes it inherit
     * again (the root goes back to INFO).
     */
    @Override
    public void setLogLevel(String loggerName, LogLevel level) {
        boolean root = loggerName == null || loggerName.equalsIgnoreCase(ROOT_LOGGER_NAME);
        Logger logger = root ? Logging.getLogger() : Logging.getLogger(loggerName);
        logger.setLevel(level == null ? (root ? Level.INFO : Level.NOTSET) : LEVELS.get(level));
    }

    @Override
    public List<LoggerConfiguration> getLoggerConfigurations() {
        List<LoggerConfiguration> result = new ArrayList<>();
        for (Logger logger : Logging.getLoggers()) {
            result.add(configurationOf(logger));
        }
        // ROOT first, then by name, as Spring Boot's own systems list them.
        result.sort(java.util.Comparator.comparing((LoggerConfiguration c) -> !c.getName().equals(ROOT_LOGGER_NAME))
                .thenComparing(LoggerConfiguration::getName));
        return Collections.unmodifiableList(result);
    }

    @Override
    public LoggerConfiguration getLoggerConfiguration(String loggerName) {
        boolean root = loggerName == null || loggerName.equalsIgnoreCase(ROOT_LOGGER_NAME);
        if (!root && Logging.getLoggers().stream().noneMatch(l -> l.getName().equals(loggerName))) {
            return null;
        }
        return configurationOf(root ? Logging.getLogger() : Logging.getLogger(loggerName));
    }

    private static LoggerConfiguration configurationOf(Logger logger) {
        String name = logger == Logging.getLogger() ? ROOT_LOGGER_NAME : logger.getName();
        int own = logger.getLevel();
        LevelConfiguration configured = own == Level.NOTSET ? null : levelConfiguration(own);
        return new LoggerConfiguration(name, configured, levelConfiguration(logger.getEffectiveLevel()));
    }

    /** A level Spring Boot knows by its number, or a custom one (such as NOTICE at 25) by its name. */
    private static LevelConfiguration levelConfiguration(int level) {
        for (Map.Entry<LogLevel, Integer> e : LEVELS.entrySet()) {
            if (e.getValue() == level) {
                return LevelConfiguration.of(e.getKey());
            }
        }
        return LevelConfiguration.ofCustom(Logging.getLevelName(level));
    }

    /**
     * Puts the levels {@code pylogging.*} sets back once Spring Boot has applied
     * {@code logging.level.*} and {@code logging.group.*} (right after the system's initialisation,
     * on the same event), so that {@code pylogging.*} wins where both name a logger.
     */
    public static class PinnedLevels implements ApplicationListener<ApplicationPreparedEvent> {

        /** Creates the listener; Spring Boot does this from {@code META-INF/spring.factories}. */
        public PinnedLevels() {
        }

        @Override
        public void onApplicationEvent(ApplicationPreparedEvent event) {
            reapplyPinnedLevels();
        }
    }

    /** Thrown at Environment time by a configuration that names an application bean. */
    private static final class BeansNotYetAvailable extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BeansNotYetAvailable() {
            super(null, null, false, false);
        }
    }

    private static final ConfigurationAssembler.Beans NO_BEANS_YET = new ConfigurationAssembler.Beans() {
        @Override
        public <T> T find(String name, Class<T> type) {
            throw new BeansNotYetAvailable();
        }
    };

    /** Chooses {@link PyLoggingSystem} when pylogging is on the class path, before Logback and Log4j2. */
    @Order(Ordered.HIGHEST_PRECEDENCE)
    public static class Factory implements LoggingSystemFactory {

        private static final boolean PRESENT = ClassUtils.isPresent("dev.pylogging.Logging",
                Factory.class.getClassLoader());

        /** Creates the factory; Spring Boot does this from {@code META-INF/spring.factories}. */
        public Factory() {
        }

        @Override
        public LoggingSystem getLoggingSystem(ClassLoader classLoader) {
            return PRESENT ? new PyLoggingSystem(classLoader) : null;
        }
    }
}
