package dev.pylogging;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The functions of Python's {@code logging} module: loggers by name, levels and their names,
 * {@code basicConfig}, {@code disable}, {@code shutdown}, and logging on the root logger.
 */
public final class Logging {

    /** Every handler made, newest last, for {@link #shutdown()}; guarded by itself. */
    private static final List<WeakReference<Handler>> HANDLERS = new ArrayList<>();
    private static final Manager MANAGER = new Manager();
    private static final Formatter DEFAULT_FORMATTER = new Formatter();
    private static final Handler DEFAULT_LAST_RESORT = new LastResortHandler();
    private static volatile Handler lastResort = DEFAULT_LAST_RESORT;
    private static volatile boolean raiseExceptions = true;
    private static volatile boolean noHandlersWarned;
    private static int pruneAt = 64;
    /**
     * Runs {@link #shutdown()} when the JVM exits, as CPython registers it with {@code atexit}:
     * on return from {@code main}, {@code System.exit} and SIGTERM.
     */
    private static final Thread SHUTDOWN_HOOK = new Thread(Logging::shutdown, "pylogging-shutdown");
    private static boolean shutdownHookRegistered;

    static {
        if (!"false".equalsIgnoreCase(System.getProperty("pylogging.shutdown-hook"))) {
            setShutdownHookEnabled(true);
        }
    }

    private Logging() {
    }

    /**
     * Chooses whether {@link #shutdown()} runs when the JVM exits, so that buffered and memory
     * handlers write what they hold. On unless the system property {@code pylogging.shutdown-hook}
     * is {@code false}; a container or framework that shuts logging down itself (the Spring Boot
     * starter does) turns it off.
     *
     * @param enabled true to register the hook, false to remove it
     */
    public static synchronized void setShutdownHookEnabled(boolean enabled) {
        if (enabled == shutdownHookRegistered) {
            return;
        }
        try {
            if (enabled) {
                Runtime.getRuntime().addShutdownHook(SHUTDOWN_HOOK);
            } else {
                Runtime.getRuntime().removeShutdownHook(SHUTDOWN_HOOK);
            }
            shutdownHookRegistered = enabled;
        } catch (IllegalStateException alreadyExiting) {
            // The JVM is shutting down: the hook runs, or has run, either way.
        }
    }

    /** Returns whether {@link #shutdown()} runs when the JVM exits. */
    public static synchronized boolean isShutdownHookEnabled() {
        return shutdownHookRegistered;
    }

    static Manager manager() {
        return MANAGER;
    }

    static Formatter defaultFormatter() {
        return DEFAULT_FORMATTER;
    }

    /** Returns the root logger. */
    public static Logger getLogger() {
        return MANAGER.root();
    }

    /**
     * Returns the logger named {@code name}, creating it (and linking it into the hierarchy) the
     * first time. The same name always gives the same logger; {@code null}, {@code ""} and
     * {@code "root"} give the root.
     *
     * @param name a dotted name such as {@code "a.b.c"}
     */
    public static Logger getLogger(String name) {
        return MANAGER.getLogger(name);
    }

    /**
     * Registers {@code listener} to be told, on the thread that made the change, after any
     * logger's level or disabled flag or the {@link #disable} level changed: what a bridge that
     * mirrors levels into another logging API (as Logback's {@code LevelChangePropagator} does
     * for {@code java.util.logging}) listens to.
     *
     * @param listener what to run after each change
     */
    public static void addLevelListener(Runnable listener) {
        MANAGER.addLevelListener(listener);
    }

    /**
     * Stops telling {@code listener} of level changes.
     *
     * @param listener a listener given to {@link #addLevelListener}
     */
    public static void removeLevelListener(Runnable listener) {
        MANAGER.removeLevelListener(listener);
    }

    /** Returns every logger made so far, the root first; placeholders are not loggers and are left out. */
    public static List<Logger> getLoggers() {
        return MANAGER.allLoggers();
    }

    /** Returns the class new loggers are made of: {@link Logger} or what {@link #setLoggerClass} set. */
    public static Class<? extends Logger> getLoggerClass() {
        return MANAGER.getLoggerClass();
    }

