package dev.pylogging;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * CPython's {@code LoggerAdapter}: logs through a logger with contextual attributes added to every
 * record, as {@code extra}. {@link #process} decides the message and attributes of each call;
 * override it to add context another way. By default the adapter's {@code extra} replaces a
 * call's, as in CPython 3.11; with {@code mergeExtra} (Python 3.13's {@code merge_extra}) the two
 * are merged and the call's values win.
 *
 * <pre>{@code
 * LoggerAdapter log = new LoggerAdapter(Logging.getLogger("app"), Map.of("connid", "42"));
 * log.info("Protocol problem: %s", "connection reset");   // %(connid)s is 42
 * }</pre>
 */
public class LoggerAdapter {

    /** The message and attributes one call logs, as {@link #process} returns them. */
    public record Call(String msg, Map<String, ?> extra) {
    }

    private final Logger logger;
    private final Map<String, ?> extra;
    private final boolean mergeExtra;

    /**
     * Creates an adapter whose {@code extra} replaces a call's, as in CPython 3.11.
     *
     * @param logger the logger to log through
     * @param extra the attributes every record gets
     */
    public LoggerAdapter(Logger logger, Map<String, ?> extra) {
        this(logger, extra, false);
    }

    /**
     * Creates an adapter.
     *
     * @param logger the logger to log through
     * @param extra the attributes every record gets
     * @param mergeExtra true to merge a call's {@code extra} with these, the call's values winning
     */
    public LoggerAdapter(Logger logger, Map<String, ?> extra, boolean mergeExtra) {
        this.logger = Objects.requireNonNull(logger, "logger");
        this.extra = extra == null ? Map.of() : Map.copyOf(extra);
        this.mergeExtra = mergeExtra;
    }

    /** Returns the logger this adapter logs through. */
    public Logger getLogger() {
        return logger;
    }

    /** Returns the adapter's attributes. */
    public Map<String, ?> getExtra() {
        return extra;
    }

    /**
     * Returns the message and attributes to log for a call, as CPython's {@code process(msg,
     * kwargs)}: by default the message unchanged, with the adapter's {@code extra} (merged with
     * the call's when {@code mergeExtra}).
     *
     * @param msg the call's message
     * @param callExtra the call's attributes, or {@code null}
     */
    public Call process(String msg, Map<String, ?> callExtra) {
        if (mergeExtra && callExtra != null) {
            Map<String, Object> merged = new LinkedHashMap<>(extra);
            merged.putAll(callExtra);
            return new Call(msg, merged);
        }
        return new Call(msg, extra);
    }

    /**
     * Logs {@code msg % args} at {@code level} with an exception and the call's attributes.
     *
     * @param level a level number
     * @param excInfo the exception, or {@code null}
     * @param callExtra the call's attributes, or {@code null}
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public void log(int level, Throwable excInfo, Map<String, ?> callExtra, String msg, Object... args) {
        if (logger.isEnabledFor(level)) {
            Call call = process(msg, callExtra);
            LogCall logCall = logger.atLevel(level).excInfo(excInfo);
            if (call.extra() != null) {
                logCall.extra(call.extra());
            }
            logCall.log(call.msg(), args);
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
        log(level, null, null, msg, args);
    }

    /** Logs at {@link Level#DEBUG}; see {@link #log(int, String, Object...)}. */
    public void debug(String msg, Object... args) {
        log(Level.DEBUG, null, null, msg, args);
    }

    /** Logs at {@link Level#INFO}; see {@link #log(int, String, Object...)}. */
    public void info(String msg, Object... args) {
        log(Level.INFO, null, null, msg, args);
    }

    /** Logs at {@link Level#WARNING}; see {@link #log(int, String, Object...)}. */
    public void warning(String msg, Object... args) {
        log(Level.WARNING, null, null, msg, args);
    }

    /** Logs at {@link Level#ERROR}; see {@link #log(int, String, Object...)}. */
    public void error(String msg, Object... args) {
        log(Level.ERROR, null, null, msg, args);
    }

    /** Logs at {@link Level#CRITICAL}; see {@link #log(int, String, Object...)}. */
    public void critical(String msg, Object... args) {
        log(Level.CRITICAL, null, null, msg, args);
    }

    /**
     * Logs at {@link Level#ERROR} with the stack trace of {@code excInfo}.
     *
     * @param excInfo the exception
     * @param msg a {@code %} format
     * @param args its arguments
     */
    public void exception(Throwable excInfo, String msg, Object... args) {
        log(Level.ERROR, excInfo, null, msg, args);
    }

    /**
     * Returns whether the logger would handle a record at {@code level}.
     *
     * @param level a level number
     */
    public boolean isEnabledFor(int level) {
        return logger.isEnabledFor(level);
    }

    /**
     * Sets the logger's level.
     *
     * @param level a level number
     */
    public void setLevel(int level) {
        logger.setLevel(level);
    }

    /** Returns the logger's effective level. */
    public int getEffectiveLevel() {
        return logger.getEffectiveLevel();
    }

    /** Returns whether the logger or an ancestor it propagates to has a handler. */
    public boolean hasHandlers() {
        return logger.hasHandlers();
    }

    /** Returns the logger's name. */
    public String getName() {
        return logger.getName();
    }

    @Override
    public String toString() {
        return "<LoggerAdapter " + logger.getName() + " (" + Logging.getLevelName(logger.getEffectiveLevel()) + ")>";
    }
}
