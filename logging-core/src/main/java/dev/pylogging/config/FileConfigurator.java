package dev.pylogging.config;

import dev.pylogging.Formatter;
import dev.pylogging.Handler;
import dev.pylogging.handlers.QueueHandler;
import dev.pylogging.handlers.QueueListener;
import dev.pylogging.Logging;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applies one {@code fileConfig} file: checks everything and builds every formatter and handler
 * first, then swaps them in, so that a configuration that fails leaves the running one as it was.
 */
final class FileConfigurator {

    private final IniFile ini;
    private final boolean disableExistingLoggers;
    private final Map<String, Formatter> formatters = new LinkedHashMap<>();
    private final Map<String, Handler> handlers = new LinkedHashMap<>();
    private final List<LoggerPlan> loggers = new ArrayList<>();
    private LoggerPlan root;

    /** What one {@code [logger_X]} section asks for. */
    private record LoggerPlan(String qualname, Integer level, List<String> handlerNames, boolean propagate) {
    }

    FileConfigurator(IniFile ini, boolean disableExistingLoggers) {
        this.ini = ini;
        this.disableExistingLoggers = disableExistingLoggers;
    }

    /** Builds and checks everything in the file, without applying it. */
    Configuration build() {
        for (String required : List.of("loggers", "handlers", "formatters")) {
            if (!ini.hasSection(required)) {
                throw new ConfigException(ini.source() + ": missing section [" + required
                        + "]; a configuration lists its [loggers], [handlers] and [formatters]");
            }
        }
        createFormatters();
        planLoggers();
        createHandlers();
        return configuration();
    }

    private ConfigException fail(String section, String key, String value, String what, Throwable cause) {
        String where = ini.source() + ", [" + section + "]" + (key == null ? "" : " " + key + " = " + value);
        return new ConfigException(where + ": " + what, cause);
    }