    /**
     * Makes new loggers of {@code type}, which needs a public constructor taking the name.
     *
     * @param type a subclass of {@link Logger}
     * @throws IllegalArgumentException when {@code type} has no public {@code (String)} constructor
     */
    public static void setLoggerClass(Class<? extends Logger> type) {
        MANAGER.setLoggerClass(type);
    }

    /**
     * Names a level, for formatters and for {@link #levelForName}. A level may also be given a
     * new name: the old name still parses.
     *
     * @param level the level number
     * @param levelName its name
     */
    public static void addLevelName(int level, String levelName) {
        LevelNames.add(level, levelName);
    }

    /**
     * Returns every level name and its number ({@code WARN} and {@code FATAL} included), as
     * CPython 3.11's {@code getLevelNamesMapping()}: a copy.
     */
    public static Map<String, Integer> getLevelNamesMapping() {
        return LevelNames.mapping();
    }

    /**
     * Returns the newest handler made with {@code name} that is still in use, as CPython 3.12's
     * {@code getHandlerByName()}, or {@code null}.
     *
     * @param name a handler name, as {@link Handler#setName} or a configuration gave it
     */
    public static Handler getHandlerByName(String name) {
        synchronized (HANDLERS) {
            for (int i = HANDLERS.size() - 1; i >= 0; i--) {
                Handler handler = HANDLERS.get(i).get();
                if (handler != null && name != null && name.equals(handler.getName()) && !handler.isClosed()) {
                    return handler;
                }
            }
        }
        return null;
    }

    /** Returns the names of the handlers in use, as CPython 3.12's {@code getHandlerNames()}. */
    public static java.util.Set<String> getHandlerNames() {
        java.util.Set<String> names = new java.util.TreeSet<>();
        synchronized (HANDLERS) {
            for (WeakReference<Handler> ref : HANDLERS) {
                Handler handler = ref.get();
                if (handler != null && handler.getName() != null && !handler.isClosed()) {
                    names.add(handler.getName());
                }
            }
        }
        return java.util.Collections.unmodifiableSet(names);
    }

    /**
     * Returns the name of {@code level}: a built-in or added name, else {@code "Level N"}.
     *
     * @param level the level number
     */
    public static String getLevelName(int level) {
        return LevelNames.nameOf(level);
    }

    /**
     * Returns the level a name stands for: a built-in or added name (also {@code WARN} and
     * {@code FATAL}; lower case is accepted), or a decimal number.
     *
     * @param name the name
     * @throws IllegalArgumentException naming the value when it is no level
     */
    public static int levelForName(String name) {
        return LevelNames.levelOf(name);
    }

    /**
     * Ignores every record at {@code level} and below, whatever the loggers' own levels;
     * {@link Level#NOTSET} ends that.
     *
     * @param level the level to silence, with all below it
     */
    public static void disable(int level) {
        MANAGER.setDisable(level);
    }

    /** Ignores every record up to and including {@link Level#CRITICAL}. */
    public static void disable() {
        disable(Level.CRITICAL);
    }

    /** Returns true when errors met while logging are reported on {@code System.err} (the default). */
    public static boolean isRaiseExceptions() {
        return raiseExceptions;
    }

    /**
     * Chooses whether errors met while logging are reported on {@code System.err} (true, the
     * default) or ignored; either way they never reach the code that logged.
     *
     * @param raise true to report errors
     */
    public static void setRaiseExceptions(boolean raise) {
        raiseExceptions = raise;
    }

    /** Returns the handler used for records that find no handler, or {@code null}. */
    public static Handler getLastResort() {
        return lastResort;
    }

    /**
     * Replaces the handler used for records that find no handler.
     *
     * @param handler the handler, or {@code null} to drop such records
     */
    public static void setLastResort(Handler handler) {
        lastResort = handler;
    }

