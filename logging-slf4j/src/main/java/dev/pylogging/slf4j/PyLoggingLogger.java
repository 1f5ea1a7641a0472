package dev.pylogging.slf4j;

import dev.pylogging.Level;
import dev.pylogging.LogRecord;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Marker;
import org.slf4j.event.KeyValuePair;
import org.slf4j.event.LoggingEvent;
import org.slf4j.helpers.AbstractLogger;
import org.slf4j.helpers.MessageFormatter;
import org.slf4j.spi.LocationAwareLogger;
import org.slf4j.spi.LoggingEventAware;
import org.slf4j.spi.MDCAdapter;

/**
 * An SLF4J logger over a pylogging {@link dev.pylogging.Logger}: each {@code isXEnabled} is the
 * pylogging logger's one cached comparison, so a disabled call allocates nothing. An enabled
 * call formats its message SLF4J's way ({@code {}} anchors, {@code \\{} escapes, arrays as
 * SLF4J renders them, a trailing {@code Throwable} taken as the exception) and logs the finished
 * text, which is never {@code %}-formatted again. The MDC, the fluent API's key-value pairs and
 * the markers' names ({@code marker}) become record attributes, as {@code extra} does.
 */
final class PyLoggingLogger extends AbstractLogger implements LocationAwareLogger, LoggingEventAware {

    private static final long serialVersionUID = 1L;
    /** The class whose frames the application's SLF4J calls pass through first. */
    private static final String SLF4J_ENTRY = AbstractLogger.class.getName();

    private final transient dev.pylogging.Logger logger;
    private final transient MDCAdapter mdc;

    PyLoggingLogger(dev.pylogging.Logger logger, String name, MDCAdapter mdc) {
        this.logger = logger;
        this.name = name;
        this.mdc = mdc;
    }

    @Override
    public boolean isTraceEnabled() {
        return logger.isEnabledFor(Slf4jLevels.TRACE);
    }

    @Override
    public boolean isTraceEnabled(Marker marker) {
        return logger.isEnabledFor(Slf4jLevels.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return logger.isEnabledFor(Level.DEBUG);
    }

    @Override
    public boolean isDebugEnabled(Marker marker) {
        return logger.isEnabledFor(Level.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return logger.isEnabledFor(Level.INFO);
    }

    @Override
    public boolean isInfoEnabled(Marker marker) {
        return logger.isEnabledFor(Level.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return logger.isEnabledFor(Level.WARNING);
    }

    @Override
    public boolean isWarnEnabled(Marker marker) {
        return logger.isEnabledFor(Level.WARNING);
    }

    @Override
    public boolean isErrorEnabled() {
        return logger.isEnabledFor(Level.ERROR);
    }

    @Override
    public boolean isErrorEnabled(Marker marker) {
        return logger.isEnabledFor(Level.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return SLF4J_ENTRY;
    }

    @Override
    protected void handleNormalizedLoggingCall(org.slf4j.event.Level level, Marker marker, String messagePattern,
                                               Object[] arguments, Throwable throwable) {
        log(SLF4J_ENTRY, Slf4jLevels.of(level), marker == null ? null : List.of(marker), messagePattern, arguments,
                throwable, null);
    }

    /** The entry point of bridges (Log4j API, commons-logging, {@code java.util.logging}). */
    @Override
    public void log(Marker marker, String fqcn, int level, String message, Object[] argArray, Throwable t) {
        int pyLevel = Slf4jLevels.ofInt(level);
        if (logger.isEnabledFor(pyLevel)) {
            log(fqcn == null ? SLF4J_ENTRY : fqcn, pyLevel, marker == null ? null : List.of(marker), message,
                    argArray, t, null);
        }
    }

    /** The entry point of the fluent API ({@code log.atInfo().addKeyValue("k", v).log("...")}). */
    @Override
    public void log(LoggingEvent event) {
        int pyLevel = Slf4jLevels.of(event.getLevel());
        if (logger.isEnabledFor(pyLevel)) {
            String boundary = event.getCallerBoundary();
            log(boundary == null ? SLF4J_ENTRY : boundary, pyLevel, event.getMarkers(), event.getMessage(),
                    event.getArgumentArray(), event.getThrowable(), event.getKeyValuePairs());
        }
    }

    private void log(String boundary, int level, List<Marker> markers, String pattern, Object[] arguments,
                     Throwable throwable, List<KeyValuePair> keyValues) {
        Object[] args = arguments;
        Throwable thrown = throwable;
        if (thrown == null && args != null && args.length > 0 && args[args.length - 1] instanceof Throwable last) {
            // A trailing Throwable is the exception, as SLF4J documents and Logback does.
            thrown = last;
            args = MessageFormatter.trimmedCopy(args);
        }
        String message = args == null || args.length == 0 ? pattern : MessageFormatter.basicArrayFormat(pattern, args);
        logger.logFormatted(boundary, level, message, thrown, attributes(markers, keyValues));
    }

    /** Returns the MDC, key-value pairs and marker names as record attributes, or null when there are none. */
    private Map<String, Object> attributes(List<Marker> markers, List<KeyValuePair> keyValues) {
        Map<String, String> context = mdc.getCopyOfContextMap();
        boolean noContext = context == null || context.isEmpty();
        if (noContext && (markers == null || markers.isEmpty()) && (keyValues == null || keyValues.isEmpty())) {
            return null;
        }
        Map<String, Object> extra = new LinkedHashMap<>();
        if (!noContext) {
            context.forEach((key, value) -> put(extra, key, value));
        }
        if (keyValues != null) {
            for (KeyValuePair pair : keyValues) {
                put(extra, pair.key, pair.value);
            }
        }
        if (markers != null && !markers.isEmpty()) {
            StringBuilder names = new StringBuilder();
            for (Iterator<Marker> it = markers.iterator(); it.hasNext(); ) {
                names.append(it.next().getName());
                if (it.hasNext()) {
                    names.append(',');
                }
            }
            extra.put("marker", names.toString());
        }
        return extra;
    }

    /** An MDC or key-value key that names a record attribute ({@code name}, {@code message}) is left out. */
    private static void put(Map<String, Object> extra, String key, Object value) {
        if (key != null && !LogRecord.RESERVED_NAMES.contains(key)) {
            extra.put(key, value);
        }
    }
}
