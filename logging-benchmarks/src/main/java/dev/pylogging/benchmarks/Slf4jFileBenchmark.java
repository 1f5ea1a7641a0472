package dev.pylogging.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * {@link FileBenchmark}'s work through the SLF4J API, as an application's libraries log:
 * {@code log.info("Pack my box with {} dozen {}", 5, "liquor jugs")} into SLF4J → pylogging,
 * SLF4J → Logback and SLF4J → Log4j2, each writing the same line to a file.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class Slf4jFileBenchmark {

    /** pylogging behind SLF4J. */
    @State(Scope.Benchmark)
    public static class Pylogging {
        org.slf4j.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp(FileBenchmark.Work work) {
            dir = Workload.tempDir("slf4j-pylogging");
            logger = Slf4jLoggers.pylogging(PyLoggingSetup.file(work.workload, dir));
        }

        /** Closes and deletes its files. */
        @TearDown
        public void tearDown() {
            PyLoggingSetup.stop();
            Workload.delete(dir);
        }
    }

    /** Logback behind SLF4J. */
    @State(Scope.Benchmark)
    public static class Logback {
        ch.qos.logback.classic.Logger configured;
        org.slf4j.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp(FileBenchmark.Work work) {
            dir = Workload.tempDir("slf4j-logback");
            configured = LogbackSetup.file(work.workload, dir);
            logger = Slf4jLoggers.logback(configured);
        }

        /** Closes and deletes its files. */
        @TearDown
        public void tearDown() {
            LogbackSetup.stop(configured);
            Workload.delete(dir);
        }
    }

    /** Log4j2 behind SLF4J. */
    @State(Scope.Benchmark)
    public static class Log4j2 {
        org.apache.logging.log4j.Logger configured;
        org.slf4j.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp(FileBenchmark.Work work) {
            dir = Workload.tempDir("slf4j-log4j2");
            configured = Log4j2Setup.file(work.workload, dir);
            logger = Slf4jLoggers.log4j2(configured);
        }

        /** Closes and deletes its files. */
        @TearDown
        public void tearDown() {
            Log4j2Setup.stop(configured);
            Workload.delete(dir);
        }
    }

    /** SLF4J → pylogging, one thread. */
    @Benchmark
    public void pylogging(Pylogging state, Pinned pinned) {
        state.logger.info("Pack my box with {} dozen {}", 5, "liquor jugs");
    }

    /** SLF4J → Logback, one thread. */
    @Benchmark
    public void logback(Logback state, Pinned pinned) {
        state.logger.info("Pack my box with {} dozen {}", 5, "liquor jugs");
    }

    /** SLF4J → Log4j2, one thread. */
    @Benchmark
    public void log4j2(Log4j2 state, Pinned pinned) {
        state.logger.info("Pack my box with {} dozen {}", 5, "liquor jugs");
    }

    /** SLF4J → pylogging, two threads sharing the logger. */
    @Benchmark
    @Threads(2)
    public void pyloggingTwoThreads(Pylogging state, Pinned pinned) {
        pylogging(state, pinned);
    }

    /** SLF4J → Logback, two threads sharing the logger. */
    @Benchmark
    @Threads(2)
    public void logbackTwoThreads(Logback state, Pinned pinned) {
        logback(state, pinned);
    }

    /** SLF4J → Log4j2, two threads sharing the logger. */
    @Benchmark
    @Threads(2)
    public void log4j2TwoThreads(Log4j2 state, Pinned pinned) {
        log4j2(state, pinned);
    }
}
