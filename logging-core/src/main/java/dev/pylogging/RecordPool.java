package dev.pylogging;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Set;

/**
 * The one place that decides when a {@link LogRecord} may be reused. Each logger lends one spare
 * record to one logging call at a time and takes it back afterwards, unless code that may hold on
 * to it saw it. Which code may hold on to a record is decided here by class, never by a hook a
 * subclass must know about: the library's own handlers in {@link #DONE_ON_RETURN} are done with
 * a record when {@code handle} returns; every other handler, the library's subclassed ones and
 * every user's handler included, may keep it, so its records are never reused and their caller
 * is found before the handler sees them, as CPython finds it when the record is made. Filters
 * and formatters other than the library's own may keep records too: a record they saw is not
 * reused either.
 */
final class RecordPool {

    /**
     * The exact classes of the library's handlers that write, send or copy a record within
     * {@code handle}, by name, so that this package depends on none of {@code handlers}.
     */
    private static final Set<String> DONE_ON_RETURN = Set.of(
            "dev.pylogging.LastResortHandler",
            "dev.pylogging.StreamHandler",
            "dev.pylogging.FileHandler",
            "dev.pylogging.handlers.RotatingFileHandler",
            "dev.pylogging.handlers.TimedRotatingFileHandler",
            "dev.pylogging.handlers.SizeAndTimeRotatingFileHandler",
            "dev.pylogging.handlers.WatchedFileHandler",
            "dev.pylogging.handlers.SocketHandler",
            "dev.pylogging.handlers.DatagramHandler",
            "dev.pylogging.handlers.SysLogHandler",
            "dev.pylogging.handlers.HTTPHandler",
            "dev.pylogging.handlers.SMTPHandler",
            "dev.pylogging.handlers.NTEventLogHandler",
            "dev.pylogging.handlers.QueueHandler");

    /**
     * The library's handlers that keep records and say exactly, by {@link Handler#needsCallerInfo},
     * whether they read the caller later; any other handler that keeps records is assumed to.
     */
    private static final Set<String> KEEP_AND_SAY = Set.of(
            "dev.pylogging.handlers.MemoryHandler",
            "dev.pylogging.handlers.BufferingHandler");

    /**
     * The exact classes of the library's formatters, which keep no record they format and may
     * format on any thread; a subclass may do either, as Python formats under the handler's lock.
     */
    private static final Set<String> OWN_FORMATTERS = Set.of("dev.pylogging.Formatter", "dev.pylogging.JsonFormatter");

    private static final VarHandle SPARE;

    static {
        try {
            SPARE = MethodHandles.lookup().findVarHandle(Logger.class, "spare", LogRecord.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RecordPool() {
    }

    /** What a handler class does with the records it is given; decided once, when a handler is made. */
    enum Retention {
        /** Done with the record when {@code handle} returns: the record may be reused. */
        NONE,
        /** Keeps records, and {@link Handler#needsCallerInfo} says whether it reads the caller later. */
        KEEPS,
        /** May keep records and read anything later: the caller is found before it sees them. */
        KEEPS_ANYTHING
    }

    /** Returns true when formatters of exactly {@code type} are the library's own: they keep no record. */
    static boolean isOwnFormatter(Class<?> type) {
        return OWN_FORMATTERS.contains(type.getName());
    }

    /**
     * Marks {@code record} kept before {@code filter} sees it, unless the filter is the
     * library's name filter, which lets go of it; any other filter may keep it.
     */
    static void beforeFilter(RecordFilter filter, LogRecord record) {
        if (filter.getClass() != Filter.class) {
            record.markKept();
        }
    }

    /** Marks {@code record} kept before a formatter that is not the library's own formats it. */
    static void beforeFormat(Formatter formatter, LogRecord record) {
        if (!formatter.ownClass) {
            record.markKept();
        }
    }

    /** Returns what handlers of exactly {@code type} do with records. */
    static Retention retentionOf(Class<?> type) {
        String name = type.getName();
        if (DONE_ON_RETURN.contains(name)) {
            return Retention.NONE;
        }
        return KEEP_AND_SAY.contains(name) ? Retention.KEEPS : Retention.KEEPS_ANYTHING;
    }

    /**
     * Prepares {@code record} for {@code handler}: marks it kept when the handler may keep it, and
     * finds its caller first when the handler may read it after the logging call has returned.
     */
    static void beforeHandle(Handler handler, LogRecord record) {
        Retention r = handler.retention;
        if (r != Retention.NONE) {
            record.markKept();
            if (r == Retention.KEEPS_ANYTHING) {
                record.resolveCaller();
            }
        }
    }

    /** Takes {@code logger}'s spare record, or returns null when another call has it. */
    static LogRecord borrow(Logger logger) {
        return (LogRecord) SPARE.getAndSet(logger, null);
    }

    /** Gives {@code record} back to {@code logger} when nothing that may keep it saw it. */
    static void giveBack(Logger logger, LogRecord record) {
        if (!record.isKept()) {
            record.release();
            SPARE.setRelease(logger, record);
        }
    }
}
