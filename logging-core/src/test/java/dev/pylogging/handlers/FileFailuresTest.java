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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder that vanishes and a disk that refuses writes: reported, never thrown, and survived. */
class FileFailuresTest extends LoggingTestCase {

    @TempDir
    Path dir;

    @Test
    void aFolderThatDisappearsComesBackAtTheNextRollover() throws IOException {
        Path folder = dir.resolve("logs");
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
        assertThatCode(() -> {
            for (int i = 2; i <= 12; i++) {
                logger.warning("record %d", i);
            }
        }).doesNotThrowAnyException();
        handler.close();
        // Records 2 to 4 went to the deleted file, as with any open file; the first rollover
        // recreates the folder and nothing after it is lost.
        assertThat(Files.readString(folder.resolve("app.log.1"))).isEqualTo("record 5\nrecord 6\nrecord 7\nrecord 8\n");
        assertThat(Files.readString(log)).isEqualTo("record 9\nrecord 10\nrecord 11\nrecord 12\n");
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
}
