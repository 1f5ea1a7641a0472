package dev.pylogging;

import java.time.Instant;
import java.util.function.LongSupplier;

/**
 * The wall-clock time that records are stamped with, in nanoseconds since the epoch, to the
 * precision of the system's clocks: the monotonic clock ({@link System#nanoTime()}) plus an
 * offset read from the wall clock ({@link Instant#now()}) again whenever the last reading is
 * older than the resync period.
 *
 * <p>Why not {@code Instant.now()} per record: it reaches the clock through a native call that
 * costs several times what {@code System.nanoTime()} does, and logging reads the time once for
 * every record. The two clocks run at the same rate, adjusted alike by NTP; only a step of the
 * wall clock (someone sets the time) shows in records up to one period late. Thread-safe.
 */
final class RecordClock {

    /** The clock records are stamped with, resynchronised every 100 ms. */
    static final RecordClock SYSTEM = new RecordClock(100_000_000L, RecordClock::wallNanos, System::nanoTime);

    private final long resyncNanos;
    private final LongSupplier wall;
    private final LongSupplier monotonic;
    /** The last pair of readings, replaced whole so that readers never see one half of each. */
    private volatile Anchor anchor;

    private record Anchor(long monotonic, long wall) {
    }

    /**
     * Creates a clock.
     *
     * @param resyncNanos how long a reading of {@code wall} is used for
     * @param wall the wall clock, in nanoseconds since the epoch
     * @param monotonic a clock that only moves forwards, in nanoseconds
     */
    RecordClock(long resyncNanos, LongSupplier wall, LongSupplier monotonic) {
        this.resyncNanos = resyncNanos;
        this.wall = wall;
        this.monotonic = monotonic;
        this.anchor = resync();
    }

    /** Returns the current time in nanoseconds since the epoch. */
    long epochNanos() {
        long now = monotonic.getAsLong();
        Anchor last = anchor;
        long elapsed = now - last.monotonic;
        if (elapsed >= 0 && elapsed < resyncNanos) {
            return last.wall + elapsed;
        }
        return resync().wall;
    }

    private Anchor resync() {
        Anchor fresh = new Anchor(monotonic.getAsLong(), wall.getAsLong());
        anchor = fresh;
        return fresh;
    }

    private static long wallNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }
}
