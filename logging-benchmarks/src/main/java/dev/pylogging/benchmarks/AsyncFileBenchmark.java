package dev.pylogging.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@link FileBenchmark}'s line written asynchronously: calls per second as the calling thread
 * sees them, with a queue of {@link AsyncSetup#CAPACITY} that blocks when full, on one thread and
 * two. {@code AsyncSetupTest} checks that none of the three loses a record.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AsyncFileBenchmark {

    /** The file work behind the queue. */
    @State(Scope.Benchmark)
    public static class Work {
        /** Which file work the background thread does. */
        @Param({"SYNC", "BUFFERED"})
        public Workload workload;
    }

    /** pylogging: QueueHandler and QueueListener. */
    @State(Scope.Benchmark)
    public static class Pylogging {
        dev.pylogging.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp(Work work) {
            dir = Workload.tempDir("async-pylogging");
            logger = AsyncSetup.pylogging(work.workload, dir);
        }

        /** Drains, closes and deletes its files. */
        @TearDown
        public void tearDown() {
            AsyncSetup.stopPylogging();
            Workload.delete(dir);
        }
    }

    /** Logback: AsyncAppender. */
    @State(Scope.Benchmark)
    public static class Logback {
        ch.qos.logback.classic.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp(Work work) {
            dir = Workload.tempDir("async-logback");
            logger = AsyncSetup.logback(work.workload, dir);
        }

        /** Drains, closes and deletes its files. */
        @TearDown
        public void tearDown() {
            AsyncSetup.stopLogback(logger);
            Workload.delete(dir);
        }
    }

    /** Log4j2: async loggers. */
    @State(Scope.Benchmark)
    public static class Log4j2 {
        org.apache.logging.log4j.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp(Work work) {
            dir = Workload.tempDir("async-log4j2");
            logger = AsyncSetup.log4j2(work.workload, dir);
        }

        /** Drains, closes and deletes its files. */
        @TearDown
        public void tearDown() {
            AsyncSetup.stopLog4j2(logger);
            Workload.delete(dir);
        }
    }

    /** pylogging, one thread. */
    @Benchmark
    public void pylogging(Pylogging state) {
        state.logger.info("Pack my box with %d dozen %s", 5, "liquor jugs");
    }

    /** Logback, one thread. */
    @Benchmark
    public void logback(Logback state) {
        state.logger.info("Pack my box with {} dozen {}", 5, "liquor jugs");
    }

    /** Log4j2, one thread. */
    @Benchmark
    public void log4j2(Log4j2 state) {
        state.logger.info("Pack my box with {} dozen {}", 5, "liquor jugs");
    }

    /** pylogging, two threads. */
    @Benchmark
    @Threads(2)
    public void pyloggingTwoThreads(Pylogging state) {
        pylogging(state);
    }

    /** Logback, two threads. */
    @Benchmark
    @Threads(2)
    public void logbackTwoThreads(Logback state) {
        logback(state);
    }

    /** Log4j2, two threads. */
    @Benchmark
    @Threads(2)
    public void log4j2TwoThreads(Log4j2 state) {
        log4j2(state);
    }
}