    /**
     * With no last resort, says once on {@code System.err} that a record found no handler, as
     * CPython does: {@code No handlers could be found for logger "x"}. Silent while errors are not
     * raised ({@link #setRaiseExceptions}).
     */
    static void warnNoHandlers(String loggerName) {
        if (!noHandlersWarned && raiseExceptions) {
            noHandlersWarned = true;
            java.io.PrintStream err = System.err;
            if (err != null) {
                err.println("No handlers could be found for logger \"" + loggerName + "\"");
            }
        }
    }

    /** Does {@link #basicConfig(BasicConfig)} with every option unset. */
    public static void basicConfig() {
        basicConfig(BasicConfig.builder().build());
    }

    /**
     * Gives the root logger a handler, unless it has one already: a {@link FileHandler} when a
     * file name is given, else a {@link StreamHandler} on the stream or {@code System.err}, with a
     * formatter of the given format ({@code %(levelname)s:%(name)s:%(message)s} by default), and
     * sets the root's level when one is given.
     *
     * @param options the options
     * @throws java.io.UncheckedIOException naming the file when it cannot be opened
     */
    public static void basicConfig(BasicConfig options) {
        synchronized (MANAGER.lock()) {
            Logger root = MANAGER.root();
            if (options.isForce()) {
                for (Handler handler : root.getHandlers()) {
                    root.removeHandler(handler);
                    handler.close();
                }
            }
            if (root.hasOwnHandlers()) {
                return;
            }
            Formatter formatter = new Formatter(
                    options.getFormat() == null ? BasicConfig.BASIC_FORMAT : options.getFormat(), options.getDatefmt());
            List<Handler> handlers = options.getHandlers();
            if (handlers == null) {
                Handler handler = options.getFilename() != null
                        ? new FileHandler(options.getFilename(), options.getFilemode(), options.getEncoding())
                        : new StreamHandler(options.getStream());
                handlers = List.of(handler);
            }
            for (Handler handler : handlers) {
                if (handler.getFormatter() == null) {
                    handler.setFormatter(formatter);
                }
                root.addHandler(handler);
            }
            if (options.getLevel() != null) {
                root.setLevel(options.getLevel());
            }
        }
    }

    private static Logger configuredRoot() {
        Logger root = MANAGER.root();
        if (!root.hasOwnHandlers()) {
            basicConfig();
        }
        return root;
    }

    /**
     * Logs on the root logger at {@link Level#DEBUG}, after {@link #basicConfig()} if the root
     * has no handler.
     *
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void debug(String msg, Object... args) {
        configuredRoot().debug(msg, args);
    }

    /**
     * Logs on the root logger at {@link Level#DEBUG} with an exception.
     *
     * @param excInfo the exception
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void debug(Throwable excInfo, String msg, Object... args) {
        configuredRoot().debug(excInfo, msg, args);
    }

    /**
     * Logs on the root logger at {@link Level#INFO}, after {@link #basicConfig()} if the root
     * has no handler.
     *
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void info(String msg, Object... args) {
        configuredRoot().info(msg, args);
    }

    /**
     * Logs on the root logger at {@link Level#INFO} with an exception.
     *
     * @param excInfo the exception
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void info(Throwable excInfo, String msg, Object... args) {
        configuredRoot().info(excInfo, msg, args);
    }

    /**
     * Logs on the root logger at {@link Level#WARNING}, after {@link #basicConfig()} if the root
     * has no handler.
     *
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void warning(String msg, Object... args) {
        configuredRoot().warning(msg, args);
    }

    /**
     * Logs on the root logger at {@link Level#WARNING} with an exception.
     *
     * @param excInfo the exception
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void warning(Throwable excInfo, String msg, Object... args) {
        configuredRoot().warning(excInfo, msg, args);
    }

    /**
     * The same as {@link #warning(String, Object...)}.
     *
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void warn(String msg, Object... args) {
        configuredRoot().warning(msg, args);
    }

    /**
     * Logs on the root logger at {@link Level#ERROR}, after {@link #basicConfig()} if the root
     * has no handler.
     *
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void error(String msg, Object... args) {
        configuredRoot().error(msg, args);
    }

    /**
     * Logs on the root logger at {@link Level#ERROR} with an exception.
     *
     * @param excInfo the exception
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void error(Throwable excInfo, String msg, Object... args) {
        configuredRoot().error(excInfo, msg, args);
    }

    /**
     * Logs on the root logger at {@link Level#ERROR} with an exception's stack trace.
     *
     * @param excInfo the exception
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void exception(Throwable excInfo, String msg, Object... args) {
        configuredRoot().exception(excInfo, msg, args);
    }

    /**
     * Logs on the root logger at {@link Level#CRITICAL}, after {@link #basicConfig()} if the root
     * has no handler.
     *
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void critical(String msg, Object... args) {
        configuredRoot().critical(msg, args);
    }

    /**
     * Logs on the root logger at {@link Level#CRITICAL} with an exception.
     *
     * @param excInfo the exception
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void critical(Throwable excInfo, String msg, Object... args) {
        configuredRoot().critical(excInfo, msg, args);
    }

    /**
     * Logs on the root logger at {@code level}, after {@link #basicConfig()} if the root has no
     * handler.
     *
     * @param level a level number
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public static void log(int level, String msg, Object... args) {
        configuredRoot().log(level, msg, args);
    }

    /**
     * Returns a record whose attributes are those of {@code attributes}, as a received
     * attribute dict is turned back into a record. Unknown keys become {@code extra} keys.
     *
     * @param attributes attribute names (Python's: {@code exc_text}, {@code funcName}) and values
     * @throws IllegalArgumentException when a value does not fit its attribute
     */
    public static LogRecord makeLogRecord(Map<String, ?> attributes) {
        LogRecord record = new LogRecord(null, Level.NOTSET, "", 0, "", null, null, null);
        attributes.forEach(record::set);
        return record;
    }

