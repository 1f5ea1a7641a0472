package dev.pylogging;

import java.io.PrintStream;

/**
 * Writes the message of a record that found no handler to whatever {@code System.err} is at the
 * time, as CPython 3's {@code lastResort}.
 */
final class LastResortHandler extends Handler {

    LastResortHandler() {
        super(Level.WARNING);
    }

    @Override
    public void emit(LogRecord record) {
        PrintStream err = System.err;
        if (err != null) {
            err.println(format(record));
            err.flush();
        }
    }
}
