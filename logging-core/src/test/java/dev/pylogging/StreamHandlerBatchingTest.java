package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Records written at once are formatted by the threads that log them, outside the lock, and
 * whatever queued while the stream was busy goes out in one write.
 */
class StreamHandlerBatchingTest extends LoggingTestCase {

    /** Remembers each write; the first one blocks until released. */
    private static final class GatedStream extends OutputStream {
        final List<String> writes = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch firstWriteStarted = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes.add(new String(b, off, len, StandardCharsets.UTF_8));
            if (writes.size() == 1) {
                firstWriteStarted.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    /** Returns a logger that writes only through a plain StreamHandler on {@code stream}. */
    private static Logger loggerWriting(String name, OutputStream stream, String format) {
        StreamHandler handler = new StreamHandler(stream);
        handler.setFormatter(new Formatter(format));
        Logger logger = Logging.getLogger(name);
        logger.addHandler(handler);
        logger.setPropagate(false);
        return logger;
    }

    @Test
    void recordsLoggedWhileTheStreamIsBusyGoOutTogetherInOneWrite() throws Exception {
        GatedStream stream = new GatedStream();
        Logger logger = loggerWriting("batching", stream, "%(threadName)s %(message)s");

        Thread first = new Thread(() -> logger.warning("first"), "t0");
        first.start();
        assertThat(stream.firstWriteStarted.await(30, TimeUnit.SECONDS)).isTrue();
        List<Thread> others = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            Thread t = new Thread(() -> logger.warning("queued"), "t" + i);
            others.add(t);
            t.start();
        }
        // Each has formatted its record and queued it before it waits for the lock.
        for (Thread t : others) {
            for (int i = 0; i < 3000 && t.getState() != Thread.State.WAITING; i++) {
                Thread.sleep(10);
            }
            assertThat(t.getState()).as(t.getName()).isEqualTo(Thread.State.WAITING);
        }
        stream.release.countDown();
        first.join(30_000);
        for (Thread t : others) {
            t.join(30_000);
            assertThat(t.isAlive()).isFalse();
        }

        assertThat(stream.writes).hasSize(2);
        assertThat(stream.writes.get(0)).isEqualTo("t0 first\n");
        assertThat(stream.writes.get(1).split("\n", -1))
                .containsExactlyInAnyOrder("t1 queued", "t2 queued", "t3 queued", "");
    }

    @Test
    void aFormatterSubclassIsCalledUnderTheLockAsInPython() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamHandler handler = new StreamHandler(out);
        List<Boolean> heldWhileFormatting = new ArrayList<>();
        handler.setFormatter(new Formatter("%(message)s") {
            @Override
            public String format(LogRecord record) {
                // Another thread can take the lock only if this one does not hold it.
                boolean[] taken = new boolean[1];
                Thread probe = new Thread(() -> {
                    handler.acquire();
                    taken[0] = true;
                    handler.release();
                });
                probe.start();
                try {
                    probe.join(200);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                heldWhileFormatting.add(!taken[0]);
                return super.format(record).toUpperCase();
            }
        });
        Logger logger = Logging.getLogger("subclass");
        logger.addHandler(handler);
        logger.warning("shout");
        assertThat(heldWhileFormatting).containsExactly(true);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("SHOUT\n");
    }

    @Test
    void aRecordThatFailsToFormatIsReportedAndTheNextOneIsWritten() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamHandler handler = new StreamHandler(out);
        Logger logger = Logging.getLogger("bad.format");
        logger.addHandler(handler);
        try (CapturedStderr err = new CapturedStderr()) {
            logger.warning("%d apples", "five");
            logger.warning("%d apples", 5);
            assertThat(err.text()).contains("format: a real number is required, not str").contains("%d apples");
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("5 apples\n");
    }

    @Test
    void recordsLoggedWhileFormattingAnotherAreWrittenWholeAndFirst() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = loggerWriting("reentrant", out, "%(levelname)s %(message)s");
        Object innermost = new Object() {
            @Override
            public String toString() {
                logger.warning("innermost");
                return "a";
            }
        };
        Object inner = new Object() {
            @Override
            public String toString() {
                logger.warning("inner %s", innermost);
                return "b";
            }
        };
        logger.warning("outer %s then %s", inner, "more");
        logger.warning("after");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(
                "WARNING innermost\nWARNING inner a\nWARNING outer b then more\nWARNING after\n");
    }
}
