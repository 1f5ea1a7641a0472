package dev.pylogging;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The write-combining queue of one {@link StreamHandler}: a thread that finds another writing
 * formats its record outside the lock, queues it here, and waits until the thread that holds the
 * lock next writes every queued record in one go. Owns the queue, the waiting and the per-thread
 * slots; knows nothing of streams, which {@link Batch} writes.
 *
 * <p>A {@link Batch} runs with the handler's lock held, on whichever thread holds it, and so
 * writes records that other threads logged.
 */
final class WriteCombiner {

    /** How often a thread checks whether its record was written before it waits for the lock. */
    private static final int SPINS = Runtime.getRuntime().availableProcessors() > 1 ? 2000 : 0;
    private static final ThreadLocal<Slot> SLOT = ThreadLocal.withInitial(Slot::new);
    private static final VarHandle NEWEST;

    static {
        try {
            NEWEST = MethodHandles.lookup().findVarHandle(WriteCombiner.class, "newest", Slot.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** Writes queued records, oldest first, with the handler's lock held. */
    interface Batch {
        /**
         * Writes {@code oldest} and every slot after it.
         *
         * @param oldest the first of at least one record
         */
        void write(Slot oldest);
    }

    /** One thread's place in the queue: its buffers and the record they hold while it waits. */
    static final class Slot {
        /** The record's bytes, reused from record to record of this thread. */
        final EncodedRecord encoded = new EncodedRecord();
        /** The record being written; set while it waits. */
        LogRecord record;
        /** The slot queued after this one, once {@link #takeAll} has put them oldest first. */
        Slot next;
        /** Set, with the handler's lock held, once the bytes have gone to the stream. */
        private volatile boolean written;

        private Slot() {
        }
    }

    private final Handler handler;
    /**
     * Records waiting to be written, the newest first, linked by {@link Slot#next}. A field of
     * this object rather than an {@code AtomicReference}: the uncontended path reads it on every
     * record, and one object fewer is one page fewer to touch after a system call.
     */
    private volatile Slot newest;

    /** Creates the queue of {@code handler}, whose lock guards the writes. */
    WriteCombiner(Handler handler) {
        this.handler = handler;
    }

    /** Returns the calling thread's slot, or null when it is in use (a record logged while formatting another). */
    static Slot slot() {
        Slot slot = SLOT.get();
        return slot.encoded.busy ? null : slot;
    }

    /** Returns true when no record waits. */
    boolean isEmpty() {
        return newest == null;
    }

    /**
     * Queues {@code slot}, whose record is encoded, and returns once it is written, by this thread
     * or by the one that holds the lock. With more than one processor it spins a little first:
     * the thread writing now will likely take this record along with its next one, sparing a park
     * and an unpark, which cost more than the write.
     */
    void enqueueAndAwait(Slot slot, Batch batch) {
        slot.written = false;
        Slot head;
        do {
            head = newest;
            slot.next = head;
        } while (!NEWEST.compareAndSet(this, head, slot));
        boolean locked = false;
        // A record logged from inside this handler's own emit, with the lock held, spins for nothing.
        for (int spins = handler.heldByCurrentThread() ? 0 : SPINS; spins > 0 && !(locked = handler.tryAcquire());
                spins--) {
            if (slot.written) {
                return;
            }
            Thread.onSpinWait();
        }
        if (!locked) {
            handler.acquire();
        }
        try {
            if (!slot.written) {
                writeAll(batch);
            }
        } finally {
            handler.release();
        }
    }

    /**
     * Writes every queued record through {@code batch}, then lets their owners return; the
     * handler's lock is held.
     */
    void writeAll(Batch batch) {
        Slot oldest = takeAll();
        if (oldest == null) {
            return;
        }
        batch.write(oldest);
        // Only now may the owners return; each owner reuses its slot at once, so read on first.
        Slot s = oldest;
        while (s != null) {
            Slot next = s.next;
            s.written = true;
            s = next;
        }
    }

    /** Empties the queue and returns its records oldest first, linked by {@link Slot#next}. */
    private Slot takeAll() {
        Slot s = (Slot) NEWEST.getAndSet(this, (Slot) null);
        Slot oldest = null;
        while (s != null) {
            Slot next = s.next;
            s.next = oldest;
            oldest = s;
            s = next;
        }
        return oldest;
    }
}
