package dev.pylogging.benchmarks;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
 * The ceiling for {@code fileSync}: the same 78-byte line, already formatted, written to a file
 * with one system call per record and no logging library at all.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@State(Scope.Benchmark)
public class CeilingBenchmark {

    private static final byte[] LINE = "2026-11-26 04:00:00,123 - bench.sync - INFO - Pack my box with 5 dozen liquor jugs\n"
            .getBytes(StandardCharsets.UTF_8);

    private Path dir;
    private FileOutputStream stream;
    private FileChannel channel;
    private final ByteBuffer direct = ByteBuffer.allocateDirect(8192);

    /** Opens the files. */
    @Setup
    public void setUp() throws IOException {
        dir = Workload.tempDir("ceiling");
        stream = new FileOutputStream(dir.resolve("stream.log").toFile(), true);
        channel = FileChannel.open(dir.resolve("channel.log"), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
    }

    /** Closes and deletes the files. */
    @TearDown
    public void tearDown() throws IOException {
        stream.close();
        channel.close();
        Workload.delete(dir);
    }

    /** {@code FileOutputStream.write}: one {@code write(2)} from a heap array. */
    @Benchmark
    public void stream() throws IOException {
        stream.write(LINE, 0, LINE.length);
    }

    /** {@code FileChannel.write} from a direct buffer. */
    @Benchmark
    public void channel() throws IOException {
        ByteBuffer b = direct;
        b.clear();
        b.put(LINE);
        b.flip();
        channel.write(b);
    }
}
