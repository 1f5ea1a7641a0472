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
 * An INFO call with two arguments ({@code 'Pack my box with %d dozen %s', 5, 'liquor jugs'})
 * written to a file with the layout {@code %(asctime)s - %(name)s - %(levelname)s - %(message)s},
 * by each library, for each {@link Workload}: handed to the OS per record, buffered, with caller
 * information, and through a size-based rolling file; on one thread and on two.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FileBenchmark {

    /** The workload every library state is configured for. */
    @State(Scope.Benchmark)
    public static class Work {
        /** Which work to do. */
        @Param({"SYNC", "BUFFERED", "CALLER", "ROTATING"})
        public Workload workload;
    }

    /** The pylogging logger and its files. */
    @State(Scope.Benchmark)
    public static class Pylogging {
        dev.pylogging.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp(Work work) {
            dir = Workload.tempDir("pylogging");
            logger = PyLoggingSetup.file(work.workload, dir);
        }

        /** Closes and deletes its files. */
        @TearDown
        public void tearDown() {
            PyLoggingSetup.stop();
            Workload.delete(dir);
        }
    }

    /** The Logback logger and its files. */
    @State(Scope.Benchmark)
    public static class Logback {
        ch.qos.logback.classic.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp(Work work) {
            dir = Workload.tempDir("logback");
            logger = LogbackSetup.file(work.workload, dir);
        }

        /** Closes and deletes its files. */
        @TearDown
        public void tearDown() {
            LogbackSetup.stop(logger);
            Workload.delete(dir);
        }
    }

    /** The Log4j2 logger and its files. */
    @State(Scope.Benchmark)
    public static class Log4j2 {
        org.apache.logging.log4j.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp(Work work) {
            dir = Workload.tempDir("log4j2");
            logger = Log4j2Setup.file(work.workload, dir);
        }

        /** Closes and deletes its files. */
        @TearDown
        public void tearDown() {
            Log4j2Setup.stop(logger);
            Workload.delete(dir);
        }
    }

    /** pylogging, one thread. */
    @Benchmark
    public void pylogging(Pylogging state, Pinned pinned) {
        state.logger.info("Pack my box with %d dozen %s", 5, "liquor jugs");
    }

    /** Logback, one thread. */
    @Benchmark
    public void logback(Logback state, Pinned pinned) {
        state.logger.info("Pack my box with {} dozen {}", 5, "liquor jugs");
    }

    /** Log4j2, one thread. */
    @Benchmark
    public void log4j2(Log4j2 state, Pinned pinned) {
        state.logger.info("Pack my box with {} dozen {}", 5, "liquor jugs");
    }

    /** pylogging, two threads sharing the logger. */
    @Benchmark
    @Threads(2)
    public void pyloggingTwoThreads(Pylogging state, Pinned pinned) {
        pylogging(state, pinned);
    }

    /** Logback, two threads sharing the logger. */
    @Benchmark
    @Threads(2)
    public void logbackTwoThreads(Logback state, Pinned pinned) {
        logback(state, pinned);
    }

    /** Log4j2, two threads sharing the logger. */
    @Benchmark
    @Threads(2)
    public void log4j2TwoThreads(Log4j2 state, Pinned pinned) {
        log4j2(state, pinned);
    }
}
