/**
 * Python's {@code logging} module in Java: {@link dev.pylogging.Logging} (the module functions),
 * {@link dev.pylogging.Logger}, {@link dev.pylogging.LogRecord}, {@link dev.pylogging.Formatter}
 * (and {@link dev.pylogging.JsonFormatter}), {@link dev.pylogging.Filter},
 * {@link dev.pylogging.Handler}, {@link dev.pylogging.StreamHandler},
 * {@link dev.pylogging.FileHandler} and {@link dev.pylogging.LoggerAdapter}.
 */
package dev.pylogging;
