package dev.pylogging.handlers;

import static dev.pylogging.TestFiles.contents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pylogging.CapturedStderr;
import dev.pylogging.Formatter;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Backups compressed off the logging thread: nothing lost when the JVM stops or the disk fills meanwhile. */
class BackgroundCompressionTest extends LoggingTestCase {

    @TempDir
    Path dir;

    private static String gunzip(Path file) throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Every line of the live file and of every backup, decompressed, in no particular order. */
    private static List<String> allLines(Path folder, String prefix) throws IOException {
        List<String> lines = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, prefix + "*")) {
            for (Path f : files) {
                String text = f.toString().endsWith(".gz") ? gunzip(f) : Files.readString(f);
                lines.addAll(text.lines().toList());
            }
        }
        return lines;
    }

    @Test
    void theRollReturnsWhileTheBackupIsStillBeingCompressed() throws Exception {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "closed file\n");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        Rotator slowGzip = (source, dest) -> {
            started.countDown();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            new GzipRotator().rotate(source, dest);
        };
        BackgroundCompressor compressor = new BackgroundCompressor(slowGzip, log, e -> { });
        compressor.rotate(log, dir.resolve("app.log.1.gz"));
        compressor.startStaged();
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(contents(dir)).containsOnly(java.util.Map.entry("app.log.1.gz.pending", "closed file\n"));
        release.countDown();
        assertThat(compressor.await(10_000)).isTrue();
        assertThat(contents(dir)).containsOnlyKeys("app.log.1.gz");
        assertThat(gunzip(dir.resolve("app.log.1.gz"))).isEqualTo("closed file\n");
    }

    @Test
    void turningGzipOnFinishesWhatAStoppedJvmLeft() throws Exception {
        Path log = dir.resolve("app.log");
        // Stopped mid-compression: the pending file and a partial backup.
        Files.writeString(dir.resolve("app.log.1.gz.pending"), "one\n");
        Files.write(dir.resolve("app.log.1.gz.part"), new byte[] {31, -117, 8});
        // Stopped after the backup was complete, before the pending file was deleted.
        Files.writeString(dir.resolve("app.log.2.gz.pending"), "two\n");
        gzip(dir.resolve("app.log.2.gz"), "two\n");
        Files.writeString(dir.resolve("other.log.1.gz.pending"), "not ours\n");
        RotatingFileHandler handler = new RotatingFileHandler(log.toString(), 1000, 5);
        handler.setGzip(true);
        handler.close();
        assertThat(contents(dir)).containsOnlyKeys("app.log", "app.log.1.gz", "app.log.2.gz", "other.log.1.gz.pending");
        assertThat(gunzip(dir.resolve("app.log.1.gz"))).isEqualTo("one\n");
        assertThat(gunzip(dir.resolve("app.log.2.gz"))).isEqualTo("two\n");
    }

    @Test
    void aJvmHaltedMidCompressionLosesNoRecord() throws Exception {
        Path log = dir.resolve("crash.log");
        int records = 150_000;
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), CompressionCrash.class.getName(),
                log.toString(), Integer.toString(records)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("child.out").toFile()).start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ended").isTrue();
        Files.delete(dir.resolve("child.out"));
        // A 4 MiB file takes the compressor tens of milliseconds; the halt came microseconds after the roll.
        assertThat(dir.resolve("crash.log.1.gz.pending")).exists();
        RotatingFileHandler handler = new RotatingFileHandler(log.toString(), 4 << 20, 10);
        handler.setGzip(true);
        handler.close();
        List<String> lines = allLines(dir, "crash.log");
        assertThat(contents(dir).keySet()).noneMatch(name -> name.endsWith(".pending") || name.endsWith(".part"));
        assertThat(lines).hasSize(records);
        assertThat(lines.stream().map(line -> Integer.valueOf(line.split(" ")[1])).distinct().sorted().toList())
                .isEqualTo(java.util.stream.IntStream.range(0, records).boxed().toList());
    }

    @Test
    void retentionCountsABackupStillWaitingForCompression() throws Exception {
        Path log = dir.resolve("app.log");
        SizeAndTimeRotatingFileHandler handler = new SizeAndTimeRotatingFileHandler(log.toString(), "midnight", 1, 40,
                2, 0, true, new MutableClock(java.time.Instant.parse("2026-12-01T10:00:00Z"), java.time.ZoneOffset.UTC));
        handler.setGzip(true);
        handler.setFormatter(new Formatter("%(message)s"));
        Logger logger = Logging.getLogger("pending.count");
        logger.addHandler(handler);
        for (int i = 0; i < 8; i++) {
            logger.warning("line %d is about thirty bytes", i);
        }
        handler.close();
        assertThat(contents(dir)).containsOnlyKeys("app.log", "app.log.2026-12-01.5.gz", "app.log.2026-12-01.6.gz");
        assertThat(gunzip(dir.resolve("app.log.2026-12-01.6.gz"))).isEqualTo("line 6 is about thirty bytes\n");
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(OutputStream.nullOutputStream());
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void aDiskThatFillsDuringARollKeepsTheBackupAndCompressesItOnceSpaceReturns() throws Exception {
        Path small = dir.resolve("small");
        Files.createDirectory(small);
        Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", small.toString()),
                "a real full disk needs a 256 KiB tmpfs, which needs root and mount");
        try {
            Path log = small.resolve("app.log");
            RotatingFileHandler handler = new RotatingFileHandler(log.toString(), 32 * 1024, 5);
            handler.setGzip(true);
            handler.setFormatter(new Formatter("%(message)s"));
            Logger logger = Logging.getLogger("full.roll");
            logger.addHandler(handler);
            Random random = new Random(7);
            List<String> kept = new ArrayList<>();
            for (int i = 0; i < 250; i++) {
                String line = "before " + i + " " + Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong())
                        + "x".repeat(60);
                logger.warning("%s", line);
                kept.add(line);
            }
            Path filler = small.resolve("filler");
            try (OutputStream out = Files.newOutputStream(filler)) {
                byte[] chunk = new byte[4096];
                while (true) {
                    out.write(chunk);
                }
            } catch (IOException full) {
                // The disk is full.
            }
            try (CapturedStderr err = new CapturedStderr()) {
                logger.warning("%s", "r".repeat(8 * 1024));
                await().atMost(Duration.ofSeconds(10)).until(() -> err.text().contains("stays uncompressed"));
                assertThat(err.text()).contains("No space left on device");
            }
            assertThat(contents(small).keySet()).contains("app.log.1.gz.pending").doesNotContain("app.log.1.gz.part");
            Files.delete(filler);
            for (int i = 0; i < 400; i++) {
                String line = "after " + i + " " + "y".repeat(90);
                logger.warning("%s", line);
                kept.add(line);
            }
            handler.close();
            assertThat(contents(small).keySet()).noneMatch(name -> name.endsWith(".pending") || name.endsWith(".part"))
                    .contains("app.log.2.gz", "app.log.1.gz");
            assertThat(allLines(small, "app.log")).containsAll(kept);
        } finally {
            // A lazy unmount as a last resort, so that a failing test leaves no mount behind.
            if (!run("umount", small.toString())) {
                run("umount", "-l", small.toString());
            }
        }
    }
}
