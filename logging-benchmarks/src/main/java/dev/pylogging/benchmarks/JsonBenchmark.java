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

/** {@link FileBenchmark}'s call written as a JSON line (ECS where the library has it), synced and buffered. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {

    /** The file work. */
    @State(Scope.Benchmark)
    public static class Work {
        /** Handed to the OS per record, or buffered. */
        @Param({"SYNC", "BUFFERED"})
        public Workload workload;
    }

    /** pylogging: JsonFormatter("ecs"). */
    @State(Scope.Benchmark)
    public static class Pylogging {
        dev.pylogging.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp(Work work) {
            dir = Workload.tempDir("json-pylogging");
            logger = JsonSetup.pylogging(work.workload, dir);
        }

        /** Closes and deletes its files. */
        @TearDown
        public void tearDown() {
            PyLoggingSetup.stop();
            Workload.delete(dir);
        }
    }

    /** Logback: JsonEncoder. */
    @State(Scope.Benchmark)
    public static class Logback {
        ch.qos.logback.classic.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp(Work work) {
            dir = Workload.tempDir("json-logback");
            logger = JsonSetup.logback(work.workload, dir);
        }

        /** Closes and deletes its files. */
        @TearDown
        public void tearDown() {
            LogbackSetup.stop(logger);
            Workload.delete(dir);
        }
    }

    /** Log4j2: JsonTemplateLayout with the ECS template. */
    @State(Scope.Benchmark)
    public static class Log4j2 {
        org.apache.logging.log4j.Logger logger;
        Path dir;

        /** Configures the logger. */
        @Setup
        public void setUp(Work work) {
            dir = Workload.tempDir("json-log4j2");
            logger = JsonSetup.log4j2(work.workload, dir);
        }

        /** Closes and deletes its files. */
        @TearDown
        public void tearDown() {
            Log4j2Setup.stop(logger);
            Workload.delete(dir);
        }
    }

    /** pylogging. */
    @Benchmark
    public void pylogging(Pylogging state) {
        state.logger.info("Pack my box with %d dozen %s", 5, "liquor jugs");
    }

    /** Logback. */
    @Benchmark
    public void logback(Logback state) {
        state.logger.info("Pack my box with {} dozen {}", 5, "liquor jugs");
    }

    /** Log4j2. */
    @Benchmark
    public void log4j2(Log4j2 state) {
        state.logger.info("Pack my box with {} dozen {}", 5, "liquor jugs");
    }
}
