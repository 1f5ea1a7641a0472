package dev.pylogging;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A record's formatted text and its encoded bytes, in buffers reused from record to record: a
 * {@link StreamHandler} has one for records it formats under its lock, and each thread one in its
 * {@link WriteCombiner.Slot} for records it formats outside the lock.
 */
final class EncodedRecord {

    private static final int KEPT_CAPACITY = 64 * 1024;

    /** The formatted text, or with {@link #line} in use the message and fields before encoding. */
    private final StringBuilder text = new StringBuilder(256);
    /** The record in UTF-8: built straight into bytes when the formatter allows, else encoded from {@link #text}. */
    private final Utf8Line line = new Utf8Line();
    /** The formatter's view of {@link #text}, made once. */
    private final RecordSink.Text textSink = new RecordSink.Text(text);
    /** The formatter's view of {@link #line}, with {@link #text} to convert fields in, made once. */
    private final RecordSink.Utf8 utf8Sink = new RecordSink.Utf8(line, text);
    /** Whether the last record's bytes are in {@link #line}, rather than in {@link #encoder}. */
    private boolean inLine;
    /** The encoder for charsets other than UTF-8, made for the first record that needs it. */
    private TextEncoder encoder;
    /**
     * Set while the owner is using this: a record logged from inside the formatting of another
     * must take other buffers.
     */
    boolean busy;

    /** Creates empty buffers. */
    EncodedRecord() {
    }

    /**
     * Formats {@code record} and the terminator, then encodes the text in {@code charset}: in
     * UTF-8 straight into bytes where the formatter allows it.
     *
     * @throws PercentFormatException when the record does not fit the format
     */
    void encode(LogRecord record, Formatter formatter, String terminator, Charset charset) {
        RecordPool.beforeFormat(formatter, record);
        start();
        if (isUtf8(charset) && formatter.appendUtf8(record, utf8Sink)) {
            line.append(terminator);
            inLine = true;
            return;
        }
        formatter.appendTo(record, textSink);
        finish(terminator, charset);
    }

    /**
     * Empties the buffers for a new record and returns the text, to append the formatted record
     * to. The previous record is written by now, so buffers that a huge one grew are let go here:
     * they must not stay pinned for as long as the thread or handler lives.
     */
    StringBuilder start() {
        text.setLength(0);
        if (text.capacity() > KEPT_CAPACITY) {
            text.trimToSize();
        }
        line.reset(KEPT_CAPACITY);
        if (encoder != null) {
            encoder.shrink(KEPT_CAPACITY);
        }
        return text;
    }

    /** Appends the terminator to the text and encodes it in {@code charset}. */
    void finish(String terminator, Charset charset) {
        line.forgetPrefix();
        StringBuilder formatted = text;
        formatted.append(terminator);
        if (isUtf8(charset)) {
            line.append(formatted);
            inLine = true;
            return;
        }
        TextEncoder enc = encoder;
        if (enc == null || (enc.charset() != charset && !enc.charset().equals(charset))) {
            enc = new TextEncoder(charset);
            encoder = enc;
        }
        enc.encode(formatted);
        inLine = false;
    }

    private static boolean isUtf8(Charset charset) {
        return charset == StandardCharsets.UTF_8 || StandardCharsets.UTF_8.equals(charset);
    }

    byte[] bytes() {
        return inLine ? line.bytes() : encoder.bytes();
    }

    int length() {
        return inLine ? line.length() : encoder.length();
    }
}
