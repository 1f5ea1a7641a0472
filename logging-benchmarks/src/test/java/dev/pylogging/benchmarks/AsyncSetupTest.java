package dev.pylogging.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The asynchronous setups of the benchmark block when full: none loses a record from two threads. */
class AsyncSetupTest {

    private static final int PER_THREAD = 50_000;

    @TempDir
    Path dir;

    private static void fromTwoThreads(Consumer<Integer> log) throws InterruptedException {
        Thread a = new Thread(() -> {
            for (int i = 0; i < PER_THREAD; i++) {
                log.accept(i);
            }
        });
        Thread b = new Thread(() -> {
            for (int i = 0; i < PER_THREAD; i++) {
                log.accept(i);
            }
        });
        a.start();
        b.start();
        a.join(60_000);
        b.join(60_000);
    }

    private static long lines(Path folder) throws IOException {
        long count = 0;
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                try (Stream<String> l = Files.lines(f)) {
                    count += l.count();
                }
            }
        }
        return count;
    }

    @Test
    void pyloggingsQueueLosesNothing() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("pylogging"));
        dev.pylogging.Logger logger = AsyncSetup.pylogging(Workload.BUFFERED, folder);
        fromTwoThreads(i -> logger.info("Pack my box with %d dozen %s", i, "liquor jugs"));
        AsyncSetup.stopPylogging();
        assertThat(lines(folder)).isEqualTo(2L * PER_THREAD);
    }

    @Test
    void logbacksAsyncAppenderLosesNothing() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("logback"));
        ch.qos.logback.classic.Logger logger = AsyncSetup.logback(Workload.BUFFERED, folder);
        fromTwoThreads(i -> logger.info("Pack my box with {} dozen {}", i, "liquor jugs"));
        AsyncSetup.stopLogback(logger);
        assertThat(lines(folder)).isEqualTo(2L * PER_THREAD);
    }

    @Test
    void log4j2sAsyncLoggersLoseNothing() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("log4j2"));
        org.apache.logging.log4j.Logger logger = AsyncSetup.log4j2(Workload.BUFFERED, folder);
        fromTwoThreads(i -> logger.info("Pack my box with {} dozen {}", i, "liquor jugs"));
        AsyncSetup.stopLog4j2(logger);
        assertThat(lines(folder)).isEqualTo(2L * PER_THREAD);
    }
}
