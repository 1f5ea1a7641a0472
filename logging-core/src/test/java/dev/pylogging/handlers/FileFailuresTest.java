package dev.pylogging.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.pylogging.CapturedStderr;
import dev.pylogging.FileHandler;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder that vanishes and a disk that refuses writes: reported, never thrown, and survived. */
class FileFailuresTest extends LoggingTestCase {

    @TempDir
    Path dir;

    @Test
    void aFolderThatDisappearsIsReportedAndLoggingResumesWhenItIsBack() throws IOException {
        Path folder = dir.resolve("logs");
        Files.createDirectory(folder);
        Path log = folder.resolve("app.log");
        RotatingFileHandler handler = new RotatingFileHandler(log.toString(), 40, 3);
        Logger logger = Logging.getLogger("vanishing");
        logger.addHandler(handler);
        logger.warning("record 1");
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
        try (CapturedStderr err = new CapturedStderr()) {
            assertThatCode(() -> {
                for (int i = 2; i <= 12; i++) {
                    logger.warning("record %d", i);
                }
            }).doesNotThrowAnyException();
            // As in CPython, the handler does not make the folder again: each record it cannot write is reported.
            assertThat(err.text()).contains("No such file or directory");
        }
        assertThat(folder).doesNotExist();
        Files.createDirectory(folder);
        logger.warning("back");
        handler.close();
        assertThat(Files.readString(log)).isEqualTo("back\n");
    }

    @Test
    void aDiskThatRefusesAWriteIsReportedAndLoggingGoesOn() {
        Path full = Path.of("/dev/full");
        assertThat(full).exists();
        FileHandler handler = new FileHandler(full.toString());
        RotatingFileHandler rotating = new RotatingFileHandler(full.toString(), 10, 2);
        Logger logger = Logging.getLogger("full");
        logger.addHandler(handler);
        logger.addHandler(rotating);
        try (CapturedStderr err = new CapturedStderr()) {
            assertThatCode(() -> {
                logger.warning("first");
                logger.warning("second, well past maxBytes");
            }).doesNotThrowAnyException();
            assertThat(err.text().lines().toList()).hasSize(4)
                    .allSatisfy(line -> assertThat(line).contains("No space left on device"));
        }
        assertThat(dir.resolveSibling("full.1")).doesNotExist();
        handler.close();
        rotating.close();
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    @Test
    void aDiskThatFillsUpMidRecordLeavesWholeLinesOnceSpaceReturns() throws Exception {
        Path small = dir.resolve("small");
        Files.createDirectory(small);
        org.junit.jupiter.api.Assumptions.assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs",
                small.toString()), "a real full disk needs a 64 KiB tmpfs, which needs root and mount");
        try {
            Path filler = small.resolve("filler");
            Files.write(filler, new byte[60 * 1024]);
            Path log = small.resolve("app.log");
            FileHandler handler = new FileHandler(log.toString());
            Logger logger = Logging.getLogger("full.disk");
            logger.addHandler(handler);
            String padding = "y".repeat(150);
            try (CapturedStderr err = new CapturedStderr()) {
                for (int i = 0; i < 100; i++) {
                    logger.warning("record %d %s", i, padding);
                }
                assertThat(err.text()).contains("No space left on device");
            }
            Files.delete(filler);
            logger.warning("after the disk has room again");
            handler.close();
            List<String> lines = Files.readAllLines(log);
            assertThat(lines.get(lines.size() - 1)).isEqualTo("after the disk has room again");
            assertThat(lines.subList(0, lines.size() - 1)).isNotEmpty()
                    .allMatch(line -> line.matches("record \\d+ y{150}"));
        } finally {
            // A lazy unmount as a last resort, so that a failing test leaves no mount behind.
            if (!run("umount", small.toString())) {
                run("umount", "-l", small.toString());
            }
        }
    }
}