    private List<String> keys(String section, String key) {
        String value = ini.get(section, key, "");
        List<String> names = new ArrayList<>();
        for (String name : value.split(",")) {
            if (!name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names;
    }

    private void requireSection(String listing, String name, String section) {
        if (!ini.hasSection(section)) {
            throw fail(listing, "keys", ini.get(listing, "keys", ""), "'" + name + "' has no section [" + section + "]",
                    null);
        }
    }

    private void createFormatters() {
        for (String name : keys("formatters", "keys")) {
            String section = "formatter_" + name;
            requireSection("formatters", name, section);
            String format = ini.raw(section, "format", null);
            String datefmt = ini.raw(section, "datefmt", null);
            String style = ini.get(section, "style", "%").strip();
            if (style.length() != 1 || "%{$".indexOf(style.charAt(0)) < 0) {
                throw fail(section, "style", style, "a style is %, { or $", null);
            }
            String className = ini.get(section, "class", "");
            Class<? extends Formatter> type = Formatter.class;
            if (!className.isBlank()) {
                try {
                    type = ComponentFactory.resolve(className, Formatter.class);
                } catch (IllegalArgumentException e) {
                    throw fail(section, "class", className, e.getMessage(), e);
                }
            }
            try {
                formatters.put(name, type == Formatter.class ? new Formatter(format, datefmt, style.charAt(0))
                        : ComponentFactory.create(type, Arrays.asList(format, datefmt)));
            } catch (IllegalArgumentException e) {
                throw fail(section, "format", format, e.getMessage(), e);
            }
        }
    }

    private Integer level(String section) {
        if (!ini.has(section, "level")) {
            return null;
        }
        String value = ini.get(section, "level", "");
        try {
            return Logging.levelForName(value);
        } catch (IllegalArgumentException e) {
            throw fail(section, "level", value, e.getMessage(), e);
        }
    }

    private void planLoggers() {
        List<String> names = keys("loggers", "keys");
        if (!names.contains("root")) {
            throw fail("loggers", "keys", ini.get("loggers", "keys", ""), "the root logger must be listed", null);
        }
        Set<String> handlerNames = new HashSet<>(keys("handlers", "keys"));
        for (String name : names) {
            String section = "logger_" + name;
            requireSection("loggers", name, section);
            List<String> refs = keys(section, "handlers");
            for (String ref : refs) {
                if (!handlerNames.contains(ref)) {
                    throw fail(section, "handlers", ini.get(section, "handlers", ""),
                            "handler '" + ref + "' is not listed in [handlers]", null);
                }
            }
            if (name.equals("root")) {
                root = new LoggerPlan("root", level(section), refs, true);
                continue;
            }
            String qualname = ini.get(section, "qualname", null);
            if (qualname == null || qualname.isBlank()) {
                throw fail(section, "qualname", String.valueOf(qualname), "a logger other than root needs a qualname",
                        null);
            }
            loggers.add(new LoggerPlan(qualname.strip(), level(section), refs, propagate(section)));
        }
    }

    private boolean propagate(String section) {
        return flag(section, "propagate", ini.get(section, "propagate", "1"));
    }

    /** Reads a ConfigParser boolean. */
    private boolean flag(String section, String key, String text) {
        String value = text.strip().toLowerCase(java.util.Locale.ROOT);
        return switch (value) {
            case "1", "true", "yes", "on" -> true;
            case "0", "false", "no", "off" -> false;
            default -> throw fail(section, key, value, "expected 1 or 0", null);
        };
    }

    private void createHandlers() {
        Map<String, String> targets = new LinkedHashMap<>();
        try {
            for (String name : keys("handlers", "keys")) {
                String section = "handler_" + name;
                requireSection("handlers", name, section);
                handlers.put(name, createHandler(name, section));
                String target = ini.get(section, "target", "");
                if (!target.isBlank()) {
                    targets.put(name, target.strip());
                }
            }
            for (Map.Entry<String, String> entry : targets.entrySet()) {
                setTarget(entry.getKey(), entry.getValue());
            }
            checkTargetCycles(targets);
            for (Map.Entry<String, Handler> entry : handlers.entrySet()) {
                if (entry.getValue() instanceof QueueHandler queue) {
                    setListener(entry.getKey(), queue);
                }
            }
        } catch (RuntimeException e) {
            handlers.values().forEach(Handler::close);
            throw e;
        }
    }

    private Handler createHandler(String name, String section) {
        String className = ini.get(section, "class", null);
        if (className == null || className.isBlank()) {
            throw fail(section, "class", String.valueOf(className), "a handler needs a class", null);
        }
        Class<? extends Handler> type;
        try {
            type = ComponentFactory.resolve(className, Handler.class);
        } catch (IllegalArgumentException e) {
            throw fail(section, "class", className, e.getMessage(), e);
        }
        String argsText = ini.get(section, "args", "()");
        List<Object> args;
        try {
            Object parsed = PyLiteral.parse(argsText);
            if (parsed instanceof PyLiteral.Tuple tuple) {
                args = tuple.items();
            } else if (parsed instanceof List<?> list) {
                args = new ArrayList<>(list);
            } else {
                throw new IllegalArgumentException("args must be a tuple, such as ('app.log', 'a')");
            }
        } catch (IllegalArgumentException e) {
            throw fail(section, "args", argsText, e.getMessage(), e);
        }
        String kwargsText = ini.get(section, "kwargs", "{}");
        Map<String, Object> kwargs = new LinkedHashMap<>();
        try {
            if (!(PyLiteral.parse(kwargsText) instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException("kwargs must be a dict, such as {'encoding': 'utf-8'}");
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("kwargs keys must be strings, not " + e.getKey());
                }
                kwargs.put(key, e.getValue());
            }
        } catch (IllegalArgumentException e) {
            throw fail(section, "kwargs", kwargsText, e.getMessage(), e);
        }
        Integer level = level(section);
        String formatterName = ini.get(section, "formatter", "").strip();
        if (!formatterName.isEmpty() && !formatters.containsKey(formatterName)) {
            throw fail(section, "formatter", formatterName, "formatter '" + formatterName
                    + "' is not listed in [formatters]", null);
        }
        Handler handler;
        try {
            handler = ComponentFactory.create(type, args, kwargs);
        } catch (RuntimeException e) {
            throw kwargs.isEmpty() ? fail(section, "args", argsText, e.getMessage(), e)
                    : fail(section, "kwargs", kwargsText, e.getMessage(), e);
        }
        handler.setName(name);
        if (level != null) {
            handler.setLevel(level);
        }
        if (!formatterName.isEmpty()) {
            handler.setFormatter(formatters.get(formatterName));
        }
        return handler;
    }

    /**
     * Gives a queue handler its listener, from the section's {@code handlers=} and
     * {@code respect_handler_level=} keys, as Python 3.12's {@code dictConfig} does; it starts
     * with the first record.
     */
    private void setListener(String name, QueueHandler queue) {
        String section = "handler_" + name;
        List<Handler> targets = new ArrayList<>();
        for (String target : keys(section, "handlers")) {
            Handler handler = handlers.get(target);
            if (handler == null || handler == queue) {
                throw fail(section, "handlers", ini.get(section, "handlers", ""), handler == null
                        ? "handler '" + target + "' is not listed in [handlers]"
                        : "a queue handler cannot hand its records to itself", null);
            }
            targets.add(handler);
        }
        if (targets.isEmpty()) {
            throw fail(section, "handlers", "", "a QueueHandler needs the handlers its listener hands records to, "
                    + "such as handlers=file", null);
        }
        boolean respect = flag(section, "respect_handler_level", ini.get(section, "respect_handler_level", "0"));
        queue.setListener(new QueueListener(queue.getQueue(), respect, targets.toArray(Handler[]::new)));
    }

    private void setTarget(String name, String target) {
        String section = "handler_" + name;
        Handler targetHandler = handlers.get(target);
        if (targetHandler == null) {
            throw fail(section, "target", target, "handler '" + target + "' is not listed in [handlers]", null);
        }
        try {
            Method setter = handlers.get(name).getClass().getMethod("setTarget", Handler.class);
            setter.invoke(handlers.get(name), targetHandler);
        } catch (NoSuchMethodException e) {
            throw fail(section, "target", target, handlers.get(name).getClass().getSimpleName() + " takes no target", e);
        } catch (ReflectiveOperationException e) {
            throw fail(section, "target", target, String.valueOf(e.getCause()), e);
        }
    }

    private void checkTargetCycles(Map<String, String> targets) {
        for (String start : targets.keySet()) {
            Set<String> cycle = Configuration.targetCycle(start, targets);
            if (!cycle.isEmpty()) {
                throw fail("handler_" + start, "target", targets.get(start), "targets form a cycle through " + cycle,
                        null);
            }
        }
    }

    private Configuration configuration() {
        Configuration.Builder builder = Configuration.builder().disableExistingLoggers(disableExistingLoggers);
        formatters.forEach(builder::formatter);
        handlers.forEach(builder::handler);
        builder.logger(toSpec(root));
        loggers.forEach(plan -> builder.logger(toSpec(plan)));
        return builder.build();
    }

    private static Configuration.LoggerSpec toSpec(LoggerPlan plan) {
        return new Configuration.LoggerSpec(plan.qualname(), plan.level(), plan.handlerNames(), plan.propagate(),
                List.of());
    }
}
