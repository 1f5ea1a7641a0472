package dev.pylogging.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.Level;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.Python;
import dev.pylogging.Concurrently;
import dev.pylogging.Formatter;
import static dev.pylogging.TestFiles.contents;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Size-based rotation: the seed's naming and timing, compared with CPython's own handler. */
class RotatingFileHandlerTest extends LoggingTestCase {

    @TempDir
    Path dir;

    private Map<String, String> runJava(Path folder, long maxBytes, int backupCount, int records) throws IOException {
        Files.createDirectories(folder);
        Logger myLogger = Logging.getLogger("MyLogger");
        myLogger.setLevel(Level.DEBUG);
        RotatingFileHandler handler = new RotatingFileHandler(
                folder.resolve("logging_rotatingfile_example.out").toString(), maxBytes, backupCount);
        myLogger.addHandler(handler);
        for (int i = 0; i < records; i++) {
            myLogger.debug("i = %d", i);
        }
        handler.close();
        myLogger.removeHandler(handler);
        return contents(folder);
    }

    private static Map<String, String> runCPython(Path folder, long maxBytes, int backupCount, int records)
            throws IOException {
        Files.createDirectories(folder);
        String out = Python.run("rotating_oracle.py", "", Map.of(), folder.toString(), Long.toString(maxBytes),
                Integer.toString(backupCount), Integer.toString(records));
        Map<String, String> files = new TreeMap<>();
        for (String line : out.split("\n")) {
            String[] parts = line.split(" ", -1);
            files.put(parts[0], parts.length > 1 ? Python.unhex(parts[1]) : "");
        }
        return files;
    }

    @Test
    void theSeedsExampleWritesTheSameFilesAsCPython() throws IOException {
        Map<String, String> java = runJava(dir.resolve("java"), 20, 5, 20);
        Map<String, String> cpython = runCPython(dir.resolve("cpython"), 20, 5, 20);
        assertThat(java.keySet()).containsExactly("logging_rotatingfile_example.out",
                "logging_rotatingfile_example.out.1", "logging_rotatingfile_example.out.2",
                "logging_rotatingfile_example.out.3", "logging_rotatingfile_example.out.4",
                "logging_rotatingfile_example.out.5");
        assertThat(java).isEqualTo(cpython);
        assertThat(java.get("logging_rotatingfile_example.out")).isEqualTo("i = 19\n");
        assertThat(java.get("logging_rotatingfile_example.out.5")).isEqualTo("i = 9\ni = 10\n");
    }

    @Test
    void otherSizesAndBackupCountsMatchCPythonToo() throws IOException {
        int run = 0;
        for (long maxBytes : new long[] {0, 7, 50, 1000}) {
            for (int backupCount : new int[] {0, 1, 3}) {
                Logging.reset();
                Path javaDir = dir.resolve("java" + run);
                Path pyDir = dir.resolve("py" + run);
                run++;
                assertThat(runJava(javaDir, maxBytes, backupCount, 40)).as("maxBytes=%d backupCount=%d", maxBytes, backupCount)
                        .isEqualTo(runCPython(pyDir, maxBytes, backupCount, 40));
            }
        }
    }

    @Test
    void rollsOverBeforeARecordWouldReachMaxBytes() throws IOException {
        Path log = dir.resolve("app.log");
        RotatingFileHandler handler = new RotatingFileHandler(log.toString(), 100, 50);
        Logger logger = Logging.getLogger("size");
        logger.addHandler(handler);
        for (int i = 0; i < 200; i++) {
            logger.warning("record %03d %s", i, "x".repeat(i % 20));
        }
        handler.close();
        List<String> all = new ArrayList<>();
        for (int n = 50; n >= 1; n--) {
            Path backup = dir.resolve("app.log." + n);
            if (Files.exists(backup)) {
                assertThat(Files.size(backup)).isLessThan(100);
                all.addAll(Files.readAllLines(backup));
            }
        }
        all.addAll(Files.readAllLines(log));
        assertThat(all).hasSize(200);
        for (int i = 0; i < 200; i++) {
            assertThat(all.get(i)).startsWith(String.format("record %03d", i));
        }
    }

    @Test
    void anExistingFileCountsTowardsMaxBytesAfterARestart() throws IOException {
        Path log = dir.resolve("restart.log");
        Files.writeString(log, "x".repeat(90) + "\n");
        RotatingFileHandler handler = new RotatingFileHandler(log.toString(), 100, 2);
        Logger logger = Logging.getLogger("restart");
        logger.addHandler(handler);
        logger.warning("does not fit");
        handler.close();
        assertThat(Files.readString(dir.resolve("restart.log.1"))).isEqualTo("x".repeat(90) + "\n");
        assertThat(Files.readString(log)).isEqualTo("does not fit\n");
    }

