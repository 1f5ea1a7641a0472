package dev.pylogging.spring.autoconfigure;

import dev.pylogging.Filter;
import dev.pylogging.Formatter;
import dev.pylogging.Handler;
import dev.pylogging.Logging;
import dev.pylogging.RecordFilter;
import dev.pylogging.StreamHandler;
import dev.pylogging.FileHandler;
import dev.pylogging.BasicConfig;
import dev.pylogging.config.ConfigException;
import dev.pylogging.config.Configuration;
import dev.pylogging.config.LoggingConfig;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Turns {@link PyLoggingProperties} into a {@link Configuration}, checked in full before anything
 * is applied: the {@code config-file} first, then formatters, filters, handlers, {@code basic}
 * and loggers from the properties on top of it. Names that are not configured are looked up as
 * application beans.
 */
final class ConfigurationAssembler {

    /** Finds an application bean by name, or returns {@code null}. */
    interface Beans {
        /**
         * Returns the bean named {@code name} when it is a {@code type}, {@code null} when there is
         * no such bean.
         *
         * @throws IllegalArgumentException when the bean exists but is not a {@code type}
         */
        <T> T find(String name, Class<T> type);
    }

    /**
     * What was assembled: the configuration, the components built from properties (to expose as
     * beans) and the level settings to apply after it.
     */
    record Assembled(Configuration configuration, Map<String, Formatter> formatters, Map<String, RecordFilter> filters,
                     Map<String, Handler> handlers, Map<String, Integer> levels, Integer disable) {
    }

    private final PyLoggingProperties properties;
    private final Beans beans;
    private final ResourceLoader resources;
    private final Map<String, Formatter> formatters = new LinkedHashMap<>();
    private final Map<String, RecordFilter> filters = new LinkedHashMap<>();
    private final Map<String, Handler> handlers = new LinkedHashMap<>();
    private final Set<String> disabledHandlers = new HashSet<>();
    private Configuration fromFile;

    ConfigurationAssembler(PyLoggingProperties properties, Beans beans, ResourceLoader resources) {
        this.properties = properties;
        this.beans = beans;
        this.resources = resources;
    }

    /**
     * Builds everything and checks every reference, level and format.
     *
     * @throws InvalidPyLoggingPropertyException naming the first property that is wrong; what was
     *     built until then is closed again
     */
    Assembled assemble() {
        properties.getLevelNames().forEach(Logging::addLevelName);
        try {
            Configuration.Builder builder = readConfigFile();
            builder.disableExistingLoggers(properties.isDisableExistingLoggers());
            buildFormatters();
            buildFilters();
            buildHandlers();
            setTargets();
            formatters.forEach(builder::formatter);
            handlers.forEach(builder::handler);
            addBasic(builder);
            addLoggers(builder);
            Map<String, Integer> levels = new LinkedHashMap<>();
            properties.getLevel().forEach((name, level) ->
                    levels.put(name, Levels.parse("pylogging.level." + name, level)));
            Integer disable = properties.getDisable() == null ? null
                    : Levels.parse("pylogging.disable", properties.getDisable());
            return new Assembled(builder.build(), Map.copyOf(formatters), Map.copyOf(filters), Map.copyOf(handlers),
                    levels, disable);
        } catch (RuntimeException e) {
            handlers.values().forEach(Handler::close);
            if (fromFile != null) {
                fromFile.discard();
            }
            throw e;
        }
    }

