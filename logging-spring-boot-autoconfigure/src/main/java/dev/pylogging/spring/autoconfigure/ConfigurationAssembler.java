package dev.pylogging.spring.autoconfigure;

import dev.pylogging.BasicConfig;
import dev.pylogging.DeferredOpening;
import dev.pylogging.FileHandler;
import dev.pylogging.Filter;
import dev.pylogging.Formatter;
import dev.pylogging.Handler;
import dev.pylogging.Logging;
import dev.pylogging.RecordFilter;
import dev.pylogging.StreamHandler;
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

    /** The name of basicConfig's handler. */
    static final String BASIC = "basic";

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
        createReferencedBeans();
        // Files are checked now and opened only when the whole configuration is applied.
        try (DeferredOpening scope = DeferredOpening.begin(properties.isCreateMissingDirectories())) {
            Configuration.Builder builder = readConfigFile();
            builder.disableExistingLoggers(properties.isDisableExistingLoggers());
            buildFormatters();
            buildFilters();
            buildHandlers();
            buildBasic();
            setTargets();
            formatters.forEach(builder::formatter);
            handlers.forEach(builder::handler);
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

    /**
     * Creates the application beans the properties refer to before anything is built, so that a
     * bean that cannot be created yet (it waits for the bean being created now) stops the attempt
     * before any file is opened, and a later attempt repeats no I/O.
     */
    private void createReferencedBeans() {
        List<String> refs = new ArrayList<>();
        properties.getHandlers().values().forEach(h -> {
            if (h.getFormatter() != null) {
                refs.add(h.getFormatter());
            }
            if (h.getTarget() != null) {
                refs.add(h.getTarget());
            }
            refs.addAll(h.getHandlers());
            refs.addAll(h.getFilters());
        });
        properties.getLoggers().values().forEach(l -> {
            refs.addAll(l.getHandlers());
            refs.addAll(l.getFilters());
        });
        Set<String> configured = new HashSet<>(properties.getHandlers().keySet());
        configured.addAll(properties.getFormatters().keySet());
        configured.addAll(properties.getFilters().keySet());
        for (String ref : refs) {
            if (!configured.contains(ref)) {
                try {
                    beans.find(ref, Object.class);
                } catch (IllegalArgumentException notOfThatType) {
                    // reported with its property when the reference is resolved
                }
            }
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
                    "Point pylogging.config-file at a fileConfig INI file (classpath:logging.conf) or a dictConfig "
                            + "YAML or JSON file (file:/etc/myapp/logging.yaml).", null);
        }
        String lower = location.toLowerCase(java.util.Locale.ROOT);
        boolean dict = lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json");
        try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            fromFile = dict ? LoggingConfig.readDictConfig(reader, location)
                    : LoggingConfig.readFileConfig(reader, location, properties.getConfigFileDefaults(),
                            properties.isDisableExistingLoggers());
        } catch (ConfigException e) {
            throw new InvalidPyLoggingPropertyException("pylogging.config-file", location, e.getMessage(),
                    dict ? "Correct the configuration file; its schema is that of Python's logging.config.dictConfig."
                            : "Correct the configuration file; its format is that of Python's logging.config.fileConfig.",
                    e);
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidPyLoggingPropertyException("pylogging.config-file", location,
                    "cannot be read: " + e.getMessage(), "Make the file readable by this process.", e);
        }
        return fromFile.toBuilder();
    }

    private void buildFormatters() {
        properties.getFormatters().forEach((name, f) -> {
            try {
                Formatter formatter = f.getClassName() == null && f.getStyle() != '%'
                        ? new Formatter(f.getFormat(), f.getDatefmt(), f.getStyle())
                        : LoggingConfig.newFormatter(f.getClassName(), f.getFormat(), f.getDatefmt());
                formatter.setEscapeControlCharacters(f.isEscapeControlCharacters());
                formatter.setColorLevels(f.isColorLevels());
                formatters.put(name, formatter);
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
            Set<String> cycle = Configuration.targetCycle(start, targets);
            if (!cycle.isEmpty()) {
                throw new InvalidPyLoggingPropertyException("pylogging.handlers." + start + ".target",
                        targets.get(start), "MemoryHandler targets form a cycle through " + cycle,
                        "Make the last MemoryHandler of the chain target a handler that writes somewhere.", null);
            }
        }
        targets.forEach((name, target) -> ((dev.pylogging.handlers.MemoryHandler) handlers.get(name))
                .setTarget(handler("pylogging.handlers." + name + ".target", target)));
        properties.getHandlers().forEach((name, h) -> {
            if (h.isEnabled() && handlers.get(name) instanceof dev.pylogging.handlers.QueueHandler queue) {
                List<Handler> fed = new ArrayList<>();
                for (int i = 0; i < h.getHandlers().size(); i++) {
                    String property = "pylogging.handlers." + name + ".handlers[" + i + "]";
                    Handler target = handler(property, h.getHandlers().get(i));
                    if (target == queue) {
                        throw new InvalidPyLoggingPropertyException(property, name, "a QueueHandler cannot feed itself",
                                "Name the handlers that write the records.", null);
                    }
                    fed.add(target);
                }
                // The listener starts with the first record, once the configuration is applied.
                queue.setListener(new dev.pylogging.handlers.QueueListener(queue.getQueue(),
                        Boolean.TRUE.equals(h.getRespectHandlerLevel()), fed.toArray(Handler[]::new)));
            }
        });
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

    /** Builds basicConfig's handler, named {@value #BASIC}, when any {@code basic} key is set. */
    private void buildBasic() {
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
            String mode = HandlerFactory.mode("pylogging.basic.filemode", basic.getFilemode());
            try {
                handler = new FileHandler(basic.getFilename(), mode, basic.getEncoding(), false);
            } catch (RuntimeException e) {
                throw new InvalidPyLoggingPropertyException("pylogging.basic.filename", basic.getFilename(),
                        e.getMessage(), "Make sure the file's directory can be created and written by this process.",
                        e);
            }
        } else {
            handler = new StreamHandler(HandlerFactory.stream("pylogging.basic.stream", basic.getStream()));
        }
        handler.setFormatter(formatter);
        handler.setName(BASIC);
        handlers.put(BASIC, handler);
    }

    private void addLoggers(Configuration.Builder builder) {
        Configuration.LoggerSpec root = fromFile == null ? null : fromFile.getRoot();
        boolean rootFromProperties = false;
        for (Map.Entry<String, PyLoggingProperties.LoggerProperties> entry : properties.getLoggers().entrySet()) {
            Configuration.LoggerSpec spec = loggerSpec(entry.getKey(), entry.getValue(), builder);
            if (spec.qualname().equals("root")) {
                root = spec;
                rootFromProperties = true;
            } else {
                builder.logger(spec);
            }
        }
        if (handlers.containsKey(BASIC)) {
            root = withBasic(root, rootFromProperties);
        }
        if (root != null) {
            builder.logger(root);
        }
    }

    private Configuration.LoggerSpec loggerSpec(String key, PyLoggingProperties.LoggerProperties l,
                                                Configuration.Builder builder) {
        String path = "pylogging.loggers." + key;
        String name = l.getQualname() == null || l.getQualname().isBlank() ? key : l.getQualname().strip();
        Integer level = l.getLevel() == null ? null : Levels.parse(path + ".level", l.getLevel());
        List<String> handlerNames = new ArrayList<>();
        List<String> refs = l.getHandlers();
        for (int i = 0; i < refs.size(); i++) {
            String ref = refs.get(i);
            if (!disabledHandlers.contains(ref)) {
                builder.handler(ref, handler(path + ".handlers[" + i + "]", ref));
                handlerNames.add(ref);
            }
        }
        List<RecordFilter> loggerFilters = new ArrayList<>();
        for (int i = 0; i < l.getFilters().size(); i++) {
            loggerFilters.add(filter(path + ".filters[" + i + "]", l.getFilters().get(i)));
        }
        return new Configuration.LoggerSpec(name, level, handlerNames, l.isPropagate(), loggerFilters);
    }

    /**
     * Adds basicConfig's handler to the root logger: after the handlers the properties give it,
     * or after those of the config-file unless {@code force}. The level is the one
     * {@code loggers.root} gives, else {@code basic.level}, else the config-file's.
     */
    private Configuration.LoggerSpec withBasic(Configuration.LoggerSpec root, boolean rootFromProperties) {
        PyLoggingProperties.Basic basic = properties.getBasic();
        List<String> names = new ArrayList<>();
        if (root != null && (rootFromProperties || !basic.isForce())) {
            names.addAll(root.handlers());
        }
        names.add(BASIC);
        Integer level = root != null && rootFromProperties && root.level() != null ? root.level()
                : basic.getLevel() != null ? Integer.valueOf(Levels.parse("pylogging.basic.level", basic.getLevel()))
                : root == null ? null : root.level();
        return new Configuration.LoggerSpec("root", level, names, true, root == null ? List.of() : root.filters());
    }
}