    @Test
    void gzipCompressesBackups() throws IOException {
        Path log = dir.resolve("gz.log");
        RotatingFileHandler handler = new RotatingFileHandler(log.toString(), 20, 3);
        handler.setGzip(true);
        Logger logger = Logging.getLogger("gz");
        logger.addHandler(handler);
        for (int i = 0; i < 6; i++) {
            logger.warning("line number %d", i);
        }
        handler.close();
        assertThat(contents(dir).keySet()).containsExactly("gz.log", "gz.log.1.gz", "gz.log.2.gz", "gz.log.3.gz");
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("gz.log.1.gz")))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("line number 4\n");
        }
        assertThat(Files.readString(log)).isEqualTo("line number 5\n");
    }

    @Test
    void namerAndRotatorAreUsedForEveryBackup() throws IOException {
        Path log = dir.resolve("custom.log");
        RotatingFileHandler handler = new RotatingFileHandler(log.toString(), 10, 2);
        handler.setNamer(name -> name.replace("custom.log.", "custom-") + ".bak");
        List<String> rotated = new ArrayList<>();
        handler.setRotator((source, dest) -> {
            rotated.add(source.getFileName() + "->" + dest.getFileName());
            Files.move(source, dest);
        });
        Logger logger = Logging.getLogger("custom");
        logger.addHandler(handler);
        for (int i = 0; i < 4; i++) {
            logger.warning("record %d", i);
        }
        handler.close();
        assertThat(rotated).containsOnly("custom.log->custom-1.bak").hasSize(3);
        assertThat(contents(dir)).containsOnlyKeys("custom.log", "custom-1.bak", "custom-2.bak")
                .containsEntry("custom-2.bak", "record 1\n").containsEntry("custom-1.bak", "record 2\n");
    }

    @Test
    void fourThreadsLoseNoRecordAcrossRollovers() throws Exception {
        Path log = dir.resolve("threads.log");
        RotatingFileHandler handler = new RotatingFileHandler(log.toString(), 64 * 1024, 1000);
        handler.setFormatter(new Formatter("%(threadName)s %(message)s"));
        Logger logger = Logging.getLogger("rot.threads");
        logger.addHandler(handler);
        int threads = 4;
        int perThread = 25_000;
        Concurrently.run(threads, perThread, "w", i -> logger.warning("record %d", i));
        handler.close();
        Set<String> lines = new HashSet<>();
        int total = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                assertThat(Files.size(file)).isLessThan(64 * 1024);
                for (String line : Files.readAllLines(file)) {
                    assertThat(line).matches("w\\d record \\d+");
                    lines.add(line);
                    total++;
                }
            }
        }
        assertThat(total).isEqualTo(threads * perThread);
        assertThat(lines).hasSize(threads * perThread);
    }

    @Test
    void aThreadThatIsInterruptedWhenTheFileOpensDoesNotCloseIt() throws IOException {
        Path log = dir.resolve("interrupted.log");
        Files.writeString(log, "before\n");
        RotatingFileHandler handler = new RotatingFileHandler(log.toString(), "a", 1000, 2, null, true);
        Logger logger = Logging.getLogger("interrupted");
        logger.setPropagate(false);
        logger.addHandler(handler);
        Thread.currentThread().interrupt();
        try {
            logger.warning("opened by an interrupted thread");
        } finally {
            assertThat(Thread.interrupted()).as("the interrupt is left for its owner").isTrue();
        }
        logger.warning("and still open");
        handler.close();
        assertThat(Files.readString(log)).isEqualTo("before\nopened by an interrupted thread\nand still open\n");
    }

    @Test
    void bufferedRecordsCountTowardsTheSizeAsWrittenOnesDo() throws IOException {
        Map<String, Map<String, String>> runs = new TreeMap<>();
        for (boolean buffered : new boolean[] {false, true}) {
            Path folder = dir.resolve(buffered ? "buffered" : "immediate");
            Files.createDirectories(folder);
            RotatingFileHandler handler = new RotatingFileHandler(folder.resolve("app.log").toString(), 1000, 3);
            handler.setImmediateFlush(!buffered);
            Logger logger = Logging.getLogger("sized." + buffered);
            logger.setPropagate(false);
            logger.addHandler(handler);
            for (int i = 0; i < 70; i++) {
                logger.warning("record %02d %s", i, "x".repeat(36)); // 47 bytes with the newline: 21 to a file
            }
            handler.close();
            runs.put(buffered ? "buffered" : "immediate", contents(folder));
        }
        Map<String, String> immediate = runs.get("immediate");
        assertThat(immediate.keySet()).containsExactly("app.log", "app.log.1", "app.log.2", "app.log.3");
        assertThat(immediate.get("app.log.1")).hasSize(21 * 47).startsWith("record 42 ");
        assertThat(runs.get("buffered")).as("the same rollovers, byte for byte").isEqualTo(immediate);
    }

    @Test
    void negativeSizesAreRejectedByName() {
        String log = dir.resolve("bad.log").toString();
        assertThatThrownBy(() -> new RotatingFileHandler(log, -1, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxBytes").hasMessageContaining("-1");
        assertThatThrownBy(() -> new RotatingFileHandler(log, 10, -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("backupCount").hasMessageContaining("-2");
    }
}
