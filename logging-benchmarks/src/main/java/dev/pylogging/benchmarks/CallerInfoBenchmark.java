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

/** As the file benchmark, the layout adding the caller's file and line. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CallerInfoBenchmark {

    /** The pylogging logger and its files. */
    @State(Scope.Benchmark)
    public static class Pylogging {
        dev.pylogging.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp() {
            dir = Workload.tempDir("pylogging");
            logger = PyloggingSetup.file(Workload.CALLER, dir);
        }

        /** Closes and deletes its files. */
        @TearDown
        public void tearDown() {
            PyloggingSetup.stop();
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
        public void setUp() {
            dir = Workload.tempDir("logback");
            logger = LogbackSetup.file(Workload.CALLER, dir);
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
        public void setUp() {
            dir = Workload.tempDir("log4j2");
            logger = Log4j2Setup.file(Workload.CALLER, dir);
        }

        /** Closes and deletes its files. */
        @TearDown
        public void tearDown() {
            Log4j2Setup.stop(logger);
            Workload.delete(dir);
        }
    }

    /** Pylogging, one thread. */
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
}