    private Configuration.Builder readConfigFile() {
        String location = properties.getConfigFile();
        if (location == null || location.isBlank()) {
            return Configuration.builder();
        }
        Resource resource = resources.getResource(location);
        if (!resource.exists()) {
            throw new InvalidPyLoggingPropertyException("pylogging.config-file", location, "no such file",
                    "Point pylogging.config-file at a fileConfig INI file, such as classpath:logging.conf or "
                            + "file:/etc/myapp/logging.conf.", null);
        }
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            fromFile = LoggingConfig.readFileConfig(reader, location, properties.getConfigFileDefaults(),
                    properties.isDisableExistingLoggers());
        } catch (ConfigException e) {
            throw new InvalidPyLoggingPropertyException("pylogging.config-file", location, e.getMessage(),
                    "Correct the configuration file; its format is that of Python's logging.config.fileConfig.", e);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidPyLoggingPropertyException("pylogging.config-file", location,
                    "cannot be read: " + e.getMessage(), "Make the file readable by this process.", e);
        }
        return fromFile.toBuilder();
    }

    private void buildFormatters() {
        properties.getFormatters().forEach((name, f) -> {
            try {
                formatters.put(name, LoggingConfig.newFormatter(f.getClassName(), f.getFormat(), f.getDatefmt()));
            } catch (IllegalArgumentException e) {
                boolean badClass = f.getClassName() != null && e.getMessage() != null
                        && e.getMessage().contains("class");
                throw badClass
                        ? new InvalidPyLoggingPropertyException("pylogging.formatters." + name + ".class",
                                f.getClassName(), e.getMessage(),
                                "Use the full name of a public Java class that extends dev.pylogging.Formatter.", e)
                        : new InvalidPyLoggingPropertyException("pylogging.formatters." + name + ".format",
                                f.getFormat(), e.getMessage(),
                                "Write a %-style format such as '%(asctime)s - %(name)s - %(levelname)s - "
                                        + "%(message)s'; a literal % is written %%.", e);
            }
        });
    }

    private void buildFilters() {
        properties.getFilters().forEach((name, f) -> filters.put(name, new Filter(f.getName())));
    }

    private void buildHandlers() {
        properties.getHandlers().forEach((name, h) -> {
            if (!h.isEnabled()) {
                disabledHandlers.add(name);
                return;
            }
            String path = "pylogging.handlers." + name;
            Handler handler = HandlerFactory.create(name, h);
            handlers.put(name, handler);
            handler.setName(name);
            if (h.getLevel() != null) {
                handler.setLevel(Levels.parse(path + ".level", h.getLevel()));
            }
            if (h.getFormatter() != null) {
                handler.setFormatter(formatter(path + ".formatter", h.getFormatter()));
            }
            List<String> filterNames = h.getFilters();
            for (int i = 0; i < filterNames.size(); i++) {
                handler.addFilter(filter(path + ".filters[" + i + "]", filterNames.get(i)));
            }
        });
    }

    private void setTargets() {
        Map<String, String> targets = new LinkedHashMap<>();
        properties.getHandlers().forEach((name, h) -> {
            if (h.isEnabled() && h.getTarget() != null) {
                targets.put(name, h.getTarget());
            }
        });
        for (String start : targets.keySet()) {
            Set<String> seen = new TreeSet<>();
            for (String at = start; at != null; at = targets.get(at)) {
                if (!seen.add(at)) {
                    throw new InvalidPyLoggingPropertyException("pylogging.handlers." + start + ".target",
                            targets.get(start), "MemoryHandler targets form a cycle through " + seen,
                            "Make the last MemoryHandler of the chain target a handler that writes somewhere.", null);
                }
            }
        }
        targets.forEach((name, target) -> ((dev.pylogging.handlers.MemoryHandler) handlers.get(name))
                .setTarget(handler("pylogging.handlers." + name + ".target", target)));
    }

    private Formatter formatter(String property, String name) {
        Formatter configured = formatters.get(name);
        if (configured == null && fromFile != null) {
            configured = fromFile.getFormatters().get(name);
        }
        if (configured != null) {
            return configured;
        }
        return bean(property, name, Formatter.class, "pylogging.formatters");
    }

    private RecordFilter filter(String property, String name) {
        RecordFilter configured = filters.get(name);
        return configured != null ? configured : bean(property, name, RecordFilter.class, "pylogging.filters");
    }

    private Handler handler(String property, String name) {
        Handler configured = handlers.get(name);
        if (configured == null && fromFile != null) {
            configured = fromFile.getHandlers().get(name);
        }
        return configured != null ? configured : bean(property, name, Handler.class, "pylogging.handlers");
    }

    private <T> T bean(String property, String name, Class<T> type, String section) {
        T found;
        try {
            found = beans.find(name, type);
        } catch (IllegalArgumentException e) {
            throw new InvalidPyLoggingPropertyException(property, name, e.getMessage(),
                    "Refer to a bean of type " + type.getName() + ", or configure '" + name + "' under " + section
                            + ".", e);
        }
        if (found == null) {
            throw new InvalidPyLoggingPropertyException(property, name, "no " + type.getSimpleName().toLowerCase()
                    + " '" + name + "' is configured under " + section + " and no bean of type " + type.getSimpleName()
                    + " has that name",
                    "Configure '" + name + "' under " + section + ", define a " + type.getSimpleName()
                            + " bean named '" + name + "', or correct the name.", null);
        }
        return found;
    }

    private void addBasic(Configuration.Builder builder) {
        PyLoggingProperties.Basic basic = properties.getBasic();
        if (!basic.isSet()) {
            return;
        }
        String format = basic.getFormat() == null ? BasicConfig.BASIC_FORMAT : basic.getFormat();
        Formatter formatter;
        try {
            formatter = new Formatter(format, basic.getDatefmt());
        } catch (IllegalArgumentException e) {
            throw new InvalidPyLoggingPropertyException("pylogging.basic.format", format, e.getMessage(),
                    "Write a %-style format such as '%(asctime)s %(levelname)s %(message)s'.", e);
        }
        Handler handler;
        if (basic.getFilename() != null) {
            String mode = basic.getFilemode() == null ? "a" : basic.getFilemode();
            if (!mode.equals("a") && !mode.equals("w")) {
                throw new InvalidPyLoggingPropertyException("pylogging.basic.filemode", mode,
                        "the mode must be a (append) or w (truncate)", "Use a or w.", null);
            }
            try {
                handler = new FileHandler(basic.getFilename(), mode, basic.getEncoding(), false);
            } catch (RuntimeException e) {
                throw new InvalidPyLoggingPropertyException("pylogging.basic.filename", basic.getFilename(),
                        e.getMessage(), "Make sure the file's directory can be created and written by this process.",
                        e);
            }
        } else {
            String stream = basic.getStream() == null ? "stderr" : basic.getStream();
            handler = switch (stream) {
                case "stdout" -> new StreamHandler(System.out);
                case "stderr" -> new StreamHandler(System.err);
                default -> throw new InvalidPyLoggingPropertyException("pylogging.basic.stream", stream,
                        "unknown stream", "Use stdout or stderr.", null);
            };
        }
        handler.setFormatter(formatter);
        handler.setName("basic");
        handlers.put("basic", handler);
        builder.handler("basic", handler);
        Configuration.LoggerSpec root = builder.build().getRoot();
        List<String> rootHandlers = new ArrayList<>();
        if (root != null && !basic.isForce()) {
            rootHandlers.addAll(root.handlers());
        }
        rootHandlers.add("basic");
        Integer level = basic.getLevel() == null ? (root == null ? null : root.level())
                : Levels.parse("pylogging.basic.level", basic.getLevel());
        builder.logger(new Configuration.LoggerSpec("root", level, rootHandlers, true,
                root == null ? List.of() : root.filters()));
    }

    private void addLoggers(Configuration.Builder builder) {
        Configuration.LoggerSpec basicRoot = builder.build().getRoot();
        properties.getLoggers().forEach((key, l) -> {
            String path = "pylogging.loggers." + key;
            String name = l.getQualname() == null || l.getQualname().isBlank() ? key : l.getQualname().strip();
            Integer level = l.getLevel() == null ? null : Levels.parse(path + ".level", l.getLevel());
            List<String> handlerNames = new ArrayList<>();
            List<String> refs = l.getHandlers();
            for (int i = 0; i < refs.size(); i++) {
                String ref = refs.get(i);
                if (disabledHandlers.contains(ref)) {
                    continue;
                }
                Handler handler = handler(path + ".handlers[" + i + "]", ref);
                builder.handler(ref, handler);
                handlerNames.add(ref);
            }
            List<RecordFilter> loggerFilters = new ArrayList<>();
            for (int i = 0; i < l.getFilters().size(); i++) {
                loggerFilters.add(filter(path + ".filters[" + i + "]", l.getFilters().get(i)));
            }
            boolean isRoot = name.equals("root");
            if (isRoot && properties.getBasic().isSet() && basicRoot != null) {
                // basic adds its handler to whatever the root logger is given.
                handlerNames.add("basic");
                if (level == null) {
                    level = basicRoot.level();
                }
            }
            builder.logger(new Configuration.LoggerSpec(name, level, handlerNames, l.isPropagate(), loggerFilters));
        });
    }
}
