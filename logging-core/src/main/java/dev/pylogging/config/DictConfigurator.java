package dev.pylogging.config;

import dev.pylogging.DeferredOpening;
import dev.pylogging.Filter;
import dev.pylogging.Formatter;
import dev.pylogging.Handler;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.RecordFilter;
import dev.pylogging.handlers.QueueHandler;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * CPython 3.11's {@code logging.config.dictConfig}, read from maps as JSON or YAML gives them:
 * {@code version}, {@code formatters}, {@code filters}, {@code handlers} (every key beyond
 * {@code class}, {@code level}, {@code formatter} and {@code filters} a constructor argument under
 * CPython's name), {@code loggers}, {@code root}, {@code incremental},
 * {@code disable_existing_loggers}, {@code ext://sys.stdout}/{@code ext://sys.stderr},
 * {@code cfg://} references, {@code '()'} factories the application registered, and the
 * {@code '.'} attribute map. Nothing is evaluated: a class must be a Java {@code Handler},
 * {@code Formatter} or filter, and anything else is refused by name. A full configuration is
 * built and checked, files included, before it replaces the running one.
 */
final class DictConfigurator {

    private static final Set<String> HANDLER_KEYS = Set.of("class", "level", "formatter", "filters", "()", ".");
    /** Constructor arguments that CPython takes as integers. */
    private static final Set<String> INTEGER_KEYS = Set.of("maxBytes", "backupCount", "interval", "capacity", "port");
    /** Constructor arguments that CPython takes as booleans. */
    private static final Set<String> BOOLEAN_KEYS = Set.of("delay", "utc", "secure", "flushOnClose",
            "respect_handler_level");
    /** Constructor arguments that are levels, by name or number. */
    private static final Set<String> LEVEL_KEYS = Set.of("flushLevel");

    private final Map<String, ?> config;
    private final Map<String, Function<Map<String, Object>, Object>> factories;
    private final Map<String, Formatter> formatters = new LinkedHashMap<>();
    private final Map<String, RecordFilter> filters = new LinkedHashMap<>();
    private final Map<String, Handler> handlers = new LinkedHashMap<>();

    DictConfigurator(Map<String, ?> config, Map<String, Function<Map<String, Object>, Object>> factories) {
        this.config = config;
        this.factories = factories;
    }

    private static ConfigException fail(String path, Object value, String what) {
        return new ConfigException(path + ": " + (value == null ? "" : repr(value) + " ") + what);
    }

    private static String repr(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }

    private void checkVersion() {
        Object version = config.get("version");
        if (!(version instanceof Integer || version instanceof Long) || ((Number) version).longValue() != 1) {
            throw fail("version", version, "is not supported: a logging configuration dictionary has version: 1");
        }
    }

    /**
     * Builds and checks a full (not incremental) configuration without applying it; its files
     * open when it is applied.
     */
    Configuration buildConfiguration() {
        checkVersion();
        if (Boolean.TRUE.equals(config.get("incremental"))) {
            throw fail("incremental", Boolean.TRUE, "cannot be layered with other settings: apply it with dictConfig");
        }
        try (DeferredOpening scope = DeferredOpening.begin()) {
            return build();
        }
    }

    /** Applies the dictionary: in full, or only levels when {@code incremental}. */
    void configure() {
        checkVersion();
        if (Boolean.TRUE.equals(config.get("incremental"))) {
            configureIncrementally();
            return;
        }
        Configuration configuration;
        try (DeferredOpening scope = DeferredOpening.begin()) {
            configuration = build();
        }
        configuration.apply();
    }

    private Configuration build() {
        try {
            section("formatters").forEach((name, value) -> formatters.put(name, formatter("formatters." + name,
                    map("formatters." + name, value))));
            section("filters").forEach((name, value) -> filters.put(name, filter("filters." + name,
                    map("filters." + name, value))));
            buildHandlers();
            Configuration.Builder builder = Configuration.builder()
                    .disableExistingLoggers(!Boolean.FALSE.equals(config.get("disable_existing_loggers")));
            formatters.forEach(builder::formatter);
            handlers.forEach(builder::handler);
            Object root = config.get("root");
            if (root != null) {
                builder.logger(logger("root", "root", map("root", root)));
            }
            section("loggers").forEach((name, value) -> builder.logger(logger("loggers." + name, name,
                    map("loggers." + name, value))));
            return builder.build();
        } catch (RuntimeException e) {
            handlers.values().forEach(Handler::close);
            throw e;
        }
    }

    /** Handlers whose {@code target} or {@code handlers} name another come after it, as CPython defers them. */
    private void buildHandlers() {
        Map<String, Map<String, Object>> pending = new LinkedHashMap<>();
        section("handlers").forEach((name, value) -> pending.put(name, map("handlers." + name, value)));
        while (!pending.isEmpty()) {
            boolean progress = false;
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                if (references(entry.getValue()).stream().allMatch(handlers::containsKey)) {
                    handlers.put(entry.getKey(), handler("handlers." + entry.getKey(), entry.getKey(), entry.getValue()));
                    it.remove();
                    progress = true;
                }
            }
            if (!progress) {
                String name = pending.keySet().iterator().next();
                List<String> missing = references(pending.get(name)).stream().filter(r -> !handlers.containsKey(r)).toList();
                throw fail("handlers." + name, null, "names handler(s) " + missing + " that are not configured, or "
                        + "handlers that name each other");
            }
        }
    }

    private static List<String> references(Map<String, Object> handler) {
        List<String> refs = new ArrayList<>();
        if (handler.get("target") instanceof String target) {
            refs.add(target);
        }
        if (handler.get("handlers") instanceof List<?> list) {
            list.forEach(r -> refs.add(String.valueOf(r)));
        }
        return refs;
    }

    private Formatter formatter(String path, Map<String, Object> spec) {
        if (spec.containsKey("()")) {
            return construct(path, spec, Formatter.class);
        }
        Object style = spec.getOrDefault("style", "%");
        if (!(style instanceof String s) || s.length() != 1 || "%{$".indexOf(s.charAt(0)) < 0) {
            throw fail(path + ".style", style, "is not a style: '%', '{' or '$'");
        }
        String fmt = string(path + ".format", spec.get("format"));
        String datefmt = string(path + ".datefmt", spec.get("datefmt"));
        Object cls = spec.get("class");
        Class<? extends Formatter> type = cls == null || cls.equals("logging.Formatter") ? null
                : resolve(path + ".class", String.valueOf(cls), Formatter.class);
        try {
            if (type != null) {
                return ComponentFactory.create(type, java.util.Arrays.asList(fmt, datefmt));
            }
            // A format is checked whatever 'validate' says: it is compiled once, here.
            return new Formatter(fmt, datefmt, ((String) style).charAt(0));
        } catch (IllegalArgumentException e) {
            throw fail(path + ".format", fmt, "is not a valid format: " + e.getMessage());
        }
    }

    private RecordFilter filter(String path, Map<String, Object> spec) {
        if (spec.containsKey("()")) {
            return construct(path, spec, RecordFilter.class);
        }
        return new Filter(spec.get("name") == null ? "" : string(path + ".name", spec.get("name")));
    }

    private Handler handler(String path, String name, Map<String, Object> spec) {
        Handler handler;
        if (spec.containsKey("()")) {
            handler = construct(path, spec, Handler.class);
        } else {
            Object cls = spec.get("class");
            if (cls == null) {
                throw fail(path + ".class", null, "is missing: a handler needs a class");
            }
            Class<? extends Handler> type = resolve(path + ".class", String.valueOf(cls), Handler.class);
            Map<String, Object> kwargs = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : spec.entrySet()) {
                if (!HANDLER_KEYS.contains(e.getKey()) && !(type == QueueHandler.class
                        && (e.getKey().equals("handlers") || e.getKey().equals("respect_handler_level")
                        || e.getKey().equals("queue")))) {
                    kwargs.put(e.getKey(), argument(path + "." + e.getKey(), e.getKey(), e.getValue()));
                }
            }
            try {
                handler = type == QueueHandler.class ? queueHandler(path, spec)
                        : ComponentFactory.create(type, List.of(), kwargs);
            } catch (ConfigException e) {
                throw e;
            } catch (RuntimeException e) {
                throw fail(path, null, "could not be made: " + e.getMessage());
            }
        }
        handler.setName(name);
        Object level = spec.get("level");
        if (level != null) {
            handler.setLevel(level(path + ".level", level));
        }
        Object formatter = spec.get("formatter");
        if (formatter != null) {
            Formatter f = formatters.get(String.valueOf(formatter));
            if (f == null) {
                throw fail(path + ".formatter", formatter, "is not a formatter configured under formatters");
            }
            handler.setFormatter(f);
        }
        filterList(path + ".filters", spec.get("filters")).forEach(handler::addFilter);
        setAttributes(path, handler, spec.get("."));
        return handler;
    }

    /** A queue handler as Python 3.12's dictConfig makes one: its listener hands records to {@code handlers}. */
    private QueueHandler queueHandler(String path, Map<String, Object> spec) {
        List<Handler> targets = new ArrayList<>();
        if (!(spec.get("handlers") instanceof List<?> names) || names.isEmpty()) {
            throw fail(path + ".handlers", spec.get("handlers"), "must list the handlers the queue feeds");
        }
        for (Object n : names) {
            targets.add(handlers.get(String.valueOf(n)));
        }
        int capacity = 10_000;
        if (spec.get("queue") instanceof Map<?, ?> queue && queue.get("maxsize") != null) {
            capacity = (int) integer(path + ".queue.maxsize", queue.get("maxsize"));
        }
        boolean respect = Boolean.TRUE.equals(argument(path + ".respect_handler_level", "respect_handler_level",
                spec.getOrDefault("respect_handler_level", Boolean.FALSE)));
        QueueHandler handler = new QueueHandler(capacity);
        handler.setListener(new dev.pylogging.handlers.QueueListener(handler.getQueue(), respect,
                targets.toArray(Handler[]::new)));
        return handler;
    }

    /** Converts a constructor argument: ext:// and cfg:// references, levels, and CPython's types, checked. */
    private Object argument(String path, String key, Object value) {
        Object v = resolveReference(path, value);
        if (key.equals("target")) {
            return handlers.get(String.valueOf(v));
        }
        if (LEVEL_KEYS.contains(key)) {
            return level(path, v);
        }
        if (INTEGER_KEYS.contains(key)) {
            return (int) integer(path, v);
        }
        if (BOOLEAN_KEYS.contains(key) && !(v instanceof Boolean)) {
            throw fail(path, v, "is not a boolean (true or false)");
        }
        if (v instanceof List<?> list && list.size() == 2 && list.get(0) instanceof String
                && list.get(1) instanceof Number) {
            // A (host, port) pair, written as a list in JSON and YAML.
            return new PyLiteral.Tuple(new ArrayList<>(list));
        }
        if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
            return l.intValue();
        }
        return v;
    }

    private static long integer(String path, Object value) {
        if (value instanceof Number n && !(value instanceof Double) && !(value instanceof Float)) {
            return n.longValue();
        }
        throw fail(path, value, "is not an integer");
    }

    private Object resolveReference(String path, Object value) {
        if (!(value instanceof String text)) {
            return value;
        }
        if (text.startsWith("ext://")) {
            return switch (text) {
                case "ext://sys.stdout" -> System.out;
                case "ext://sys.stderr" -> System.err;
                default -> throw fail(path, value, "names a Python object; only ext://sys.stdout and "
                        + "ext://sys.stderr are known here");
            };
        }
        if (text.startsWith("cfg://")) {
            return resolveConfigPath(path, text.substring("cfg://".length()));
        }
        return value;
    }

    /** Follows a {@code cfg://} path such as {@code handlers.email.toaddrs[0]} through the dictionary. */
    private Object resolveConfigPath(String path, String reference) {
        Object current = config;
        for (String part : reference.split("\\.")) {
            String key = part;
            List<Integer> indexes = new ArrayList<>();
            int bracket = part.indexOf('[');
            if (bracket >= 0) {
                key = part.substring(0, bracket);
                for (String index : part.substring(bracket + 1, part.length() - 1).split("\\]\\[")) {
                    try {
                        indexes.add(Integer.parseInt(index));
                    } catch (NumberFormatException e) {
                        throw fail(path, "cfg://" + reference, "has an index that is not a number");
                    }
                }
            }
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                throw fail(path, "cfg://" + reference, "names nothing in the configuration");
            }
            current = map.get(key);
            for (int index : indexes) {
                if (!(current instanceof List<?> list) || index < 0 || index >= list.size()) {
                    throw fail(path, "cfg://" + reference, "names nothing in the configuration");
                }
                current = list.get(index);
            }
        }
        return current;
    }

    private Configuration.LoggerSpec logger(String path, String name, Map<String, Object> spec) {
        Integer level = spec.get("level") == null ? null : level(path + ".level", spec.get("level"));
        List<String> names = new ArrayList<>();
        if (spec.get("handlers") instanceof List<?> list) {
            for (Object h : list) {
                if (!handlers.containsKey(String.valueOf(h))) {
                    throw fail(path + ".handlers", h, "is not a handler configured under handlers");
                }
                names.add(String.valueOf(h));
            }
        } else if (spec.get("handlers") != null) {
            throw fail(path + ".handlers", spec.get("handlers"), "is not a list of handler names");
        }
        Object propagate = spec.getOrDefault("propagate", Boolean.TRUE);
        if (!(propagate instanceof Boolean)) {
            throw fail(path + ".propagate", propagate, "is not a boolean (true or false)");
        }
        return new Configuration.LoggerSpec(name, level, names, (Boolean) propagate,
                filterList(path + ".filters", spec.get("filters")));
    }

    private List<RecordFilter> filterList(String path, Object value) {
        List<RecordFilter> list = new ArrayList<>();
        if (value == null) {
            return list;
        }
        if (!(value instanceof List<?> names)) {
            throw fail(path, value, "is not a list of filter names");
        }
        for (Object n : names) {
            RecordFilter f = filters.get(String.valueOf(n));
            if (f == null) {
                throw fail(path, n, "is not a filter configured under filters");
            }
            list.add(f);
        }
        return list;
    }

    /** Only levels, as CPython's {@code incremental: true}: handlers by name, and loggers. */
    private void configureIncrementally() {
        section("handlers").forEach((name, value) -> {
            Map<String, Object> spec = map("handlers." + name, value);
            Handler handler = Logging.getHandlerByName(name);
            if (handler == null) {
                throw fail("handlers." + name, null, "is not a handler in use: an incremental configuration only "
                        + "changes levels");
            }
            if (spec.get("level") != null) {
                handler.setLevel(level("handlers." + name + ".level", spec.get("level")));
            }
        });
        Object root = config.get("root");
        if (root != null) {
            incrementalLevel("root", Logging.getLogger(), map("root", root));
        }
        section("loggers").forEach((name, value) -> incrementalLevel("loggers." + name, Logging.getLogger(name),
                map("loggers." + name, value)));
    }

    private static void incrementalLevel(String path, Logger logger, Map<String, Object> spec) {
        if (spec.get("level") != null) {
            logger.setLevel(level(path + ".level", spec.get("level")));
        }
    }

    private static int level(String path, Object value) {
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return Logging.levelForName(String.valueOf(value));
        } catch (IllegalArgumentException e) {
            throw fail(path, value, "is not a level: " + e.getMessage());
        }
    }

    private <T> Class<? extends T> resolve(String path, String name, Class<T> type) {
        String javaName = name.startsWith("logging.handlers.") ? "handlers." + name.substring(17)
                : name.startsWith("logging.") ? name.substring(8) : name;
        try {
            return ComponentFactory.resolve(javaName, type);
        } catch (IllegalArgumentException e) {
            throw fail(path, name, "is not a " + type.getSimpleName() + " pylogging knows: a Python class (such as "
                    + "uvicorn.logging.DefaultFormatter) cannot run here; name a pylogging class "
                    + "(logging.handlers.RotatingFileHandler) or a Java " + type.getSimpleName() + " class");
        }
    }

    /** Calls a factory the application registered under the {@code '()'} name. */
    private <T> T construct(String path, Map<String, Object> spec, Class<T> type) {
        String name = String.valueOf(spec.get("()"));
        Function<Map<String, Object>, Object> factory = factories.get(name);
        if (factory == null) {
            throw fail(path + ".()", name, "is not a factory registered with LoggingConfig.registerFactory; "
                    + "nothing named by a configuration is ever imported or evaluated");
        }
        Map<String, Object> kwargs = new LinkedHashMap<>();
        spec.forEach((k, v) -> {
            if (!k.equals("()") && !k.equals(".") && !HANDLER_KEYS.contains(k)) {
                kwargs.put(k, resolveReference(path + "." + k, v));
            }
        });
        Object made = factory.apply(kwargs);
        if (!type.isInstance(made)) {
            throw fail(path + ".()", name, "made a " + (made == null ? "null" : made.getClass().getName()) + ", not a "
                    + type.getSimpleName());
        }
        T result = type.cast(made);
        if (!(result instanceof Handler)) {
            setAttributes(path, result, spec.get("."));
        }
        return result;
    }

    /** Sets the {@code '.'} attributes through their setters, as CPython sets them with {@code setattr}. */
    private static void setAttributes(String path, Object target, Object attributes) {
        if (attributes == null) {
            return;
        }
        if (!(attributes instanceof Map<?, ?> map)) {
            throw fail(path + ".'.'", attributes, "is not a map of attributes");
        }
        for (Map.Entry<?, ?> e : map.entrySet()) {
            String name = String.valueOf(e.getKey());
            String setter = "set" + Character.toUpperCase(name.charAt(0)) + name.substring(1);
            Method method = null;
            for (Method m : target.getClass().getMethods()) {
                if (m.getName().equals(setter) && m.getParameterCount() == 1) {
                    method = m;
                }
            }
            if (method == null) {
                throw fail(path + ".'.'." + name, e.getValue(), "names no attribute of " + target.getClass().getSimpleName());
            }
            try {
                method.invoke(target, e.getValue());
            } catch (ReflectiveOperationException | IllegalArgumentException ex) {
                throw fail(path + ".'.'." + name, e.getValue(), "could not be set: " + ex);
            }
        }
    }

    private Map<String, Object> section(String name) {
        Object value = config.get(name);
        return value == null ? Map.of() : map(name, value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(String path, Object value) {
        if (!(value instanceof Map<?, ?> m)) {
            throw fail(path, value, "is not a mapping");
        }
        for (Object key : m.keySet()) {
            if (!(key instanceof String)) {
                throw fail(path, key, "is not a string key");
            }
        }
        return (Map<String, Object>) m;
    }

    private static String string(String path, Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw fail(path, value, "is not a string");
    }
}
