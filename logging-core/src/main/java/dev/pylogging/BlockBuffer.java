package dev.pylogging;

import java.io.IOException;
import java.io.OutputStream;

/**
 * The bytes a {@link StreamHandler} has encoded but not yet written, and where in its stream the
 * next written byte lands. A buffer of a page ({@value StreamHandler#PAGE_SIZE} bytes) or more is
 * written so that each write ends on a page boundary of the file, since the kernel zero-fills
 * the rest of a new page that a write ends inside, only to have the next write overwrite it.
 * Used with the handler's lock held.
 */
final class BlockBuffer {

    private static final int PAGE_SIZE = StreamHandler.PAGE_SIZE;

    private byte[] pending = new byte[0];
    private int pendingLength;
    /** Where in the stream its next written byte lands: what it held when opened plus what was written since. */
    private long position;

    /** Starts counting a new stream whose next byte lands at {@code position}; nothing may be buffered. */
    void reset(long position) {
        this.position = Math.max(0, position);
    }

    /** Returns the stream's size by this count: where it was opened, plus what was written and what is buffered. */
    long size() {
        return position + pendingLength;
    }

    /** Returns true when no byte waits. */
    boolean isEmpty() {
        return pendingLength == 0;
    }

    /** Writes {@code length} bytes straight to {@code out}, counting them. */
    void writeOut(OutputStream out, byte[] bytes, int offset, int length) throws IOException {
        out.write(bytes, offset, length);
        position += length;
    }

    /**
     * Adds one record's bytes, writing the buffer each time it fills; a full buffer ends on a page
     * boundary when it holds a page or more. A record may so span two writes.
     */
    void add(OutputStream out, byte[] bytes, int length, int bufferSize) throws IOException {
        if (length < limit(bufferSize) - pendingLength && pending.length >= bufferSize) {
            // Most records fit in what is left: one copy, no write.
            System.arraycopy(bytes, 0, pending, pendingLength, length);
            pendingLength += length;
            return;
        }
        int from = 0;
        while (from < length) {
            int limit = limit(bufferSize);
            int rest = length - from;
            if (pendingLength == 0 && rest >= limit) {
                // A record that fills the buffer by itself goes out from its own array, up to its last page boundary.
                int n = bufferSize < PAGE_SIZE ? rest : (int) (((position + rest) & -PAGE_SIZE) - position);
                writeOut(out, bytes, from, n);
                from += n;
                continue;
            }
            ensureCapacity(bufferSize);
            int n = Math.min(rest, limit - pendingLength);
            System.arraycopy(bytes, from, pending, pendingLength, n);
            pendingLength += n;
            from += n;
            if (pendingLength == limit) {
                drain(out);
            }
        }
    }

    /**
     * Adds one of several records written at once, whole, writing what the buffer holds first
     * when the record does not fit: those writes end at record boundaries.
     */
    void addWhole(OutputStream out, byte[] bytes, int length, int bufferSize) throws IOException {
        if (pendingLength + length > bufferSize) {
            drain(out);
        }
        if (length >= bufferSize) {
            writeOut(out, bytes, 0, length);
        } else {
            ensureCapacity(bufferSize);
            System.arraycopy(bytes, 0, pending, pendingLength, length);
            pendingLength += length;
        }
    }

    /** Writes what the buffer holds. */
    void drain(OutputStream out) throws IOException {
        if (pendingLength > 0) {
            int n = pendingLength;
            pendingLength = 0;
            writeOut(out, pending, 0, n);
        }
    }

    /**
     * How many bytes the buffer holds before it is written: its size, less what takes the end of
     * the write back to a page boundary when the buffer holds a page or more.
     */
    private int limit(int bufferSize) {
        if (bufferSize < PAGE_SIZE) {
            return bufferSize;
        }
        long start = position;
        return (int) (((start + bufferSize) & -PAGE_SIZE) - start);
    }

    private void ensureCapacity(int bufferSize) {
        if (pending.length < bufferSize) {
            pending = new byte[bufferSize];
        }
    }
}
