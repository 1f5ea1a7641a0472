package dev.pylogging.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** A DEBUG call with one argument on a logger whose effective level is INFO. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DisabledBenchmark {

    private dev.pylogging.Logger pylogging;
    private ch.qos.logback.classic.Logger logback;
    private org.apache.logging.log4j.Logger log4j2;
    private String argument = "argument";

    /** Configures the three loggers. */
    @Setup
    public void setUp() {
        pylogging = PyLoggingSetup.disabled();
        logback = LogbackSetup.disabled();
        log4j2 = Log4j2Setup.disabled();
    }

    /** pylogging. */
    @Benchmark
    public void pylogging() {
        pylogging.debug("value %s", argument);
    }

    /** Logback. */
    @Benchmark
    public void logback() {
        logback.debug("value {}", argument);
    }

    /** Log4j2. */
    @Benchmark
    public void log4j2() {
        log4j2.debug("value {}", argument);
    }
}
