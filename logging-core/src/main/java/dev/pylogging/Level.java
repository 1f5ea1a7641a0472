package dev.pylogging;

/**
 * The numeric logging levels of Python's {@code logging} module.
 *
 * <p>Levels are plain {@code int}s so that a custom level (see {@link Logging#addLevelName}) is as
 * cheap to compare as a built-in one.
 */
public final class Level {

    /** Serious errors: the program itself may be unable to continue. */
    public static final int CRITICAL = 50;
    /** Alias of {@link #CRITICAL}. */
    public static final int FATAL = CRITICAL;
    /** A serious problem: the software could not perform some function. */
    public static final int ERROR = 40;
    /** Something unexpected happened, or a problem is near. */
    public static final int WARNING = 30;
    /** Alias of {@link #WARNING}. */
    public static final int WARN = WARNING;
    /** Confirmation that things are working as expected. */
    public static final int INFO = 20;
    /** Detailed information, of interest when diagnosing problems. */
    public static final int DEBUG = 10;
    /** No level set: a logger delegates to its parent, a handler passes everything. */
    public static final int NOTSET = 0;

    private Level() {
    }
}
