package dev.pylogging.slf4j;

import dev.pylogging.Logging;
import org.slf4j.ILoggerFactory;
import org.slf4j.IMarkerFactory;
import org.slf4j.helpers.BasicMDCAdapter;
import org.slf4j.helpers.BasicMarkerFactory;
import org.slf4j.spi.MDCAdapter;
import org.slf4j.spi.SLF4JServiceProvider;

/** Found by SLF4J through {@code META-INF/services}: makes pylogging the SLF4J backend. */
public final class PyLoggingServiceProvider implements SLF4JServiceProvider {

    /** The SLF4J API version this provider is written against. */
    public static final String REQUESTED_API_VERSION = "2.0.99";

    private PyLoggerFactory loggerFactory;
    private IMarkerFactory markerFactory;
    private MDCAdapter mdcAdapter;

    /** Creates the provider; SLF4J does this. */
    public PyLoggingServiceProvider() {
    }

    @Override
    public ILoggerFactory getLoggerFactory() {
        return loggerFactory;
    }

    @Override
    public IMarkerFactory getMarkerFactory() {
        return markerFactory;
    }

    @Override
    public MDCAdapter getMDCAdapter() {
        return mdcAdapter;
    }

    @Override
    public String getRequestedApiVersion() {
        return REQUESTED_API_VERSION;
    }

    /** Registers the {@code TRACE} level name and makes the factories. */
    @Override
    public void initialize() {
        Logging.addLevelName(Slf4jLevels.TRACE, "TRACE");
        mdcAdapter = new BasicMDCAdapter();
        markerFactory = new BasicMarkerFactory();
        loggerFactory = new PyLoggerFactory(mdcAdapter);
    }
}
