package dev.pylogging;

import java.util.Map;

/**
 * One logging call under construction, for what the short methods cannot say: {@code extra}
 * attributes and an exception.
 *
 * <pre>{@code
 * log.atWarning().extra("clientip", "192.168.0.1").extra("user", "fbloggs")
 *    .log("Protocol problem: %s", "connection reset");
 * }</pre>
 *
 * <p>When the level is disabled, {@link Logger#atLevel(int)} returns a shared instance that
 * ignores everything and allocates nothing.
 */
public interface LogCall {

    /**
     * Adds a user attribute to the record, as Python's {@code extra} does.
     *
     * @param key the attribute name, usable in a format as {@code %(key)s}
     * @param value its value
     * @throws IllegalArgumentException when {@code key} is a record attribute such as {@code message}
     */
    LogCall extra(String key, Object value);

    /**
     * Adds user attributes to the record.
     *
     * @param values attribute names and values
     * @throws IllegalArgumentException when a key is a record attribute such as {@code message}
     */
    LogCall extra(Map<String, ?> values);

    /**
     * Attaches an exception whose stack trace is logged with the message.
     *
     * @param excInfo the exception
     */
    LogCall excInfo(Throwable excInfo);

    /**
     * Adds the stack of the logging call to the record, as CPython's {@code stack_info=True}: the
     * formatter appends it after the message, {@code Stack (most recent call last):} and a frame a line.
     *
     * @param stackInfo true to add the stack
     */
    LogCall stackInfo(boolean stackInfo);

    /**
     * Names the frame {@code stacklevel - 1} calls above the logging call as the caller, as
     * CPython's {@code stacklevel}: a logging helper passes 2 so that its caller is reported.
     *
     * @param stacklevel 1 (the default) or more
     */
    LogCall stacklevel(int stacklevel);

    /**
     * Logs {@code msg}, as is.
     *
     * @param msg the message
     */
    void log(String msg);

    /**
     * Logs {@code msg % arg}.
     *
     * @param msg a {@code %} format
     * @param arg its argument
     */
    void log(String msg, Object arg);

    /**
     * Logs {@code msg % args}.
     *
     * @param msg a {@code %} format
     * @param args its arguments
     */
    void log(String msg, Object... args);
}
