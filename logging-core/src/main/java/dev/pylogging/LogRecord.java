package dev.pylogging;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * One logging event: who logged what, when, where and at which level.
 *
 * <p>Attributes are read by getter ({@link #getLevelno()}, {@link #getFuncName()}) or by key
 * ({@link #get(String)}, which also finds {@code extra} keys), as a {@link Formatter} does. The
 * caller attributes ({@code pathname}, {@code filename}, {@code module}, {@code funcName},
 * {@code lineno}) are found by walking the stack the first time one is read while the logging
 * call is still running, and only then; a handler that keeps records for later calls
 * {@link #resolveCaller()} first.
 *
 * <p>A record belongs to one logging call; it is not meant to be shared between threads while
 * that call runs.
 */
public class LogRecord {

    /** The attribute names that {@code extra} keys may not use. */
    public static final Set<String> RESERVED_NAMES = Set.of(
            "name", "msg", "args", "levelname", "levelno", "pathname", "filename", "module",
            "exc_info", "excInfo", "exc_text", "excText", "stack_info", "lineno", "funcName",
            "created", "msecs", "relativeCreated", "thread", "threadName", "processName", "process",
            "message", "asctime", "taskName");

    private static final Object[] NO_ARGS = new Object[0];
    private static final long START_EPOCH_NANOS = RecordClock.SYSTEM.epochNanos();
    private static final long PID = ProcessHandle.current().pid();

    private String name;
    private int levelno;
    private String levelname;
    private CallerInfo caller;
    /** Set while the logging call that made this record runs: the caller can still be found. */
    private Thread dispatchThread;
    /** Set only when a received record names them apart from its pathname. */
    private String filename;
    private String module;
    private long createdSeconds;
    private double created;
    private double msecs;
    private double relativeCreated;
    private long thread;
    private String threadName;
    private long process;
    private String msg;
    private Object[] args;
    private Throwable excInfo;
    private String excText;
    private String message;
    private String asctime;
    private Map<String, Object> extra;
    /**
     * For a record logged through another logging API (SLF4J, a bridge): the class the
     * application called, whose outermost frames precede the caller; null otherwise.
     */
    private String callerBoundary;
    /** CPython's {@code stack_info}: the stack of the logging call, or null. */
    private String stackInfo;
    /** Set once code that may keep the record has seen it; see {@link #markKept()}. */
    private boolean kept;
    /** The argument arrays a reused record lends to calls with one and two arguments; see {@link #ownArgs}. */
    private Object[] args1;
    private Object[] args2;

    /**
     * Creates a record stamped with the current time and thread.
     *
     * @param name the logger name
     * @param level the numeric level
     * @param pathname the source path, or {@code null} to find it from the stack when first read
     * @param lineno the source line (ignored when {@code pathname} is null)
     * @param msg the message, a {@code %} format when {@code args} is not empty
     * @param args the message arguments; a single non-empty {@code Map} is a mapping for
     *     {@code %(key)s}; {@code null} means none
     * @param excInfo the exception to log with the message, or {@code null}
     * @param funcName the method name (ignored when {@code pathname} is null)
     */
    public LogRecord(String name, int level, String pathname, int lineno, String msg, Object[] args,
                     Throwable excInfo, String funcName) {
        stamp(name, level, msg, args, excInfo);
        if (pathname != null) {
            this.caller = new CallerInfo(pathname, lineno,
                    funcName != null ? funcName : CallerInfo.UNKNOWN.funcName());
        }
    }

    /** Creates an empty record for a logger to {@link #reuse}. */
    LogRecord() {
    }

    /**
     * Returns a copy of this record, as CPython's {@code copy.copy(record)}: every attribute and
     * {@code extra} key, with the caller found first (while the logging call is on the stack), so
     * that the copy can outlive the logging call and the record's reuse by its logger.
     */
    public LogRecord copy() {
        return copy(true);
    }

    /**
     * Returns a copy of this record, finding the caller first only when {@code findCaller}: code
     * that knows nobody reads the copy's caller attributes skips the walk of the stack, and the
     * copy then has them only if they were found already.
     *
     * @param findCaller true to find the caller now, while the logging call is on the stack
     */
    public LogRecord copy(boolean findCaller) {
        LogRecord c = new LogRecord();
        c.caller = findCaller ? caller() : caller != null ? caller : CallerInfo.UNKNOWN;
        c.filename = filename;
        c.module = module;
        c.name = name;
        c.levelno = levelno;
        c.levelname = levelname;
        c.createdSeconds = createdSeconds;
        c.created = created;
        c.msecs = msecs;
        c.relativeCreated = relativeCreated;
        c.thread = thread;
        c.threadName = threadName;
        c.process = process;
        c.msg = msg;
        c.args = args.length == 0 ? NO_ARGS : args.clone();
        c.excInfo = excInfo;
        c.excText = excText;
        c.message = message;
        c.asctime = asctime;
        c.extra = extra == null ? null : new java.util.LinkedHashMap<>(extra);
        c.callerBoundary = callerBoundary;
        c.stackInfo = stackInfo;
        return c;
    }

    /**
     * Makes this record, emptied by {@link #release()} after its last call, a new one for another
     * logging call: as the constructor would, with the caller to be found from the stack.
     */
    void reuse(String name, int level, String msg, Object[] args, Throwable excInfo) {
        stamp(name, level, msg, args, excInfo);
    }

    /** Returns this record's own one-element array holding {@code arg}, for a call it is reused for. */
    Object[] ownArgs(Object arg) {
        Object[] own = args1;
        if (own == null) {
            own = new Object[1];
            args1 = own;
        }
        own[0] = arg;
        return own;
    }

    /** Returns this record's own two-element array holding the arguments, for a call it is reused for. */
    Object[] ownArgs(Object arg1, Object arg2) {
        Object[] own = args2;
        if (own == null) {
            own = new Object[2];
            args2 = own;
        }
        own[0] = arg1;
        own[1] = arg2;
        return own;
    }

    /**
     * Lets go of everything the logging call and its handlers set, so that a record kept for reuse
     * holds none of it and {@link #reuse} need only stamp the next call's. Only a record that was
     * not {@link #markKept() kept} is released, so {@code kept} is already false.
     */
    void release() {
        if (args1 != null) {
            args1[0] = null;
        }
        if (args2 != null) {
            args2[0] = null;
            args2[1] = null;
        }
        msg = null;
        args = NO_ARGS;
        excInfo = null;
        excText = null;
        message = null;
        asctime = null;
        caller = null;
        filename = null;
        module = null;
        extra = null;
        callerBoundary = null;
        stackInfo = null;
    }

    private void stamp(String name, int level, String msg, Object[] args, Throwable excInfo) {
        this.name = name;
        this.levelno = level;
        this.levelname = Logging.getLevelName(level);
        this.msg = msg;
        this.args = args == null ? NO_ARGS : args;
        this.excInfo = excInfo;
        setCreated(RecordClock.SYSTEM.epochNanos());
        Thread current = Thread.currentThread();
        this.thread = current.getId();
        this.threadName = current.getName();
        this.process = PID;
    }

    /**
     * Notes that code which may hold on to this record after the logging call has seen it (a
     * handler, filter or formatter other than the library's own), so its logger must not reuse it.
     */
    void markKept() {
        kept = true;
    }

    /** Returns whether {@link #markKept()} was called since the record was made or reused. */
    boolean isKept() {
        return kept;
    }

    private void setCreated(long epochNanos) {
        createdSeconds = Math.floorDiv(epochNanos, 1_000_000_000L);
        int nanos = (int) Math.floorMod(epochNanos, 1_000_000_000L);
        created = createdSeconds + nanos / 1e9;
        msecs = nanos / 1_000_000;
        relativeCreated = (epochNanos - START_EPOCH_NANOS) / 1e6;
    }

    /**
     * Returns {@code msg % args}, or {@code msg} itself when there are no arguments.
     *
     * @throws PercentFormatException when the message does not fit its arguments
     */
    public String getMessage() {
        String cached = message;
        if (cached != null) {
            return cached;
        }
        if (args.length == 0) {
            cached = String.valueOf(msg);
        } else {
            StringBuilder out = new StringBuilder(String.valueOf(msg).length() + 32);
            appendMessage(out);
            cached = out.toString();
        }
        message = cached;
        return cached;
    }

    /** Appends {@link #getMessage()} to {@code out} without creating the message string. */
    void appendMessage(StringBuilder out) {
        if (message != null) {
            out.append(message);
        } else if (args.length == 0) {
            out.append(msg);
        } else {
            PercentFormat format = PercentFormat.compile(String.valueOf(msg));
            if (args.length == 1 && args[0] instanceof Map<?, ?> mapping && !mapping.isEmpty()) {
                format.appendMappingTo(out, mapping);
            } else {
                format.appendTo(out, args);
            }
        }
    }

    /**
     * Appends {@link #getMessage()} to {@code line} in UTF-8, without creating the message string;
     * {@code scratch} is for the parts that are converted as text first.
     */
    void appendMessage(Utf8Line line, StringBuilder scratch) {
        if (message != null) {
            line.append(message);
        } else if (args.length == 0) {
            line.append(String.valueOf(msg));
        } else if (args.length == 1 && args[0] instanceof Map<?, ?> mapping && !mapping.isEmpty()) {
            scratch.setLength(0);
            appendMessage(scratch);
            line.append(scratch);
        } else {
            line.messageFormat(msg).appendUtf8(line, args, scratch);
        }
    }

    /**
     * Returns the attribute named {@code key}, an {@code extra} key, or {@code null} when there is
     * none. Python's spellings {@code exc_info} and {@code exc_text} are accepted too.
     *
     * @param key an attribute name, as in a {@code %(key)s} format
     */
    public Object get(String key) {
        return lookup(key, null);
    }

    /** Returns true when {@link #get(String)} would find {@code key}. */
    public boolean has(String key) {
        return lookup(key, this) != this;
    }

    /** Looks {@code key} up, returning {@code missing} when there is no such attribute. */
    Object lookup(String key, Object missing) {
        switch (key) {
            case "name": return name;
            case "levelno": return levelno;
            case "levelname": return levelname;
            case "pathname": return getPathname();
            case "filename": return getFilename();
            case "module": return getModule();
            case "funcName": return getFuncName();
            case "lineno": return getLineno();
            case "created": return created;
            case "msecs": return msecs;
            case "relativeCreated": return relativeCreated;
            case "thread": return thread;
            case "threadName": return threadName;
            case "process": return process;
            case "msg": return msg;
            case "args": return args;
            case "excInfo", "exc_info": return excInfo;
            case "excText", "exc_text": return excText;
            case "stackInfo", "stack_info": return stackInfo;
            case "message": return getMessage();
            case "asctime": return asctime != null ? asctime : missing;
            default:
                if (extra != null && extra.containsKey(key)) {
                    return extra.get(key);
                }
                return missing;
        }
    }

    /**
     * Sets the attribute named {@code key}, as Python code assigns {@code record.key = value}:
     * known attributes are converted to their type, any other key becomes an {@code extra} key.
     *
     * @throws IllegalArgumentException when {@code value} does not fit a known attribute
     */
    public void set(String key, Object value) {
        switch (key) {
            case "name" -> name = stringOrNull(value);
            case "levelno" -> levelno = intOf(key, value);
            case "levelname" -> levelname = stringOrNull(value);
            case "pathname" -> caller = new CallerInfo(String.valueOf(value), getLineno(), getFuncName());
            case "lineno" -> caller = new CallerInfo(getPathname(), intOf(key, value), getFuncName());
            case "funcName" -> caller = new CallerInfo(getPathname(), getLineno(), String.valueOf(value));
            case "created" -> {
                created = doubleOf(key, value);
                createdSeconds = (long) Math.floor(created);
            }
            case "msecs" -> msecs = doubleOf(key, value);
            case "relativeCreated" -> relativeCreated = doubleOf(key, value);
            case "thread" -> thread = value == null ? 0 : (long) doubleOf(key, value);
            case "threadName" -> threadName = stringOrNull(value);
            case "process" -> process = value == null ? 0 : (long) doubleOf(key, value);
            case "msg" -> setMsg(value == null ? null : String.valueOf(value));
            case "args" -> setArgs(argsOf(value));
            case "excInfo", "exc_info" -> excInfo = value instanceof Throwable t ? t : null;
            case "excText", "exc_text" -> excText = stringOrNull(value);
            case "stackInfo", "stack_info" -> stackInfo = stringOrNull(value);
            case "message" -> message = stringOrNull(value);
            case "asctime" -> asctime = stringOrNull(value);
            case "filename" -> filename = stringOrNull(value);
            case "module" -> module = stringOrNull(value);
            default -> putExtra(key, value);
        }
    }

    private void putExtra(String key, Object value) {
        if (extra == null) {
            extra = new LinkedHashMap<>();
        }
        extra.put(key, value);
    }

    /**
     * Adds user attributes, as the {@code extra} argument of a logging call does.
     *
     * @throws IllegalArgumentException when a key clashes with a record attribute
     */
    void addExtra(Map<String, ?> values) {
        for (Map.Entry<String, ?> entry : values.entrySet()) {
            checkExtraKey(entry.getKey());
            putExtra(entry.getKey(), entry.getValue());
        }
    }

    /**
     * Rejects an {@code extra} key that would overwrite a record attribute, as CPython does.
     *
     * @throws IllegalArgumentException naming the key
     */
    static void checkExtraKey(String key) {
        if (key == null || RESERVED_NAMES.contains(key)) {
            throw new IllegalArgumentException("Attempt to overwrite '" + key + "' in LogRecord");
        }
    }

    private static String stringOrNull(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static int intOf(String key, Object value) {
        return (int) doubleOf(key, value);
    }

    private static double doubleOf(String key, Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        throw new IllegalArgumentException("LogRecord attribute '" + key + "' must be a number, not "
                + PyRepr.typeName(value) + ": " + value);
    }

    private static Object[] argsOf(Object value) {
        if (value == null) {
            return NO_ARGS;
        }
        if (value instanceof Object[] array) {
            return array;
        }
        if (value instanceof java.util.Collection<?> list) {
            return list.toArray();
        }
        if (value instanceof Map<?, ?>) {
            return new Object[] {value};
        }
        return new Object[] {value};
    }

    /**
     * Fixes the caller attributes now, while the logging call is on the stack. Handlers that keep
     * a record beyond the logging call (buffers, queues, network) call this first.
     */
    public void resolveCaller() {
        caller();
    }

    private CallerInfo caller() {
        CallerInfo found = caller;
        if (found == null) {
            Thread dispatch = dispatchThread;
            if (dispatch == Thread.currentThread()) {
                found = CallerLocator.locate(callerBoundary);
                caller = found;
            } else {
                found = CallerInfo.UNKNOWN;
                if (dispatch == null) {
                    caller = found;
                }
            }
        }
        return found;
    }

    /**
     * Finds the caller now, {@code skip} frames above the logging call (CPython's
     * {@code stacklevel - 1}), and with {@code withStack} keeps the stack from there outward as
     * {@code stack_info}.
     */
    void locateCaller(int skip, boolean withStack) {
        CallerLocator.Found found = CallerLocator.locate(callerBoundary, skip, withStack);
        caller = found.caller();
        stackInfo = found.stack();
    }

    /** Returns the stack of the logging call (CPython's {@code stack_info}), or {@code null}. */
    public String getStackInfo() {
        return stackInfo;
    }

    /**
     * Sets the stack text, as a received record carries it.
     *
     * @param stackInfo the text, or {@code null}
     */
    public void setStackInfo(String stackInfo) {
        this.stackInfo = stackInfo;
    }

    /** Notes the class the application called when the record comes through another logging API. */
    void setCallerBoundary(String callerBoundary) {
        this.callerBoundary = callerBoundary;
    }

    /**
     * Returns whether the record came through another logging API (SLF4J, a bridge), whose
     * attributes, such as MDC keys, come and go: a format naming one it lacks prints nothing.
     */
    public boolean isFromAdapter() {
        return callerBoundary != null;
    }

    /** Marks the start (a thread) and the end ({@code null}) of the logging call that dispatches this record. */
    void setDispatchThread(Thread thread) {
        this.dispatchThread = thread;
    }

    /** Returns the logger name. */
    public String getName() {
        return name;
    }

    /** Returns the numeric level. */
    public int getLevelno() {
        return levelno;
    }

    /** Returns the level name, as {@link Logging#getLevelName(int)} gave it when the record was made. */
    public String getLevelname() {
        return levelname;
    }

    /** Returns the source path of the logging call, as {@code package/dirs/File.java}. */
    public String getPathname() {
        return caller().pathname();
    }

    /** Returns the file name portion of {@link #getPathname()}. */
    public String getFilename() {
        return filename != null ? filename : caller().filename();
    }

    /** Returns the file name without extension: the Java class's source file name. */
    public String getModule() {
        return module != null ? module : caller().module();
    }

    /** Returns the name of the method that made the logging call. */
    public String getFuncName() {
        return caller().funcName();
    }

    /** Returns the source line of the logging call, or 0 when unknown. */
    public int getLineno() {
        return caller().lineno();
    }

    /** Returns the creation time in seconds since the epoch. */
    public double getCreated() {
        return created;
    }

    /** Returns the whole seconds of {@link #getCreated()}. */
    long getCreatedSeconds() {
        return createdSeconds;
    }

    /** Returns the millisecond portion of the creation time. */
    public double getMsecs() {
        return msecs;
    }

    /** Returns the creation time in milliseconds since the logging engine was loaded. */
    public double getRelativeCreated() {
        return relativeCreated;
    }

    /** Returns the id of the thread that logged. */
    public long getThread() {
        return thread;
    }

    /** Returns the name of the thread that logged. */
    public String getThreadName() {
        return threadName;
    }

    /** Returns the id of the process that logged. */
    public long getProcess() {
        return process;
    }

    /** Returns the message format, before the arguments are merged in. */
    public String getMsg() {
        return msg;
    }

    /**
     * Replaces the message format, as a filter may.
     *
     * @param msg the new message
     */
    public void setMsg(String msg) {
        this.msg = msg;
        this.message = null;
    }

    /** Returns the message arguments (never null). */
    public Object[] getArgs() {
        return args;
    }

    /**
     * Replaces the message arguments, as a filter may.
     *
     * @param args the new arguments; {@code null} means none
     */
    public void setArgs(Object[] args) {
        this.args = args == null ? NO_ARGS : args;
        this.message = null;
    }

    /** Returns the exception logged with the message, or {@code null}. */
    public Throwable getExcInfo() {
        return excInfo;
    }

    /** Returns the formatted exception, cached by the first formatter that rendered it. */
    public String getExcText() {
        return excText;
    }

    /**
     * Caches the formatted exception.
     *
     * @param excText the text, or {@code null} to have the next formatter render it again
     */
    public void setExcText(String excText) {
        this.excText = excText;
    }

    /** Returns the formatted time, set by a formatter whose format uses {@code %(asctime)s}. */
    public String getAsctime() {
        return asctime;
    }

    /**
     * Sets the formatted time.
     *
     * @param asctime the formatted time
     */
    public void setAsctime(String asctime) {
        this.asctime = asctime;
    }

    /** Returns the {@code extra} attributes, in the order they were added. */
    public Map<String, Object> getExtra() {
        return extra == null ? Map.of() : Collections.unmodifiableMap(extra);
    }

    @Override
    public String toString() {
        return "<LogRecord: " + name + ", " + levelno + ", " + (caller == null ? "?" : caller.pathname())
                + ", " + (caller == null ? 0 : caller.lineno()) + ", \"" + msg + "\">";
    }
}
