package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The clock records are stamped with: the monotonic clock plus a wall-clock reading at most one period old. */
class RecordClockTest {

    private final AtomicLong wall = new AtomicLong(1_000_000);
    private final AtomicLong monotonic = new AtomicLong(50);
    private final RecordClock clock = new RecordClock(100, wall::get, monotonic::get);

    @Test
    void addsTheMonotonicTimeSinceTheLastWallReading() {
        monotonic.set(80);
        assertThat(clock.epochNanos()).isEqualTo(1_000_030);
        monotonic.set(149);
        assertThat(clock.epochNanos()).isEqualTo(1_000_099);
    }

    @Test
    void aStepOfTheWallClockShowsOnceThePeriodIsOver() {
        wall.set(5_000_000);
        monotonic.set(120);
        assertThat(clock.epochNanos()).isEqualTo(1_000_070);
        monotonic.set(150);
        assertThat(clock.epochNanos()).isEqualTo(5_000_000);
        monotonic.set(160);
        assertThat(clock.epochNanos()).isEqualTo(5_000_010);
    }

    @Test
    void aMonotonicClockThatWentBackReadsTheWallClockAgain() {
        wall.set(2_000_000);
        monotonic.set(10);
        assertThat(clock.epochNanos()).isEqualTo(2_000_000);
    }

    @Test
    void theSystemClockAgreesWithInstantNow() {
        for (int i = 0; i < 1000; i++) {
            long before = nanos(Instant.now());
            long stamped = RecordClock.SYSTEM.epochNanos();
            long after = nanos(Instant.now());
            assertThat(stamped).isBetween(before - 1_000_000, after + 1_000_000);
        }
    }

    @Test
    void recordsAreStampedWithItsTimeAndWholeMilliseconds() {
        long before = nanos(Instant.now());
        LogRecord record = new LogRecord("a", Level.INFO, "", 0, "m", null, null, null);
        long after = nanos(Instant.now());
        assertThat(record.getCreated()).isBetween((before - 1_000_000) / 1e9, (after + 1_000_000) / 1e9);
        assertThat(record.getMsecs()).isEqualTo(Math.floor(record.getMsecs()))
                .isCloseTo((record.getCreated() - record.getCreatedSeconds()) * 1000, within(1.0));
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
