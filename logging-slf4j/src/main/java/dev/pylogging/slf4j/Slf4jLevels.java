package dev.pylogging.slf4j;

import dev.pylogging.Level;

/** SLF4J's levels as pylogging level numbers. */
final class Slf4jLevels {

    /** TRACE, below DEBUG: level 5, named {@code TRACE}. */
    static final int TRACE = 5;

    private Slf4jLevels() {
    }

    /** Returns the pylogging level of an SLF4J level. */
    static int of(org.slf4j.event.Level level) {
        return switch (level) {
            case TRACE -> TRACE;
            case DEBUG -> Level.DEBUG;
            case INFO -> Level.INFO;
            case WARN -> Level.WARNING;
            case ERROR -> Level.ERROR;
        };
    }

    /** Returns the pylogging level of an SLF4J {@code LocationAwareLogger} level integer (0 to 40). */
    static int ofInt(int level) {
        return switch (level) {
            case org.slf4j.spi.LocationAwareLogger.TRACE_INT -> TRACE;
            case org.slf4j.spi.LocationAwareLogger.DEBUG_INT -> Level.DEBUG;
            case org.slf4j.spi.LocationAwareLogger.INFO_INT -> Level.INFO;
            case org.slf4j.spi.LocationAwareLogger.WARN_INT -> Level.WARNING;
            default -> Level.ERROR;
        };
    }
}
