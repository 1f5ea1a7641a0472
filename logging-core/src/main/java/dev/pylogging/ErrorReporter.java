package dev.pylogging;

import java.io.PrintStream;

/** Writes the one-line reports of errors met while logging, to {@code System.err}. */
final class ErrorReporter {

    private ErrorReporter() {
    }

    static void report(Handler handler, LogRecord record, Exception error) {
        try {
            StringBuilder line = new StringBuilder(160).append("--- Logging error --- in ").append(handler);
            if (record != null) {
                line.append(" for logger '").append(record.getName()).append("', message ")
                        .append(PyRepr.repr(record.getMsg()));
                if (record.getArgs().length > 0) {
                    line.append(" with arguments ").append(PyRepr.repr(record.getArgs()));
                }
            }
            line.append(": ").append(error.getClass().getSimpleName()).append(": ").append(error.getMessage());
            write(line.toString());
        } catch (RuntimeException ignored) {
            // Reporting must never fail the logging call; a toString() of an argument may throw.
            write("--- Logging error --- in " + handler.getClass().getName() + ": " + error);
        }
    }

    /** Reports an error that no handler owns, such as a logger filter that threw. */
    static void report(String where, Exception error) {
        write("--- Logging error --- " + where + ": " + error.getClass().getSimpleName() + ": " + error.getMessage());
    }

    private static void write(String line) {
        PrintStream err = System.err;
        if (err != null) {
            err.println(line);
        }
    }
}
