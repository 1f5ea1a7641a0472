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
 * <p>By default every record is written and flushed as it is logged, as in Python, each in one
 * write, so processes appending to one file do not tear each other's lines. With
 * {@link #setImmediateFlush(boolean) immediateFlush} off, records collect in a buffer
 * ({@value #DEFAULT_BUFFER_SIZE} bytes unless {@link #setBufferSize} says otherwise) that is
 * written whenever it is full, on {@link #flush()} and on {@link #close()}; a record may then
 * span two writes. A buffer of a page ({@value #PAGE_SIZE} bytes) or more is written so that each
 * write ends on a page boundary of the file, since the kernel zero-fills the rest of a new page
 * that a write ends inside, only to have the next write overwrite it.
 *
 * <p>When records are written at once and this class's own {@code emit}, {@code format} and
 * {@code write} are in use with a plain {@link Formatter}, a record that finds the lock free is
 * formatted and written under it at once; one that finds another thread writing is formatted by
 * its own thread, outside the lock, and the next write carries every record that threads
 * formatted meanwhile. Each logging call still returns only once its record has been
 * handed to the stream, so no record waits in memory, and threads no longer queue for the lock
 * to format. The hooks a subclass overrides ({@link #prepareStream}, {@link #beforeWrite},
 * {@link #writeFailed}, {@link #handleError}) then run with the lock held on the thread that
 * writes, which may not be the one that logged the record.
 *
 * <p>For maintainers: this class is the Python API and the write path's owner; the queue is
 * {@link WriteCombiner}, a record's reusable bytes are {@link EncodedRecord}, and the buffering
 * and page alignment are {@link BlockBuffer}.
 */
public class StreamHandler extends Handler {

    /** The terminator written after each record unless {@link #setTerminator} changes it. */
    public static final String DEFAULT_TERMINATOR = "\n";
    /** The buffer size in buffered mode unless {@link #setBufferSize} changes it. */
    public static final int DEFAULT_BUFFER_SIZE = 8192;
    /** The file-system page that buffered writes end on a boundary of. */
    static final int PAGE_SIZE = 4096;

    private OutputStream stream;
    private String terminator = DEFAULT_TERMINATOR;
    private volatile Charset charset = StandardCharsets.UTF_8;
    /** The buffers {@link #emit} formats and encodes into, with the lock held. */
    private final EncodedRecord underLock = new EncodedRecord();
    private volatile boolean immediateFlush = true;
    private volatile int bufferSize = DEFAULT_BUFFER_SIZE;
    /** Whether this handler's class overrides {@link Handler#format}; decided once, not per record. */
    private final boolean formatOverridden = HANDLER_FORMAT_OVERRIDDEN.get(getClass());
    /** Whether records may be formatted outside the lock and written together; decided once. */
    private final boolean ownWritePath = !formatOverridden && OWN_EMIT_AND_WRITE.get(getClass());
    /** Records formatted outside the lock by their own threads, waiting to be written together. */
    private final WriteCombiner combiner = new WriteCombiner(this);
    /** What is encoded but not yet written, and where the stream's next byte lands. */
    private final BlockBuffer buffer = new BlockBuffer();
    /** Writes the records {@link #combiner} hands over; made once, as it is used per batch. */
    private final WriteCombiner.Batch writeBatch = this::writeBatch;

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
            buffer.reset(0);
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
        replaceStream(newStream, 0);
    }

    /**
     * Sets the stream without flushing the old one, telling where its next byte lands, such as
     * the size of a file opened for appending, so that buffered writes end on its page
     * boundaries. Call with the lock held.
     *
     * @param newStream the new stream, or {@code null}
     * @param position the offset of the stream's next byte; 0 when unknown
     */
    protected void replaceStream(OutputStream newStream, long position) {
        this.stream = newStream;
        buffer.reset(position);
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
        return charset;
    }

    /**
     * Sets the charset records are encoded in; characters it cannot encode become {@code ?}.
     *
     * @param charset the charset
     */
    public void setEncoding(Charset charset) {
        acquire();
        try {
            this.charset = charset == null ? StandardCharsets.UTF_8 : charset;
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
     * is written first. The buffer is written whenever it is full, so a record may span writes.
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
        } finally {
            release();
        }
    }

    /**
     * Formats {@code record} outside the lock and has it written with whatever other threads
     * formatted meanwhile, when that is safe (see the class comment); otherwise locks and calls
     * {@link #emit}.
     */
    @Override
    protected void dispatch(LogRecord record) {
        Formatter formatter = getFormatter();
        if (!immediateFlush || !ownWritePath || (formatter != null && !formatter.ownClass)) {
            super.dispatch(record);
            return;
        }
        if (combiner.isEmpty() && tryAcquire()) {
            // Nobody is writing: format into the handler's own buffers and write at once, which
            // touches less memory than the queue, and take along whatever queues meanwhile.
            try {
                emit(record);
                if (!combiner.isEmpty()) {
                    combiner.writeAll(writeBatch);
                }
            } finally {
                release();
            }
            return;
        }
        WriteCombiner.Slot mine = WriteCombiner.slot();
        if (mine == null) {
            super.dispatch(record);
            return;
        }
        EncodedRecord encoded = mine.encoded;
        encoded.busy = true;
        try {
            try {
                encoded.encode(record, formatter != null ? formatter : Logging.defaultFormatter(), terminator, charset);
            } catch (RuntimeException e) {
                handleError(record, e);
                return;
            }
            mine.record = record;
            combiner.enqueueAndAwait(mine, writeBatch);
        } finally {
            mine.record = null;
            mine.next = null;
            encoded.busy = false;
        }
    }

    /**
     * Writes records that threads formatted outside the lock, oldest first, in one write when
     * there are several; the lock is held, and most of them were logged by other threads. Each
     * still passes {@link #prepareStream} and {@link #beforeWrite}, so a file that rolls over
     * midway gets the records before it.
     */
    private void writeBatch(WriteCombiner.Slot oldest) {
        LogRecord last = null;
        for (WriteCombiner.Slot r = oldest; r != null; r = r.next) {
            last = r.record;
            try {
                if (prepareStream(r.record)) {
                    int length = r.encoded.length();
                    beforeWrite(r.record, length);
                    OutputStream out = stream;
                    if (out != null) {
                        if (r.next == null && buffer.isEmpty()) {
                            buffer.writeOut(out, r.encoded.bytes(), 0, length);
                        } else {
                            buffer.addWhole(out, r.encoded.bytes(), length, bufferSize);
                        }
                    }
                }
            } catch (IOException e) {
                writeFailed();
                handleError(r.record, new UncheckedIOException(e));
            } catch (RuntimeException e) {
                handleError(r.record, e);
            }
        }
        drainAndFlush(last);
    }

    /**
     * Makes the stream ready for {@code record}, with the lock held: a file handler opens its
     * file here when it is not open, or reopens one that was moved. Like {@link #beforeWrite},
     * {@link #writeFailed} and {@link #handleError}, it may run on a thread other than the one
     * that logged {@code record}: the thread holding the lock writes what others queued.
     *
     * @param record the record about to be written
     * @return false when there is no stream to write to; the record is then dropped
     */
    protected boolean prepareStream(LogRecord record) {
        return stream != null;
    }

    @Override
    public void emit(LogRecord record) {
        try {
            if (!prepareStream(record)) {
                return;
            }
            // A record logged while formatting another, under the lock, must not reuse its buffers.
            EncodedRecord line = underLock.busy ? new EncodedRecord() : underLock;
            line.busy = true;
            try {
                if (formatOverridden) {
                    line.start().append(format(record));
                    line.finish(terminator, charset);
                } else {
                    Formatter f = getFormatter();
                    line.encode(record, f != null ? f : Logging.defaultFormatter(), terminator, charset);
                }
                beforeWrite(record, line.length());
                OutputStream out = stream;
                if (out != null) {
                    write(out, line.bytes(), line.length());
                }
            } finally {
                line.busy = false;
            }
        } catch (IOException e) {
            writeFailed();
            handleError(record, new UncheckedIOException(e));
        } catch (RuntimeException e) {
            handleError(record, e);
        }
    }

    /**
     * Told that writing to the stream failed, perhaps after part of a record reached it (a full
     * disk), so that a subclass can repair its last line before the next write. Called with the
     * lock held, on whichever thread was writing, which may not be the one that logged the record.
     */
    protected void writeFailed() {
    }

    /**
     * Told the encoded size of a record just before it is written, so that a subclass can roll
     * its file over first. Called with the lock held, on whichever thread is writing, which may
     * not be the one that logged {@code record}; the stream may be replaced here.
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
            buffer.writeOut(out, bytes, 0, length);
            out.flush();
            return;
        }
        buffer.add(out, bytes, length, bufferSize);
    }

    /**
     * Returns how many bytes the stream holds, by this handler's count: where it was opened (a
     * file's size when appending) plus every byte written to it since and every byte buffered
     * for it. Subclasses such as size-based rotation read it instead of asking the file system.
     * Call with the lock held.
     */
    protected long streamSize() {
        return buffer.size();
    }

    /** Writes any buffered records and flushes the stream. */
    @Override
    public void flush() {
        acquire();
        try {
            drainAndFlush(null);
        } finally {
            release();
        }
    }

    /** Writes what is buffered and flushes, with the lock held; a failure is reported for {@code record}. */
    private void drainAndFlush(LogRecord record) {
        OutputStream out = stream;
        if (out != null) {
            try {
                buffer.drain(out);
                out.flush();
            } catch (IOException e) {
                writeFailed();
                handleError(record, new UncheckedIOException(e));
            }
        }
    }

    /** Flushes with the lock already held, ignoring a stream that refuses. */
    protected void flushQuietly() {
        OutputStream out = stream;
        if (out != null) {
            try {
                buffer.drain(out);
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

    /**
     * Whether a handler class keeps this class's {@code emit} and {@code write}, so that a record
     * can be formatted outside the lock and written with others; looked up once per class.
     */
    private static final ClassValue<Boolean> OWN_EMIT_AND_WRITE = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return DeclaringClass.of(type, "emit", LogRecord.class) == StreamHandler.class
                    && DeclaringClass.of(type, "write", OutputStream.class, byte[].class, int.class) == StreamHandler.class;
        }
    };

    /** Whether a handler class overrides {@link Handler#format}; looked up once per class. */
    private static final ClassValue<Boolean> HANDLER_FORMAT_OVERRIDDEN = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return DeclaringClass.of(type, "format", LogRecord.class) != Handler.class;
        }
    };
}
