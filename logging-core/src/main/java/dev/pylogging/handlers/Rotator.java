package dev.pylogging.handlers;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Moves the current log file to its backup name when a rotating handler rolls over; CPython's
 * {@code rotator} hook. The handler has closed the file, and will open a new one afterwards.
 */
@FunctionalInterface
public interface Rotator {

    /**
     * Moves {@code source} to {@code dest}, compressing or copying it on the way if wanted.
     *
     * @param source the log file just closed
     * @param dest the backup name, as the handler's namer gave it
     * @throws IOException when the file cannot be moved
     */
    void rotate(Path source, Path dest) throws IOException;
}
