package dev.pylogging.benchmarks;

import dev.pylogging.slf4j.PyLoggingServiceProvider;
import org.apache.logging.log4j.spi.ExtendedLogger;
import org.apache.logging.slf4j.Log4jLogger;
import org.apache.logging.slf4j.Log4jMarkerFactory;

/**
 * The {@code org.slf4j.Logger} each library's SLF4J binding hands out, over a logger configured
 * by its setup, so that the three run in one JVM: pylogging's provider, Logback's own logger
 * (which implements the SLF4J interface), and Log4j2's {@code log4j-slf4j2-impl} adapter.
 */
final class Slf4jLoggers {

    private static final PyLoggingServiceProvider PYLOGGING = new PyLoggingServiceProvider();

    static {
        PYLOGGING.initialize();
    }

    private Slf4jLoggers() {
    }

    /** Returns the SLF4J logger pylogging's provider gives for the pylogging logger's name. */
    static org.slf4j.Logger pylogging(dev.pylogging.Logger configured) {
        return PYLOGGING.getLoggerFactory().getLogger(configured.getName());
    }

    /** Returns Logback's logger, which is what SLF4J gives when bound to Logback. */
    static org.slf4j.Logger logback(ch.qos.logback.classic.Logger configured) {
        return configured;
    }

    /** Returns the adapter {@code log4j-slf4j2-impl} wraps around a Log4j2 logger. */
    static org.slf4j.Logger log4j2(org.apache.logging.log4j.Logger configured) {
        return new Log4jLogger(new Log4jMarkerFactory(), (ExtendedLogger) configured, configured.getName());
    }
}
