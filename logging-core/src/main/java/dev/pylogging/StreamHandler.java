package dev.pylogging;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Writes each formatted record, followed by a terminator ({@code "\n"}), to an output stream:
 * {@code System.err} unless another is given.
 *
 * <p>By default every record is written and flushed as it is logged, as in the seed. With
 * {@link #setImmediateFlush(boolean) immediateFlush} off, records collect in a buffer
 * ({@value #DEFAULT_BUFFER_SIZE} bytes unless {@link #setBufferSize} says otherwise) that is
 * written when the next record would not fit, on {@link #flush()} and on {@link #close()}. A
 * record is never split between two writes, so processes appending to one file do not tear
 * each other's lines.
 */
public class StreamHandler extends Handler {

    /** The terminator written after each record unless {@link #setTerminator} changes it. */
    public static final String DEFAULT_TERMINATOR = "\n";
    /** The buffer size in buffered mode unless {@link #setBufferSize} changes it. */
    public static final int DEFAULT_BUFFER_SIZE = 8192;

    private OutputStream stream;
    private String terminator = DEFAULT_TERMINATOR;
    private TextEncoder encoder = new TextEncoder(StandardCharsets.UTF_8);
    private final StringBuilder text = new StringBuilder(256);
    private volatile boolean immediateFlush = true;
    private volatile int bufferSize = DEFAULT_BUFFER_SIZE;
    /** Whether this handler's class overrides {@link Handler#format}; decided once, not per record. */
    private final boolean formatOverridden = HANDLER_FORMAT_OVERRIDDEN.get(getClass());
    private byte[] pending = new byte[0];
    private int pendingLength;

    /** Creates a handler that writes to {@code System.err}. */
    public StreamHandler() {
        this(System.err);
    }

    /**
     * Creates a handler that writes to {@code stream}, in UTF-8.
     *
     * @param stream the stream; {@code null} means {@code System.err}
     */
    public StreamHandler(OutputStream stream) {
        this.stream = stream == null ? System.err : stream;
    }

    /** Returns the stream records are written to, or {@code null} when none is open. */
    public OutputStream getStream() {
        acquire();
        try {
            return stream;
        } finally {
            release();
        }
    }

    /**
     * Replaces the stream, flushing the old one first.
     *
     * @param newStream the new stream
     * @return the old stream, or {@code null} when {@code newStream} is the current one
     */
    public OutputStream setStream(OutputStream newStream) {
        acquire();
        try {
            if (newStream == stream) {
                return null;
            }
            OutputStream old = stream;
            flushQuietly();
            stream = newStream;
            return old;
        } finally {
            release();
        }
    }

    /** Returns the current stream, or {@code null}; the caller holds the lock. */
    protected OutputStream currentStream() {
        return stream;
    }

    /**
     * Sets the stream without flushing the old one, for subclasses that open and close files.
     * Call with the lock held.
     */
    protected void replaceStream(OutputStream newStream) {
        this.stream = newStream;
    }

    /** Returns the text written after each record. */
    public String getTerminator() {
        return terminator;
    }

    /**
     * Sets the text written after each record.
     *
     * @param terminator the terminator, such as {@code "\n"} or {@code "\r\n"}
     */
    public void setTerminator(String terminator) {
        this.terminator = terminator == null ? "" : terminator;
    }

    /** Returns the charset records are encoded in. */
    public Charset getEncoding() {
        return encoder.charset();
    }

    /**
     * Sets the charset records are encoded in; characters it cannot encode become {@code ?}.
     *
     * @param charset the charset
     */
    public void setEncoding(Charset charset) {
        acquire();
        try {
            encoder = new TextEncoder(charset == null ? StandardCharsets.UTF_8 : charset);
        } finally {
            release();
        }
    }

    /** Returns true when each record is written and flushed as it is logged (the default). */
    public boolean isImmediateFlush() {
        return immediateFlush;
    }

    /**
     * Chooses between writing each record at once (true, the default) and collecting records in
     * a buffer that is written when full, on {@link #flush()} and on {@link #close()}.
     *
     * @param immediateFlush true to write every record at once
     */
    public void setImmediateFlush(boolean immediateFlush) {
        acquire();
        try {
            this.immediateFlush = immediateFlush;
            if (immediateFlush) {
                flushQuietly();
            }
        } finally {
            release();
        }
    }

    /** Returns the size in bytes of the buffer used when {@link #isImmediateFlush()} is off. */
    public int getBufferSize() {
        return bufferSize;
    }

    /**
     * Sets the size of the buffer used when {@link #isImmediateFlush()} is off; what is buffered
     * is written first. A record larger than the buffer is written on its own.
     *
     * @param bufferSize the size in bytes, at least 1
     * @throws IllegalArgumentException naming the size when it is less than 1
     */
    public void setBufferSize(int bufferSize) {
        if (bufferSize < 1) {
            throw new IllegalArgumentException("Buffer size must be at least 1 byte, not " + bufferSize);
        }
        acquire();
        try {
            flushQuietly();
            this.bufferSize = bufferSize;
            pending = new byte[0];
        } finally {
            release();
        }
    }

    @Override
    public void emit(LogRecord record) {
        try {
            if (stream == null) {
                return;
            }
            StringBuilder line = text;
            line.setLength(0);
            if (formatOverridden) {
                line.append(format(record));
            } else {
                Formatter f = getFormatter();
                (f != null ? f : Logging.defaultFormatter()).appendTo(record, line);
            }
            line.append(terminator);
            TextEncoder enc = encoder;
            enc.encode(line);
            beforeWrite(record, enc.length());
            OutputStream out = stream;
            if (out != null) {
                write(out, enc.bytes(), enc.length());
            }
            if (line.capacity() > 64 * 1024) {
                // One huge record must not pin its buffer for the life of the handler.
                line.setLength(0);
                line.trimToSize();
            }
        } catch (IOException e) {
            handleError(record, new UncheckedIOException(e));
        } catch (RuntimeException e) {
            handleError(record, e);
        }
    }

    /**
     * Told the encoded size of a record just before it is written, so that a subclass can roll
     * its file over first. Called with the lock held; the stream may be replaced here.
     *
     * @param record the record
     * @param length its size in bytes, terminator included
     * @throws IOException when rolling over fails
     */
    protected void beforeWrite(LogRecord record, int length) throws IOException {
    }

    /**
     * Writes encoded bytes of one record. Called with the lock held.
     *
     * @throws IOException when the stream refuses them
     */
    protected void write(OutputStream out, byte[] bytes, int length) throws IOException {
        if (immediateFlush) {
            out.write(bytes, 0, length);
            out.flush();
            written(length);
            return;
        }
        int size = bufferSize;
        if (pendingLength + length > size) {
            drain(out);
        }
        if (length >= size) {
            out.write(bytes, 0, length);
        } else {
            if (pending.length < size) {
                pending = new byte[size];
            }
            System.arraycopy(bytes, 0, pending, pendingLength, length);
            pendingLength += length;
        }
        written(length);
    }

    /**
     * Told how many bytes of one record were accepted, so subclasses can track the size of what
     * they write without asking the file system.
     *
     * @param length the number of bytes
     */
    protected void written(int length) {
    }

    private void drain(OutputStream out) throws IOException {
        if (pendingLength > 0) {
            int n = pendingLength;
            pendingLength = 0;
            out.write(pending, 0, n);
        }
    }

    /** Writes any buffered records and flushes the stream. */
    @Override
    public void flush() {
        acquire();
        try {
            OutputStream out = stream;
            if (out != null) {
                drain(out);
                out.flush();
            }
        } catch (IOException e) {
            handleError(null, new UncheckedIOException(e));
        } finally {
            release();
        }
    }

    /** Flushes with the lock already held, ignoring a stream that refuses. */
    protected void flushQuietly() {
        OutputStream out = stream;
        if (out != null) {
            try {
                drain(out);
                out.flush();
            } catch (IOException ignored) {
                // The stream is being replaced or closed; its failure is not the new stream's.
            }
        }
    }

    /** Flushes; the stream itself stays open, as it belongs to whoever passed it in. */
    @Override
    public void close() {
        acquire();
        try {
            flushQuietly();
        } finally {
            release();
        }
        super.close();
    }

    @Override
    public String toString() {
        return "<" + getClass().getSimpleName() + (getName() == null ? "" : " " + getName()) + " "
                + streamName() + " (" + Logging.getLevelName(getLevel()) + ")>";
    }

    /** Names the stream for messages: {@code <stderr>}, {@code <stdout>} or its class. */
    protected String streamName() {
        OutputStream out = stream;
        if (out == System.err) {
            return "<stderr>";
        }
        if (out == System.out) {
            return "<stdout>";
        }
        return out == null ? "<closed>" : "<" + out.getClass().getSimpleName() + ">";
    }

    /** Whether a handler class overrides {@link Handler#format}; looked up once per class. */
    private static final ClassValue<Boolean> HANDLER_FORMAT_OVERRIDDEN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            try {
                return type.getMethod("format", LogRecord.class).getDeclaringClass() != Handler.class;
            } catch (NoSuchMethodException e) {
                return true;
            }
        }
    };
}
