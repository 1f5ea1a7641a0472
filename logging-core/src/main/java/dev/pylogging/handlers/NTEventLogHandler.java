package dev.pylogging.handlers;

import dev.pylogging.Handler;
import dev.pylogging.Level;
import dev.pylogging.LogRecord;
import java.util.Locale;
import java.util.Map;

/**
 * Writes records to the Windows event log, as CPython's {@code NTEventLogHandler} does, through
 * JNA (an optional dependency). Elsewhere, or without JNA, it does what CPython does without the
 * Win32 extensions: one warning on stderr when it is built, and every record is dropped.
 */
public class NTEventLogHandler extends Handler {

    /** Event type: success. */
    public static final int EVENTLOG_SUCCESS = 0;
    /** Event type: error. */
    public static final int EVENTLOG_ERROR_TYPE = 1;
    /** Event type: warning. */
    public static final int EVENTLOG_WARNING_TYPE = 2;
    /** Event type: information. */
    public static final int EVENTLOG_INFORMATION_TYPE = 4;

    private static final Map<Integer, Integer> TYPE_MAP = Map.of(
            Level.DEBUG, EVENTLOG_INFORMATION_TYPE,
            Level.INFO, EVENTLOG_INFORMATION_TYPE,
            Level.WARNING, EVENTLOG_WARNING_TYPE,
            Level.ERROR, EVENTLOG_ERROR_TYPE,
            Level.CRITICAL, EVENTLOG_ERROR_TYPE);

    private final String appname;
    private final String dllname;
    private final String logtype;
    private EventLog eventLog;

    /**
     * Creates a handler writing to the {@code Application} log.
     *
     * @param appname the event source name shown in the Event Viewer
     */
    public NTEventLogHandler(String appname) {
        this(appname, null, "Application");
    }

    /**
     * Creates a handler.
     *
     * @param appname the event source name shown in the Event Viewer
     * @param dllname a message DLL whose message 1 is {@code %1}, registered for the source, or
     *     {@code null} for none (the viewer then shows the text as "information included")
     * @param logtype the log, such as {@code Application}, {@code System} or {@code Security}
     */
    public NTEventLogHandler(String appname, String dllname, String logtype) {
        if (appname == null || appname.isBlank()) {
            throw new IllegalArgumentException("NTEventLogHandler needs an application name, not '" + appname + "'");
        }
        this.appname = appname;
        this.dllname = dllname == null || dllname.isBlank() ? null : dllname;
        this.logtype = logtype == null || logtype.isBlank() ? "Application" : logtype;
        this.eventLog = openEventLog();
    }

    private EventLog openEventLog() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        if (windows) {
            try {
                return WindowsEventLog.open(appname, dllname, logtype);
            } catch (LinkageError e) {
                // JNA is not on the class path: same as CPython without pywin32.
            } catch (RuntimeException e) {
                System.err.println("NTEventLogHandler " + appname + ": cannot open the " + logtype
                        + " event log: " + e.getMessage() + "; records will be dropped");
                return null;
            }
        }
        System.err.println("NTEventLogHandler " + appname + ": the Windows event log is not available here ("
                + (windows ? "JNA, net.java.dev.jna:jna-platform, is not on the class path" : "not Windows")
                + "); records will be dropped");
        return null;
    }

    /** Returns whether records reach an event log; false where they are dropped. */
    public boolean isAvailable() {
        return eventLog != null;
    }

    /** Returns the event source name. */
    public String getAppname() {
        return appname;
    }

    /** Returns the log written to, such as {@code Application}. */
    public String getLogtype() {
        return logtype;
    }

    /**
     * Returns the message ID of the event: 1, which the standard message DLLs define as
     * {@code %1}. Override to use your own DLL's messages.
     *
     * @param record the record
     */
    public int getMessageID(LogRecord record) {
        return 1;
    }

    /**
     * Returns the event category: 0. Override for your own categories.
     *
     * @param record the record
     */
    public int getEventCategory(LogRecord record) {
        return 0;
    }

    /**
     * Returns the event type for the record's level: information for DEBUG and INFO, warning for
     * WARNING, error for ERROR and CRITICAL, and error for any other level, as CPython's
     * {@code typemap} and {@code deftype}. Override for custom levels.
     *
     * @param record the record
     */
    public int getEventType(LogRecord record) {
        return TYPE_MAP.getOrDefault(record.getLevelno(), EVENTLOG_ERROR_TYPE);
    }

    /** Reports the formatted record as an event, or drops it where there is no event log. */
    @Override
    public void emit(LogRecord record) {
        EventLog log = eventLog;
        if (log == null) {
            return;
        }
        try {
            log.report(getEventType(record), getEventCategory(record), getMessageID(record), format(record));
        } catch (RuntimeException e) {
            handleError(record, e);
        }
    }

    @Override
    public void close() {
        acquire();
        try {
            if (eventLog != null) {
                eventLog.close();
                eventLog = null;
            }
        } finally {
            release();
        }
        super.close();
    }

    /** An open event source. */
    interface EventLog extends AutoCloseable {
        void report(int type, int category, int messageId, String message);

        @Override
        void close();
    }
}
