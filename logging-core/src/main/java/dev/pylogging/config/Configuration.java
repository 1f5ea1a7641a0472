package dev.pylogging.config;

import dev.pylogging.DeferredOpening;
import dev.pylogging.Formatter;
import dev.pylogging.Handler;
import dev.pylogging.Level;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.RecordFilter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A complete logging configuration, built and checked but not yet in force: named formatters and
 * handlers, and what the root and other loggers get. {@link #apply()} swaps it in at once, with
 * {@code fileConfig}'s semantics; until then nothing running is touched, so building can fail
 * safely. {@code fileConfig} and the Spring Boot starter both end here.
 */
public final class Configuration {

    /**
     * What one logger gets.
     *
     * @param qualname the logger's name; {@code root} for the root logger
     * @param level its level, or {@code null} to leave it as it is
     * @param handlers names of handlers of this configuration
     * @param propagate whether records go on to the parent's handlers (ignored for root)
     * @param filters the logger's filters, replacing any it had
     */
    public record LoggerSpec(String qualname, Integer level, List<String> handlers, boolean propagate,
                             List<RecordFilter> filters) {

        /** Copies the lists, so that a spec cannot change after it is built. */
        public LoggerSpec {
            handlers = List.copyOf(handlers);
            filters = List.copyOf(filters);
        }
    }

    private final Map<String, Formatter> formatters;
    private final Map<String, Handler> handlers;
    private final LoggerSpec root;
    private final Map<String, LoggerSpec> loggers;
    private final boolean disableExistingLoggers;

    private Configuration(Builder b) {
        this.formatters = Collections.unmodifiableMap(new LinkedHashMap<>(b.formatters));
        this.handlers = Collections.unmodifiableMap(new LinkedHashMap<>(b.handlers));
        this.root = b.root;
        this.loggers = Collections.unmodifiableMap(new LinkedHashMap<>(b.loggers));
        this.disableExistingLoggers = b.disableExistingLoggers;
    }

    /** Starts an empty configuration that disables existing loggers it does not name, as {@code fileConfig}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder holding everything this configuration holds, to add to or override. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.formatters.putAll(formatters);
        b.handlers.putAll(handlers);
        b.root = root;
        b.loggers.putAll(loggers);
        b.disableExistingLoggers = disableExistingLoggers;
        return b;
    }

    /** Returns the named formatters. */
    public Map<String, Formatter> getFormatters() {
        return formatters;
    }

    /** Returns the named handlers, built and open. */
    public Map<String, Handler> getHandlers() {
        return handlers;
    }

    /** Returns what the root logger gets, or {@code null} when it is left alone. */
    public LoggerSpec getRoot() {
        return root;
    }

    /** Returns what each other logger gets, by name. */
    public Map<String, LoggerSpec> getLoggers() {
        return loggers;
    }

    /** Returns whether existing loggers not named (nor below a named one) get disabled. */
    public boolean isDisableExistingLoggers() {
        return disableExistingLoggers;
    }

    /**
     * Follows {@code target} names (a {@code MemoryHandler} flushing into another handler) from
     * {@code start}, as a configuration names them, and returns the names met when the chain comes
     * back to one of them: a cycle that would flush records round for ever. Both {@code fileConfig}
     * and the Spring Boot starter refuse such a configuration before building it further.
     *
     * @param start the handler to start from
     * @param targets each handler's target, by handler name
     * @return the names on the cycle and the path to it, sorted; empty when the chain ends
     */
    public static Set<String> targetCycle(String start, Map<String, String> targets) {
        Set<String> seen = new TreeSet<>();
        for (String at = start; at != null; at = targets.get(at)) {
            if (!seen.add(at)) {
                return seen;
            }
        }
        return Set.of();
    }

    /** Closes the handlers of a configuration that will not be applied. */
    public void discard() {
        handlers.values().forEach(Handler::close);
    }

    /**
     * Puts this configuration in force, as {@code fileConfig} does: the named loggers get their
     * level, handlers, filters and propagation; existing loggers below a named one are reset to
     * pass records up; other existing loggers are disabled when {@link #isDisableExistingLoggers()};
     * and every handler that was attached before and is not part of this configuration is flushed
     * and closed. Nothing here fails on bad input: that was checked when it was built.
     */
    public void apply() {
        synchronized (Configuration.class) {
            try {
                DeferredOpening.openPending(handlers.values());
            } catch (UncheckedIOException e) {
                throw new ConfigException(e.getMessage() + "; the running configuration is kept", e);
            }
            install();
        }
    }

    private void install() {
        Set<Handler> fresh = Collections.newSetFromMap(new IdentityHashMap<>());
        fresh.addAll(handlers.values());
        Set<Handler> old = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Logger> all = Logging.getLoggers();
        for (Logger logger : all) {
            old.addAll(logger.getHandlers());
        }
        old.removeAll(fresh);

        Logger rootLogger = Logging.getLogger();
        if (root != null) {
            configure(rootLogger, root, true);
        }
        TreeSet<String> existing = new TreeSet<>();
        for (Logger logger : all) {
            if (logger != rootLogger) {
                existing.add(logger.getName());
            }
        }
        Set<String> children = new HashSet<>();
        for (LoggerSpec spec : loggers.values()) {
            // Descendants of a configured logger stay enabled, even when it was only a
            // placeholder until now (CPython's loggerDict holds placeholders too).
            String prefix = spec.qualname() + ".";
            for (String name : existing.tailSet(prefix, true)) {
                if (!name.startsWith(prefix)) {
                    break;
                }
                children.add(name);
            }
            existing.remove(spec.qualname());
            configure(Logging.getLogger(spec.qualname()), spec, false);
        }
        for (String name : existing) {
            Logger logger = Logging.getLogger(name);
            if (children.contains(name)) {
                logger.setLevel(Level.NOTSET);
                logger.setHandlers(List.of());
                logger.setPropagate(true);
            } else {
                logger.setDisabled(disableExistingLoggers);
            }
        }
        for (Handler handler : old) {
            handler.flush();
            handler.close();
        }
    }

    private void configure(Logger logger, LoggerSpec spec, boolean isRoot) {
        if (spec.level() != null) {
            logger.setLevel(spec.level());
        }
        logger.setHandlers(spec.handlers().stream().map(handlers::get).toList());
        for (RecordFilter filter : logger.getFilters()) {
            logger.removeFilter(filter);
        }
        if (!isRoot) {
            logger.setPropagate(spec.propagate());
            logger.setDisabled(false);
        }
        spec.filters().forEach(logger::addFilter);
    }

    /** Collects formatters, handlers and loggers; {@link #build()} checks that every reference resolves. */
    public static final class Builder {
        private final Map<String, Formatter> formatters = new LinkedHashMap<>();
        private final Map<String, Handler> handlers = new LinkedHashMap<>();
        private final Map<String, LoggerSpec> loggers = new LinkedHashMap<>();
        private LoggerSpec root;
        private boolean disableExistingLoggers = true;

        private Builder() {
        }

        /**
         * Adds (or replaces) a named formatter.
         *
         * @param name the name handlers refer to
         * @param formatter the formatter
         */
        public Builder formatter(String name, Formatter formatter) {
            formatters.put(name, formatter);
            return this;
        }

        /**
         * Adds (or replaces) a named, fully set-up handler.
         *
         * @param name the name loggers refer to
         * @param handler the handler
         */
        public Builder handler(String name, Handler handler) {
            handlers.put(name, handler);
            return this;
        }

        /**
         * Sets what a logger gets; {@code root} names the root logger.
         *
         * @param spec the logger's settings
         */
        public Builder logger(LoggerSpec spec) {
            if (spec.qualname().equals("root") || spec.qualname().isEmpty()) {
                root = spec;
            } else {
                loggers.put(spec.qualname(), spec);
            }
            return this;
        }

        /**
         * Sets whether existing loggers not named get disabled (true unless set, as {@code fileConfig}).
         *
         * @param disable whether to disable them
         */
        public Builder disableExistingLoggers(boolean disable) {
            this.disableExistingLoggers = disable;
            return this;
        }

        /**
         * Returns the configuration.
         *
         * @throws ConfigException naming a logger that refers to a handler this configuration lacks
         */
        public Configuration build() {
            List<LoggerSpec> all = new ArrayList<>(loggers.values());
            if (root != null) {
                all.add(root);
            }
            for (LoggerSpec spec : all) {
                for (String name : spec.handlers()) {
                    if (!handlers.containsKey(name)) {
                        throw new ConfigException("logger '" + spec.qualname() + "' refers to handler '" + name
                                + "', which is not configured; configured handlers: " + handlers.keySet());
                    }
                }
            }
            return new Configuration(this);
        }
    }
}