    /** Registers a new handler for {@link #shutdown()}; called by the {@link Handler} constructor. */
    static void trackHandler(Handler handler) {
        synchronized (HANDLERS) {
            if (HANDLERS.size() >= pruneAt) {
                HANDLERS.removeIf(ref -> ref.get() == null);
                pruneAt = Math.max(64, HANDLERS.size() * 2);
            }
            HANDLERS.add(new WeakReference<>(handler));
        }
    }

    private static List<Handler> takeHandlers() {
        List<Handler> live = new ArrayList<>();
        synchronized (HANDLERS) {
            for (int i = HANDLERS.size() - 1; i >= 0; i--) {
                Handler handler = HANDLERS.get(i).get();
                if (handler != null && handler != DEFAULT_LAST_RESORT) {
                    live.add(handler);
                }
            }
            HANDLERS.clear();
        }
        return live;
    }

    /**
     * Flushes every handler made so far, then closes them, newest first, once: a handler is
     * closed by the first shutdown after it was made. Errors are ignored, since the application is ending.
     */
    public static void shutdown() {
        List<Handler> handlers = takeHandlers();
        // Every handler is flushed before any is closed: a queue handler's flush waits for its
        // listener to hand what is queued to handlers that must still be open.
        for (Handler handler : handlers) {
            try {
                handler.flush();
            } catch (RuntimeException ignored) {
                // Shutting down: one handler's failure must not keep the others from flushing.
            }
        }
        for (Handler handler : handlers) {
            try {
                handler.acquire();
                try {
                    handler.flush();
                    handler.close();
                } finally {
                    handler.release();
                }
            } catch (RuntimeException ignored) {
                // Shutting down: one handler's failure must not keep the others open.
            }
        }
    }

    /**
     * Closes every handler and puts logging back to its initial state: every logger without
     * handlers or filters at {@link Level#NOTSET} (the root at {@link Level#WARNING}), no added
     * level names, no {@code disable}, the default logger class, last resort and error
     * reporting. Loggers keep their identity. Meant for tests.
     */
    public static void reset() {
        shutdown();
        MANAGER.reset();
        LevelNames.reset();
        raiseExceptions = true;
        DEFAULT_LAST_RESORT.setLevel(Level.WARNING);
        DEFAULT_LAST_RESORT.setFormatter(null);
        DEFAULT_LAST_RESORT.clearFilters();
        lastResort = DEFAULT_LAST_RESORT;
        noHandlersWarned = false;
    }
}
