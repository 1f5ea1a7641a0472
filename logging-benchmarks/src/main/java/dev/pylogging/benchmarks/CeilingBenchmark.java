package dev.pylogging.benchmarks;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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

/**
 * The ceiling for {@code fileSync}: the line the libraries write (83 bytes), already formatted,
 * written to a file by {@code FileOutputStream.write}, one system call per record, with no
 * logging library at all.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class CeilingBenchmark {

    /** The line every library writes, preformatted. */
    static final byte[] LINE =
            "2026-11-26 04:00:00,123 - bench.sync - INFO - Pack my box with 5 dozen liquor jugs\n"
                    .getBytes(StandardCharsets.UTF_8);

    private Path dir;
    private FileOutputStream stream;

    /** Opens the file. */
    @Setup
    public void setUp() throws IOException {
        dir = Workload.tempDir("ceiling");
        stream = new FileOutputStream(dir.resolve("ceiling.log").toFile(), true);
    }

    /** Closes and deletes the file. */
    @TearDown
    public void tearDown() throws IOException {
        stream.close();
        Workload.delete(dir);
    }

    /** {@code FileOutputStream.write}: one {@code write(2)} from a heap array. */
    @Benchmark
    public void write(Pinned pinned) throws IOException {
        stream.write(LINE, 0, LINE.length);
    }
}
