package dev.pylogging;

/**
 * Decides whether a record goes on: what loggers and handlers consult before they act. Any lambda
 * {@code record -> boolean} is a filter; {@link Filter} is Python's filter by logger name.
 */
@FunctionalInterface
public interface RecordFilter {

    /**
     * Returns true when the record is to be logged. The record may be modified in place.
     *
     * @param record the record being logged
     */
    boolean filter(LogRecord record);
}
