package dev.pylogging.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A DEBUG call below an INFO logger through the SLF4J API, for each binding. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class Slf4jDisabledBenchmark {

    private org.slf4j.Logger pylogging;
    private org.slf4j.Logger logback;
    private org.slf4j.Logger log4j2;
    private String argument = "argument";

    /** Configures the three loggers. */
    @Setup
    public void setUp() {
        pylogging = Slf4jLoggers.pylogging(PyLoggingSetup.disabled());
        logback = Slf4jLoggers.logback(LogbackSetup.disabled());
        log4j2 = Slf4jLoggers.log4j2(Log4j2Setup.disabled());
    }

    /** SLF4J → pylogging. */
    @Benchmark
    public void pylogging() {
        pylogging.debug("value {}", argument);
    }

    /** SLF4J → Logback. */
    @Benchmark
    public void logback() {
        logback.debug("value {}", argument);
    }

    /** SLF4J → Log4j2. */
    @Benchmark
    public void log4j2() {
        log4j2.debug("value {}", argument);
    }
}
