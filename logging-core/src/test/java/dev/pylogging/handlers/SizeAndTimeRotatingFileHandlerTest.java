package dev.pylogging.handlers;

import static dev.pylogging.TestFiles.contents;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.Formatter;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rolling by day and by size together, with a count and a total size kept, on a real folder and a fake clock. */
class SizeAndTimeRotatingFileHandlerTest extends LoggingTestCase {

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);

    private Logger logger(SizeAndTimeRotatingFileHandler handler) {
        handler.setFormatter(new Formatter("%(message)s"));
        Logger logger = Logging.getLogger("sized.timed");
        logger.setPropagate(false);
        logger.addHandler(handler);
        return logger;
    }

    private SizeAndTimeRotatingFileHandler handler(long maxBytes, int backupCount, long cap) {
        return new SizeAndTimeRotatingFileHandler(dir.resolve("app.log").toString(), "midnight", 1, maxBytes,
                backupCount, cap, true, clock);
    }

    @Test
    void rollsWithinADayBySizeAndAtMidnightStartsTheNextDayAtZero() throws Exception {
        SizeAndTimeRotatingFileHandler handler = handler(20, 0, 0);
        Logger log = logger(handler);
        for (int i = 0; i < 5; i++) {
            log.warning("day one line %d", i);
        }
        clock.advance(Duration.ofDays(1));
        log.warning("day two line 0");
        log.warning("day two line 1");
        handler.close();
        Map<String, String> files = contents(dir);
        assertThat(files).containsOnlyKeys("app.log", "app.log.2026-12-01.0", "app.log.2026-12-01.1",
                "app.log.2026-12-01.2", "app.log.2026-12-01.3", "app.log.2026-12-01.4", "app.log.2026-12-02.0");
        assertThat(files.get("app.log.2026-12-01.0")).isEqualTo("day one line 0\n");
        assertThat(files.get("app.log.2026-12-01.4")).isEqualTo("day one line 4\n");
        assertThat(files.get("app.log.2026-12-02.0")).isEqualTo("day two line 0\n");
        assertThat(files.get("app.log")).isEqualTo("day two line 1\n");
    }

    @Test
    void keepsBackupCountAndTheTotalCapAndNothingThatIsNotOurs() throws Exception {
        Files.writeString(dir.resolve("app.log.2026-11-30.notes"), "not a backup");
        Files.writeString(dir.resolve("other.log.2026-11-30.0"), "another handler's");
        SizeAndTimeRotatingFileHandler handler = handler(30, 3, 100);
        Logger log = logger(handler);
        for (int day = 0; day < 3; day++) {
            for (int i = 0; i < 4; i++) {
                log.warning("day %d line %d of many", day, i);
                long total = contents(dir).entrySet().stream().filter(e -> e.getKey().startsWith("app.log")
                        && !e.getKey().endsWith("notes")).mapToLong(e -> e.getValue().length()).sum();
                assertThat(total).as("everything kept, after day %d line %d", day, i).isLessThanOrEqualTo(100);
            }
            clock.advance(Duration.ofDays(1));
        }
        handler.close();
        Map<String, String> files = contents(dir);
        assertThat(files).containsKeys("app.log.2026-11-30.notes", "other.log.2026-11-30.0");
        assertThat(files.keySet().stream().filter(n -> n.matches("app\\.log\\.\\d{4}-\\d\\d-\\d\\d\\.\\d+"))).hasSizeLessThanOrEqualTo(3);
        assertThat(files.get("app.log")).isEqualTo("day 2 line 3 of many\n");
    }

    @Test
    void aRestartWithinTheDayGoesOnWithTheNextIndex() throws Exception {
        SizeAndTimeRotatingFileHandler first = handler(20, 0, 0);
        Logger log = logger(first);
        log.warning("first run line 0");
        log.warning("first run line 1");
        first.close();
        log.removeHandler(first);
        SizeAndTimeRotatingFileHandler second = handler(20, 0, 0);
        log.addHandler(second);
        second.setFormatter(new Formatter("%(message)s"));
        log.warning("second run line 0");
        second.close();
        assertThat(contents(dir)).containsOnlyKeys("app.log", "app.log.2026-12-01.0", "app.log.2026-12-01.1")
                .containsEntry("app.log.2026-12-01.1", "first run line 1\n")
                .containsEntry("app.log", "second run line 0\n");
    }

    @Test
    void negativeSizesAndUnknownUnitsAreRefusedByName() {
        assertThatThrownBy(() -> handler(-1, 0, 0))
                .hasMessage("maxBytes, backupCount and totalSizeCap must be 0 or more, not -1, 0 and 0");
        assertThatThrownBy(() -> new SizeAndTimeRotatingFileHandler(dir.resolve("x.log").toString(), "fortnight", 1, 0,
                0, 0, true, clock)).hasMessageContaining("Invalid rollover interval specified: 'fortnight'");
    }
}
