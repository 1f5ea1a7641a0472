package dev.pylogging;

import java.util.List;

/**
 * Formats a batch of records: a header, each record through a line formatter, and a footer.
 * Subclasses override {@link #formatHeader} and {@link #formatFooter}, which return empty text.
 */
public class BufferingFormatter {

    private final Formatter lineFormatter;

    /** Creates a batch formatter whose lines use the default {@code %(message)s} formatter. */
    public BufferingFormatter() {
        this(null);
    }

    /**
     * Creates a batch formatter.
     *
     * @param line the formatter for each record; {@code null} means {@code %(message)s}
     */
    public BufferingFormatter(Formatter line) {
        this.lineFormatter = line == null ? Logging.defaultFormatter() : line;
    }

    /**
     * Returns the header for a batch; this version returns the empty string.
     *
     * @param records the batch
     */
    public String formatHeader(List<LogRecord> records) {
        return "";
    }

    /**
     * Returns the footer for a batch; this version returns the empty string.
     *
     * @param records the batch
     */
    public String formatFooter(List<LogRecord> records) {
        return "";
    }

    /**
     * Returns header, formatted records and footer; the empty string for an empty batch.
     *
     * @param records the batch
     */
    public String format(List<LogRecord> records) {
        if (records.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder(formatHeader(records));
        for (LogRecord record : records) {
            out.append(lineFormatter.format(record));
        }
        return out.append(formatFooter(records)).toString();
    }
}
