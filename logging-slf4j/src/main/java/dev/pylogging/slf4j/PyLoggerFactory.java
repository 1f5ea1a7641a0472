package dev.pylogging.slf4j;

import dev.pylogging.Logging;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.spi.MDCAdapter;

/** Gives each SLF4J logger name one adapter over the pylogging logger of that name; {@code ROOT} is the root. */
final class PyLoggerFactory implements ILoggerFactory {

    private final ConcurrentHashMap<String, PyLoggingLogger> loggers = new ConcurrentHashMap<>();
    private final MDCAdapter mdc;

    PyLoggerFactory(MDCAdapter mdc) {
        this.mdc = mdc;
    }

    @Override
    public Logger getLogger(String name) {
        PyLoggingLogger existing = loggers.get(name);
        if (existing != null) {
            return existing;
        }
        return loggers.computeIfAbsent(name, n -> new PyLoggingLogger(
                Logger.ROOT_LOGGER_NAME.equalsIgnoreCase(n) ? Logging.getLogger() : Logging.getLogger(n), n, mdc));
    }
}
