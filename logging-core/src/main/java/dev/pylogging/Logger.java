package dev.pylogging;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A named channel in the logger hierarchy: {@code "a.b"} is a child of {@code "a"}, which is a
 * child of the root. Loggers are obtained from {@link Logging#getLogger(String)}, never built
 * directly, and the same name always gives the same logger.
 *
 * <p>A logging call at a level below the logger's effective level costs one {@code int}
 * comparison against a cached threshold and allocates nothing; a message is %-formatted only
 * when some handler emits it.
 */
public class Logger extends Filterer {

    static final Object[] NO_ARGS = new Object[0];
    private static final Handler[] NO_HANDLERS = new Handler[0];

    private final String name;
    private volatile int level;
    private volatile Logger parent;
    private volatile boolean propagate = true;
    private volatile boolean disabled;
    /** Copy-on-write, read by every record that reaches this logger. */
    private volatile Handler[] handlers = NO_HANDLERS;
    /** The {@link Manager}'s reset count when this logger was last asked for by name. */
    volatile int generation;
    /**
     * The lowest level this logger emits: its effective level, raised above
     * {@link Logging#disable(int)} and to {@code MAX_VALUE} when disabled. Kept current by the
     * hierarchy whenever a level, the disable level or the tree changes.
     */
    volatile int threshold;
    /**
     * A record that no one holds, lent to one logging call at a time and given back after it
     * unless something that may keep it saw it; a call that finds none (another thread has it,
     * or a record is logged while another is formatted) makes a new one.
     */
    @SuppressWarnings("unused") // through RecordPool
    volatile LogRecord spare;
    /** Whether this logger's class makes records as {@link #makeRecord} does here; decided once. */
    private final boolean reusesRecords = OWN_MAKE_RECORD.get(getClass());

    /** Whether a logger class keeps this class's {@link #makeRecord}; looked up once per class. */
    private static final ClassValue<Boolean> OWN_MAKE_RECORD = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return DeclaringClass.of(type, "makeRecord", String.class, int.class, String.class, int.class, String.class,
                    Object[].class, Throwable.class, String.class, Map.class) == Logger.class;
        }
    };

    /**
     * Creates a logger outside the hierarchy. Use {@link Logging#getLogger(String)}; this
     * constructor is for subclasses installed with {@link Logging#setLoggerClass(Class)}.
     *
     * @param name the logger name
     */
    public Logger(String name) {
        this(name, Level.NOTSET);
    }

    /**
     * Creates a logger outside the hierarchy with a level.
     *
     * @param name the logger name
     * @param level its level
     */
    public Logger(String name, int level) {
        this.name = name;
        this.level = level;
        this.threshold = Math.max(level, Level.NOTSET + 1);
        Manager manager = Logging.manager();
        // Null only while the manager builds the root logger.
        if (manager != null) {
            manager.track(this);
        }
    }

    /** Returns the logger name, such as {@code "a.b"}, or {@code "root"}. */
    public String getName() {
        return name;
    }

    /** Returns the parent logger, or {@code null} for the root. */
    public Logger getParent() {
        return parent;
    }

    void setParent(Logger parent) {
        this.parent = parent;
    }

    /**
     * Returns the logger {@code name + "." + suffix}, a descendant of this one.
     *
     * @param suffix a dotted name relative to this logger
     */
    public Logger getChild(String suffix) {
        return Logging.getLogger(this instanceof RootLogger ? suffix : name + "." + suffix);
    }

    /** Returns this logger's own level; {@link Level#NOTSET} defers to the parent. */
    public int getLevel() {
        return level;
    }

    /**
     * Sets this logger's level: records below it are ignored.
     *
     * @param level a level number; {@link Level#NOTSET} defers to the parent
     */
    public void setLevel(int level) {
        this.level = level;
        Logging.manager().refreshThresholds(this);
    }

    /**
     * Sets this logger's level by name ({@code "DEBUG"}, {@code "WARN"}) or number ({@code "15"}).
     *
     * @throws IllegalArgumentException naming the value when it is no level
     */
    public void setLevel(String level) {
        setLevel(Logging.levelForName(level));
    }

    /**
     * Returns the level that decides which records this logger handles: its own level, or the
     * first one set on the way up to the root.
     */
    public int getEffectiveLevel() {
        for (Logger logger = this; logger != null; logger = logger.parent) {
            int own = logger.level;
            if (own != Level.NOTSET) {
                return own;
            }
        }
        return Level.NOTSET;
    }

    /** Recomputes {@link #threshold}; called by the hierarchy under its lock. */
    void refreshThreshold(int disableLevel) {
        threshold = disabled ? Integer.MAX_VALUE : Math.max(getEffectiveLevel(), disableLevel + 1);
    }

    /**
     * Returns true when a record at {@code level} would be handled by this logger, considering
     * {@link Logging#disable(int)}, {@link #isDisabled()} and the effective level.
     *
     * @param level a level number
     */
    public boolean isEnabledFor(int level) {
        return level >= threshold;
    }

    /** Returns true when records are passed on to the parent's handlers (the default). */
    public boolean isPropagate() {
        return propagate;
    }

    /**
     * Chooses whether records are passed on to the parent's handlers.
     *
     * @param propagate false to stop records at this logger
     */
    public void setPropagate(boolean propagate) {
        this.propagate = propagate;
    }

    /** Returns true when this logger ignores every record, as configuration may set it. */
    public boolean isDisabled() {
        return disabled;
    }

    /**
     * Makes this logger ignore every record, or handle them again.
     *
     * @param disabled true to ignore every record
     */
    public void setDisabled(boolean disabled) {
        this.disabled = disabled;
        Logging.manager().refreshThresholds(this);
    }

    /**
     * Adds {@code handler}, unless it is already present.
     *
     * @param handler the handler
     */
    public synchronized void addHandler(Handler handler) {
        if (handler == null) {
            throw new IllegalArgumentException("handler must not be null");
        }
        if (!Arrays.asList(handlers).contains(handler)) {
            Handler[] grown = Arrays.copyOf(handlers, handlers.length + 1);
            grown[handlers.length] = handler;
            handlers = grown;
        }
    }

    /**
     * Removes {@code handler} if present.
     *
     * @param handler the handler
     */
    public synchronized void removeHandler(Handler handler) {
        List<Handler> list = new java.util.ArrayList<>(Arrays.asList(handlers));
        if (list.remove(handler)) {
            handlers = list.toArray(NO_HANDLERS);
        }
    }

    /**
     * Replaces all of this logger's handlers in one step, so that a record logged meanwhile finds
     * either the old handlers or the new ones, never none: what configuration uses to swap.
     *
     * @param replacement the new handlers, duplicates ignored
     */
    public synchronized void setHandlers(List<Handler> replacement) {
        Handler[] next = replacement.stream().distinct().toArray(Handler[]::new);
        for (Handler handler : next) {
            if (handler == null) {
                throw new IllegalArgumentException("handler must not be null");
            }
        }
        handlers = next;
    }

    /** Returns this logger's own handlers, not its ancestors'. */
    public List<Handler> getHandlers() {
        return List.of(handlers);
    }

    /** Returns true when this logger or an ancestor it propagates to has a handler. */
    public boolean hasHandlers() {
        for (Logger logger = this; logger != null; logger = logger.parent) {
            if (logger.handlers.length > 0) {
                return true;
            }
            if (!logger.propagate) {
                break;
            }
        }
        return false;
    }

    boolean hasOwnHandlers() {
        return handlers.length > 0;
    }

    /** Removes every handler and filter and restores the defaults, for {@link Logging#reset()}. */
    synchronized void resetToDefaults(int defaultLevel) {
        handlers = NO_HANDLERS;
        clearFilters();
        level = defaultLevel;
        propagate = true;
        disabled = false;
    }

    /**
     * Returns the source file, line and method of the code that called the logging method.
     * Walks the stack: costly, so records do it only when an attribute needs it.
     */
    public CallerInfo findCaller() {
        return CallerLocator.locate();
    }

    /**
     * Creates a record. Subclasses override this to make specialised records.
     *
     * @param name the logger name
     * @param level the level
     * @param pathname the source path, or {@code null} to find it from the stack when needed
     * @param lineno the source line
     * @param msg the message
     * @param args its arguments
     * @param excInfo the exception, or {@code null}
     * @param funcName the method name, or {@code null}
     * @param extra user attributes, or {@code null}
     * @throws IllegalArgumentException when an {@code extra} key clashes with a record attribute
     */
    public LogRecord makeRecord(String name, int level, String pathname, int lineno, String msg, Object[] args,
                                Throwable excInfo, String funcName, Map<String, ?> extra) {
        LogRecord record = new LogRecord(name, level, pathname, lineno, msg, args, excInfo, funcName);
        if (extra != null && !extra.isEmpty()) {
            record.addExtra(extra);
        }
        return record;
    }

    /**
     * Passes {@code record} to the handlers of this logger and of its ancestors, up to the first
     * that does not propagate, if this logger is enabled and its filters pass the record. Used
     * for records made here and for records received from elsewhere.
     *
     * @param record the record
     */
    public void handle(LogRecord record) {
        if (disabled) {
            return;
        }
        boolean passed;
        try {
            passed = filter(record);
        } catch (RuntimeException e) {
            ErrorReporter.report("in a filter of logger '" + name + "'", e);
            return;
        }
        if (passed) {
            callHandlers(record);
        }
    }

    private void callHandlers(LogRecord record) {
        int found = 0;
        int recordLevel = record.getLevelno();
        for (Logger logger = this; logger != null; logger = logger.parent) {
            for (Handler handler : logger.handlers) {
                found++;
                if (recordLevel >= handler.getLevel()) {
                    RecordPool.beforeHandle(handler, record);
                    handleSafely(handler, record);
                }
            }
            if (!logger.propagate) {
                break;
            }
        }
        if (found == 0) {
            Handler lastResort = Logging.getLastResort();
            if (lastResort == null) {
                Logging.warnNoHandlers(name);
            } else if (recordLevel >= lastResort.getLevel()) {
                RecordPool.beforeHandle(lastResort, record);
                handleSafely(lastResort, record);
            }
        }
    }

    /**
     * Calls {@code handler.handle}, turning the errors a record can provoke (a structure too deep
     * to render, an allocation too large) into a report, so that no {@link Error} reaches the code
     * that logged or a thread that serves received records.
     */
    private static void handleSafely(Handler handler, LogRecord record) {
        try {
            handler.handle(record);
        } catch (StackOverflowError | OutOfMemoryError e) {
            handler.handleError(record, new IllegalStateException(e.toString(), e));
        }
    }

    /**
     * Logs {@code msg % args} at {@code level}.
     *
     * @param level a level number
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public void log(int level, String msg, Object... args) {
        if (level >= threshold) {
            log0(level, null, msg, args, null);
        }
    }

    /**
     * Logs {@code msg % args} at {@code level}, with the stack trace of {@code excInfo}.
     *
     * @param level a level number
     * @param excInfo the exception to log
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public void log(int level, Throwable excInfo, String msg, Object... args) {
        if (level >= threshold) {
            log0(level, excInfo, msg, args, null);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#ERROR} with the stack trace of {@code excInfo}.
     *
     * @param excInfo the exception to log
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public void exception(Throwable excInfo, String msg, Object... args) {
        if (Level.ERROR >= threshold) {
            log0(Level.ERROR, excInfo, msg, args, null);
        }
    }

    /**
     * Returns a call at {@code level} that takes {@code extra} attributes and an exception:
     * {@code log.atWarning().extra("user", "fbloggs").log("Protocol problem: %s", "reset")}.
     * A disabled level returns a shared no-op.
     *
     * @param level a level number
     */
    public LogCall atLevel(int level) {
        return level >= threshold ? new ActiveLogCall(this, level) : DisabledLogCall.INSTANCE;
    }

    /** Makes and dispatches a record; the level check has passed. */
    void log0(int level, Throwable excInfo, String msg, Object[] args, Map<String, ?> extra) {
        stampAndHandle(extra == null ? borrowRecord() : null, level, excInfo, msg, args, extra, null);
    }

    /** A fluent call's record: as {@link #log0}, with CPython's {@code stack_info} and {@code stacklevel}. */
    void logCall(int level, Throwable excInfo, String msg, Object[] args, Map<String, ?> extra, boolean stackInfo,
                 int stacklevel) {
        if (!stackInfo && stacklevel <= 1) {
            log0(level, excInfo, msg, args, extra);
            return;
        }
        LogRecord record = makeRecord(name, level, null, 0, msg, args, excInfo, null, extra);
        record.setDispatchThread(Thread.currentThread());
        try {
            record.locateCaller(stacklevel - 1, stackInfo);
            handle(record);
        } finally {
            record.setDispatchThread(null);
        }
    }

    /**
     * Logs a message that another logging API has formatted already, for adapters and bridges
     * (SLF4J, {@code java.util.logging}): {@code message} is logged as is, never {@code %}-formatted,
     * and the caller attributes name the frame that called {@code callerBoundary}. A format naming
     * an attribute such a record lacks (an MDC key) prints nothing instead of failing.
     *
     * @param callerBoundary the fully qualified name of the class the application called
     * @param level a level number; nothing happens when it is not enabled
     * @param message the finished message
     * @param excInfo the exception to log, or {@code null}
     * @param extra attributes for the record (MDC entries, key-value pairs), or {@code null}
     */
    public void logFormatted(String callerBoundary, int level, String message, Throwable excInfo,
                             Map<String, ?> extra) {
        if (level >= threshold) {
            stampAndHandle(extra == null ? borrowRecord() : null, level, excInfo, message, NO_ARGS, extra,
                    callerBoundary);
        }
    }

    /** As {@link #log0} with one argument, which a borrowed record holds in an array of its own. */
    private void log1(int level, String msg, Object arg) {
        LogRecord spare = borrowRecord();
        stampAndHandle(spare, level, null, msg, spare != null ? spare.ownArgs(arg) : new Object[] {arg}, null, null);
    }

    /** As {@link #log0} with two arguments, which a borrowed record holds in an array of its own. */
    private void log2(int level, String msg, Object arg1, Object arg2) {
        LogRecord spare = borrowRecord();
        Object[] args = spare != null ? spare.ownArgs(arg1, arg2) : new Object[] {arg1, arg2};
        stampAndHandle(spare, level, null, msg, args, null, null);
    }

    /**
     * Stamps {@code spare} for this call, or makes a record when there is none, and hands it to
     * the handlers; then, when it has no {@code extra} and nothing that may keep records saw it,
     * empties it and makes it the spare record: the next call needs one.
     */
    private void stampAndHandle(LogRecord spare, int level, Throwable excInfo, String msg, Object[] args,
                                Map<String, ?> extra, String callerBoundary) {
        LogRecord record = spare;
        if (record != null) {
            record.reuse(name, level, msg, args, excInfo);
        } else {
            record = makeRecord(name, level, null, 0, msg, args, excInfo, null, extra);
        }
        if (callerBoundary != null) {
            record.setCallerBoundary(callerBoundary);
        }
        record.setDispatchThread(Thread.currentThread());
        if (callerBoundary != null && handlersReadCaller()) {
            // Found here, a few frames below the application's call, rather than under the handlers.
            record.resolveCaller();
        }
        try {
            handle(record);
        } finally {
            record.setDispatchThread(null);
        }
        if (extra == null && reusesRecords) {
            RecordPool.giveBack(this, record);
        }
    }

    /** Returns whether a handler this logger's records reach reads their caller attributes. */
    private boolean handlersReadCaller() {
        for (Logger logger = this; logger != null; logger = logger.parent) {
            for (Handler handler : logger.handlers) {
                Formatter f = handler.getFormatter();
                if (handler.needsCallerInfo() || (f != null && f.usesCallerInfo())) {
                    return true;
                }
            }
            if (!logger.propagate) {
                break;
            }
        }
        return false;
    }

    /** Takes the spare record, or returns null when there is none or this class makes its own. */
    private LogRecord borrowRecord() {
        return reusesRecords ? RecordPool.borrow(this) : null;
    }

    /**
     * Logs {@code msg} at {@link Level#DEBUG}.
     *
     * @param msg the message, logged as is
     */
    public void debug(String msg) {
        if (Level.DEBUG >= threshold) {
            log0(Level.DEBUG, null, msg, NO_ARGS, null);
        }
    }

    /**
     * Logs {@code msg % arg} at {@link Level#DEBUG}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg its argument
     */
    public void debug(String msg, Object arg) {
        if (Level.DEBUG >= threshold) {
            log1(Level.DEBUG, msg, arg);
        }
    }

    /**
     * Logs {@code msg % (arg1, arg2)} at {@link Level#DEBUG}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg1 its first argument
     * @param arg2 its second argument
     */
    public void debug(String msg, Object arg1, Object arg2) {
        if (Level.DEBUG >= threshold) {
            log2(Level.DEBUG, msg, arg1, arg2);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#DEBUG}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format; a single {@code Map} argument serves {@code %(key)s}
     * @param args its arguments
     */
    public void debug(String msg, Object... args) {
        if (Level.DEBUG >= threshold) {
            log0(Level.DEBUG, null, msg, args, null);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#DEBUG}, with the stack trace of {@code excInfo}.
     *
     * @param excInfo the exception to log
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public void debug(Throwable excInfo, String msg, Object... args) {
        if (Level.DEBUG >= threshold) {
            log0(Level.DEBUG, excInfo, msg, args, null);
        }
    }

    /** Returns a call at {@link Level#DEBUG} that takes {@code extra} attributes; a no-op when the level is disabled. */
    public LogCall atDebug() {
        return atLevel(Level.DEBUG);
    }

    /**
     * Logs {@code msg} at {@link Level#INFO}.
     *
     * @param msg the message, logged as is
     */
    public void info(String msg) {
        if (Level.INFO >= threshold) {
            log0(Level.INFO, null, msg, NO_ARGS, null);
        }
    }

    /**
     * Logs {@code msg % arg} at {@link Level#INFO}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg its argument
     */
    public void info(String msg, Object arg) {
        if (Level.INFO >= threshold) {
            log1(Level.INFO, msg, arg);
        }
    }

    /**
     * Logs {@code msg % (arg1, arg2)} at {@link Level#INFO}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg1 its first argument
     * @param arg2 its second argument
     */
    public void info(String msg, Object arg1, Object arg2) {
        if (Level.INFO >= threshold) {
            log2(Level.INFO, msg, arg1, arg2);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#INFO}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format; a single {@code Map} argument serves {@code %(key)s}
     * @param args its arguments
     */
    public void info(String msg, Object... args) {
        if (Level.INFO >= threshold) {
            log0(Level.INFO, null, msg, args, null);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#INFO}, with the stack trace of {@code excInfo}.
     *
     * @param excInfo the exception to log
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public void info(Throwable excInfo, String msg, Object... args) {
        if (Level.INFO >= threshold) {
            log0(Level.INFO, excInfo, msg, args, null);
        }
    }

    /** Returns a call at {@link Level#INFO} that takes {@code extra} attributes; a no-op when the level is disabled. */
    public LogCall atInfo() {
        return atLevel(Level.INFO);
    }

    /**
     * Logs {@code msg} at {@link Level#WARNING}.
     *
     * @param msg the message, logged as is
     */
    public void warning(String msg) {
        if (Level.WARNING >= threshold) {
            log0(Level.WARNING, null, msg, NO_ARGS, null);
        }
    }

    /**
     * Logs {@code msg % arg} at {@link Level#WARNING}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg its argument
     */
    public void warning(String msg, Object arg) {
        if (Level.WARNING >= threshold) {
            log1(Level.WARNING, msg, arg);
        }
    }

    /**
     * Logs {@code msg % (arg1, arg2)} at {@link Level#WARNING}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg1 its first argument
     * @param arg2 its second argument
     */
    public void warning(String msg, Object arg1, Object arg2) {
        if (Level.WARNING >= threshold) {
            log2(Level.WARNING, msg, arg1, arg2);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#WARNING}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format; a single {@code Map} argument serves {@code %(key)s}
     * @param args its arguments
     */
    public void warning(String msg, Object... args) {
        if (Level.WARNING >= threshold) {
            log0(Level.WARNING, null, msg, args, null);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#WARNING}, with the stack trace of {@code excInfo}.
     *
     * @param excInfo the exception to log
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public void warning(Throwable excInfo, String msg, Object... args) {
        if (Level.WARNING >= threshold) {
            log0(Level.WARNING, excInfo, msg, args, null);
        }
    }

    /** Returns a call at {@link Level#WARNING} that takes {@code extra} attributes; a no-op when the level is disabled. */
    public LogCall atWarning() {
        return atLevel(Level.WARNING);
    }

    /**
     * Logs {@code msg} at {@link Level#WARNING}, the same as {@code warning}.
     *
     * @param msg the message, logged as is
     */
    public void warn(String msg) {
        if (Level.WARNING >= threshold) {
            log0(Level.WARNING, null, msg, NO_ARGS, null);
        }
    }

    /**
     * Logs {@code msg % arg} at {@link Level#WARNING}, the same as {@code warning}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg its argument
     */
    public void warn(String msg, Object arg) {
        if (Level.WARNING >= threshold) {
            log1(Level.WARNING, msg, arg);
        }
    }

    /**
     * Logs {@code msg % (arg1, arg2)} at {@link Level#WARNING}, the same as {@code warning}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg1 its first argument
     * @param arg2 its second argument
     */
    public void warn(String msg, Object arg1, Object arg2) {
        if (Level.WARNING >= threshold) {
            log2(Level.WARNING, msg, arg1, arg2);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#WARNING}, the same as {@code warning}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format; a single {@code Map} argument serves {@code %(key)s}
     * @param args its arguments
     */
    public void warn(String msg, Object... args) {
        if (Level.WARNING >= threshold) {
            log0(Level.WARNING, null, msg, args, null);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#WARNING}, the same as {@code warning}, with the stack trace of {@code excInfo}.
     *
     * @param excInfo the exception to log
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public void warn(Throwable excInfo, String msg, Object... args) {
        if (Level.WARNING >= threshold) {
            log0(Level.WARNING, excInfo, msg, args, null);
        }
    }


    /**
     * Logs {@code msg} at {@link Level#ERROR}.
     *
     * @param msg the message, logged as is
     */
    public void error(String msg) {
        if (Level.ERROR >= threshold) {
            log0(Level.ERROR, null, msg, NO_ARGS, null);
        }
    }

    /**
     * Logs {@code msg % arg} at {@link Level#ERROR}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg its argument
     */
    public void error(String msg, Object arg) {
        if (Level.ERROR >= threshold) {
            log1(Level.ERROR, msg, arg);
        }
    }

    /**
     * Logs {@code msg % (arg1, arg2)} at {@link Level#ERROR}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg1 its first argument
     * @param arg2 its second argument
     */
    public void error(String msg, Object arg1, Object arg2) {
        if (Level.ERROR >= threshold) {
            log2(Level.ERROR, msg, arg1, arg2);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#ERROR}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format; a single {@code Map} argument serves {@code %(key)s}
     * @param args its arguments
     */
    public void error(String msg, Object... args) {
        if (Level.ERROR >= threshold) {
            log0(Level.ERROR, null, msg, args, null);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#ERROR}, with the stack trace of {@code excInfo}.
     *
     * @param excInfo the exception to log
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public void error(Throwable excInfo, String msg, Object... args) {
        if (Level.ERROR >= threshold) {
            log0(Level.ERROR, excInfo, msg, args, null);
        }
    }

    /** Returns a call at {@link Level#ERROR} that takes {@code extra} attributes; a no-op when the level is disabled. */
    public LogCall atError() {
        return atLevel(Level.ERROR);
    }

    /**
     * Logs {@code msg} at {@link Level#CRITICAL}.
     *
     * @param msg the message, logged as is
     */
    public void critical(String msg) {
        if (Level.CRITICAL >= threshold) {
            log0(Level.CRITICAL, null, msg, NO_ARGS, null);
        }
    }

    /**
     * Logs {@code msg % arg} at {@link Level#CRITICAL}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg its argument
     */
    public void critical(String msg, Object arg) {
        if (Level.CRITICAL >= threshold) {
            log1(Level.CRITICAL, msg, arg);
        }
    }

    /**
     * Logs {@code msg % (arg1, arg2)} at {@link Level#CRITICAL}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg1 its first argument
     * @param arg2 its second argument
     */
    public void critical(String msg, Object arg1, Object arg2) {
        if (Level.CRITICAL >= threshold) {
            log2(Level.CRITICAL, msg, arg1, arg2);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#CRITICAL}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format; a single {@code Map} argument serves {@code %(key)s}
     * @param args its arguments
     */
    public void critical(String msg, Object... args) {
        if (Level.CRITICAL >= threshold) {
            log0(Level.CRITICAL, null, msg, args, null);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#CRITICAL}, with the stack trace of {@code excInfo}.
     *
     * @param excInfo the exception to log
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public void critical(Throwable excInfo, String msg, Object... args) {
        if (Level.CRITICAL >= threshold) {
            log0(Level.CRITICAL, excInfo, msg, args, null);
        }
    }

    /** Returns a call at {@link Level#CRITICAL} that takes {@code extra} attributes; a no-op when the level is disabled. */
    public LogCall atCritical() {
        return atLevel(Level.CRITICAL);
    }

    /**
     * Logs {@code msg} at {@link Level#CRITICAL}, the same as {@code critical}.
     *
     * @param msg the message, logged as is
     */
    public void fatal(String msg) {
        if (Level.CRITICAL >= threshold) {
            log0(Level.CRITICAL, null, msg, NO_ARGS, null);
        }
    }

    /**
     * Logs {@code msg % arg} at {@link Level#CRITICAL}, the same as {@code critical}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg its argument
     */
    public void fatal(String msg, Object arg) {
        if (Level.CRITICAL >= threshold) {
            log1(Level.CRITICAL, msg, arg);
        }
    }

    /**
     * Logs {@code msg % (arg1, arg2)} at {@link Level#CRITICAL}, the same as {@code critical}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format
     * @param arg1 its first argument
     * @param arg2 its second argument
     */
    public void fatal(String msg, Object arg1, Object arg2) {
        if (Level.CRITICAL >= threshold) {
            log2(Level.CRITICAL, msg, arg1, arg2);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#CRITICAL}, the same as {@code critical}; formatted only if some handler emits it.
     *
     * @param msg a {@code %} format; a single {@code Map} argument serves {@code %(key)s}
     * @param args its arguments
     */
    public void fatal(String msg, Object... args) {
        if (Level.CRITICAL >= threshold) {
            log0(Level.CRITICAL, null, msg, args, null);
        }
    }

    /**
     * Logs {@code msg % args} at {@link Level#CRITICAL}, the same as {@code critical}, with the stack trace of {@code excInfo}.
     *
     * @param excInfo the exception to log
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public void fatal(Throwable excInfo, String msg, Object... args) {
        if (Level.CRITICAL >= threshold) {
            log0(Level.CRITICAL, excInfo, msg, args, null);
        }
    }


    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + " " + name + " (" + Logging.getLevelName(getEffectiveLevel()) + ")>";
    }
}
