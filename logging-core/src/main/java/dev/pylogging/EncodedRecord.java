package dev.pylogging;

import java.nio.charset.Charset;

/**
 * One thread's record, formatted and encoded outside a {@link StreamHandler}'s lock, waiting to
 * be written by whichever thread holds that lock next. Each thread has one, reused for every
 * record it logs: its owner waits until the record is written before logging another.
 */
final class EncodedRecord {

    private static final ThreadLocal<EncodedRecord> CURRENT = ThreadLocal.withInitial(EncodedRecord::new);
    private static final int KEPT_CAPACITY = 64 * 1024;

    private final StringBuilder text = new StringBuilder(256);
    private TextEncoder encoder;
    /** The record being written; set while it waits. */
    LogRecord record;
    /** The record queued before this one, newer records pointing at older ones. */
    EncodedRecord next;
    /** Set, with the handler's lock held, once the bytes have gone to the stream. */
    volatile boolean written;
    /** Set while the owner is using this; a handler reached again from inside it uses the lock. */
    boolean busy;

    private EncodedRecord() {
    }

    /** Returns the calling thread's instance. */
    static EncodedRecord current() {
        return CURRENT.get();
    }

    /**
     * Formats {@code record} and the terminator, then encodes the text in {@code charset}.
     *
     * @throws PercentFormatException when the record does not fit the format
     */
    void encode(LogRecord record, Formatter formatter, String terminator, Charset charset) {
        StringBuilder line = text;
        line.setLength(0);
        formatter.appendTo(record, line);
        line.append(terminator);
        TextEncoder enc = encoder;
        if (enc == null || enc.charset() != charset) {
            enc = new TextEncoder(charset);
            encoder = enc;
        }
        enc.encode(line);
        if (line.capacity() > KEPT_CAPACITY) {
            // One huge record must not pin its buffer for the life of the thread.
            line.setLength(0);
            line.trimToSize();
        }
    }

    byte[] bytes() {
        return encoder.bytes();
    }

    int length() {
        return encoder.length();
    }
}
