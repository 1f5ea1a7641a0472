package dev.pylogging.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static dev.pylogging.TestFiles.contents;

import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.Python;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Time-based rotation driven by a fake clock, and its schedule compared with CPython's. */
class TimedRotatingFileHandlerTest extends LoggingTestCase {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TempDir
    Path dir;

    @Test
    void theFirstRolloverTimeMatchesCPythonForEveryWhen() {
        List<String> whens = new ArrayList<>(List.of("S", "M", "H", "D", "MIDNIGHT", "midnight", "h"));
        for (int d = 0; d < 7; d++) {
            whens.add("W" + d);
        }
        List<Long> times = new ArrayList<>();
        for (int day = 0; day < 8; day++) {
            // January and July: no DST change near, where CPython's computeRollover is exact.
            times.add(LocalDateTime.of(2024, 1, 8 + day, 13, 37, 11).atZone(PARIS).toEpochSecond());
            times.add(LocalDateTime.of(2024, 7, 8 + day, 0, 0, 0).atZone(PARIS).toEpochSecond());
            times.add(LocalDateTime.of(2024, 7, 8 + day, 23, 59, 59).atZone(PARIS).toEpochSecond());
        }
        StringBuilder input = new StringBuilder();
        List<Long> expectedFromJava = new ArrayList<>();
        for (String when : whens) {
            for (int interval : new int[] {1, 3}) {
                for (boolean utc : new boolean[] {false, true}) {
                    for (long t : times) {
                        input.append(when).append(' ').append(interval).append(' ').append(utc ? 1 : 0).append(' ')
                                .append(t).append('\n');
                        RolloverSchedule schedule = new RolloverSchedule(when, interval, utc ? ZoneOffset.UTC : PARIS);
                        expectedFromJava.add(schedule.nextRollover(Instant.ofEpochSecond(t)).getEpochSecond());
                    }
                }
            }
        }
        String[] cpython = Python.run("rollover_oracle.py", input.toString(), Map.of("TZ", "Europe/Paris")).split("\n");
        assertThat(cpython).hasSize(expectedFromJava.size());
        List<String> mismatches = new ArrayList<>();
        String[] cases = input.toString().split("\n");
        for (int i = 0; i < cpython.length; i++) {
            if (Long.parseLong(cpython[i]) != expectedFromJava.get(i)) {
                mismatches.add(cases[i] + ": CPython " + Instant.ofEpochSecond(Long.parseLong(cpython[i]))
                        + ", Java " + Instant.ofEpochSecond(expectedFromJava.get(i)));
            }
        }
        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "S, 1, 2024-01-10_10-20-30, PT1S",
        "S, 10, 2024-01-10_10-20-30, PT10S",
        "M, 1, 2024-01-10_10-20, PT1M",
        "M, 5, 2024-01-10_10-20, PT5M",
        "H, 1, 2024-01-10_10, PT1H",
        "h, 2, 2024-01-10_10, PT2H",
        "D, 1, 2024-01-10, PT24H",
        "d, 3, 2024-01-10, PT72H",
    })
    void rollsOverAfterEachIntervalAndNamesTheBackupAfterItsStart(String when, int interval, String suffix,
                                                                  Duration length) throws IOException {
        Instant start = Instant.parse("2024-01-10T10:20:30Z");
        MutableClock clock = new MutableClock(start, ZoneOffset.UTC);
        Path log = dir.resolve("app.log");
        TimedRotatingFileHandler handler = new TimedRotatingFileHandler(log.toString(), when, interval, 0, null,
                false, true, clock);
        Logger logger = Logging.getLogger("timed");
        logger.addHandler(handler);
        assertThat(handler.getRolloverAt()).isEqualTo(start.plus(length));
        logger.warning("a");
        clock.set(start.plus(length).minusSeconds(1));
        logger.warning("b");
        assertThat(contents(dir)).containsOnlyKeys("app.log");
        clock.set(start.plus(length));
        logger.warning("c");
        handler.close();
        assertThat(contents(dir)).containsExactly(Map.entry("app.log", "c\n"), Map.entry("app.log." + suffix, "a\nb\n"));
        assertThat(handler.getRolloverAt()).isEqualTo(start.plus(length).plus(length));
    }

    @Test
    void midnightRollsOverAtLocalMidnightAcrossADstChange() throws IOException {
        // 2024-03-31 has 23 hours in Paris: clocks go from 02:00 to 03:00.
        Instant start = LocalDateTime.of(2024, 3, 30, 15, 0).atZone(PARIS).toInstant();
        MutableClock clock = new MutableClock(start, PARIS);
        Path log = dir.resolve("midnight.log");
        TimedRotatingFileHandler handler = new TimedRotatingFileHandler(log.toString(), "midnight", 1, 0, null,
                false, false, clock);
        Logger logger = Logging.getLogger("midnight");
        logger.addHandler(handler);
        Instant first = LocalDateTime.of(2024, 3, 31, 0, 0).atZone(PARIS).toInstant();
        Instant second = LocalDateTime.of(2024, 4, 1, 0, 0).atZone(PARIS).toInstant();
        assertThat(handler.getRolloverAt()).isEqualTo(first);
        logger.warning("saturday");
        clock.set(first.plusSeconds(5));
        logger.warning("sunday");
        assertThat(handler.getRolloverAt()).isEqualTo(second);
        assertThat(Duration.between(first, second)).isEqualTo(Duration.ofHours(23));
        clock.set(second);
        logger.warning("monday");
        handler.close();
        assertThat(contents(dir)).containsExactly(Map.entry("midnight.log", "monday\n"),
                Map.entry("midnight.log.2024-03-30", "saturday\n"), Map.entry("midnight.log.2024-03-31", "sunday\n"));
    }

    @Test
    void weekdayRollsOverAtTheMidnightEndingThatDayAsCPythonDoes() throws IOException {
        Instant wednesdayNoon = Instant.parse("2024-01-10T12:00:00Z");
        MutableClock clock = new MutableClock(wednesdayNoon, ZoneOffset.UTC);
        TimedRotatingFileHandler w0 = new TimedRotatingFileHandler(dir.resolve("w0.log").toString(), "W0", 1, 0,
                null, true, true, clock);
        TimedRotatingFileHandler w2 = new TimedRotatingFileHandler(dir.resolve("w2.log").toString(), "w2", 1, 0,
                null, true, true, clock);
        assertThat(w0.getRolloverAt()).isEqualTo(Instant.parse("2024-01-16T00:00:00Z"));
        assertThat(w2.getRolloverAt()).isEqualTo(Instant.parse("2024-01-11T00:00:00Z"));
        Logger logger = Logging.getLogger("weekly");
        logger.addHandler(w2);
        logger.warning("week one");
        clock.set(Instant.parse("2024-01-11T00:00:01Z"));
        logger.warning("week two");
        assertThat(w2.getRolloverAt()).isEqualTo(Instant.parse("2024-01-18T00:00:00Z"));
        w2.close();
        assertThat(contents(dir)).containsEntry("w2.log.2024-01-04", "week one\n");
    }

    @Test
    void deletesOnlyItsOwnOldestBackupsBeyondBackupCount() throws IOException {
        Instant start = Instant.parse("2024-01-10T10:00:00Z");
        MutableClock clock = new MutableClock(start, ZoneOffset.UTC);
        Files.writeString(dir.resolve("app.log.2020-01-01_00-00-00.bak"), "someone else's");
        Files.writeString(dir.resolve("app.log.notes"), "someone else's");
        Files.writeString(dir.resolve("other.log.2020-01-01_00-00-00"), "another log");
        TimedRotatingFileHandler handler = new TimedRotatingFileHandler(dir.resolve("app.log").toString(), "S", 1, 2,
                null, false, true, clock);
        Logger logger = Logging.getLogger("keep2");
        logger.addHandler(handler);
        for (int i = 0; i < 5; i++) {
            logger.warning("second %d", i);
            clock.advance(Duration.ofSeconds(1));
        }
        handler.close();
        assertThat(contents(dir)).containsOnlyKeys("app.log", "app.log.2024-01-10_10-00-02",
                "app.log.2024-01-10_10-00-03", "app.log.2020-01-01_00-00-00.bak", "app.log.notes",
                "other.log.2020-01-01_00-00-00");
        assertThat(contents(dir)).containsEntry("app.log.2024-01-10_10-00-03", "second 3\n")
                .containsEntry("app.log", "second 4\n");
    }

    @Test
    void gzippedBackupsCountAsItsOwn() throws IOException {
        MutableClock clock = new MutableClock(Instant.parse("2024-01-10T10:00:00Z"), ZoneOffset.UTC);
        TimedRotatingFileHandler handler = new TimedRotatingFileHandler(dir.resolve("z.log").toString(), "S", 1, 1,
                null, false, true, clock);
        handler.setGzip(true);
        Logger logger = Logging.getLogger("gzt");
        logger.addHandler(handler);
        for (int i = 0; i < 3; i++) {
            logger.warning("s%d", i);
            clock.advance(Duration.ofSeconds(1));
        }
        handler.close();
        assertThat(contents(dir)).containsOnlyKeys("z.log", "z.log.2024-01-10_10-00-01.gz");
    }

    @Test
    void aRestartContinuesTheIntervalOfTheExistingFile() throws IOException {
        Path log = dir.resolve("restart.log");
        Files.writeString(log, "from yesterday\n");
        Instant yesterday = LocalDateTime.of(2024, 1, 9, 22, 0).atZone(PARIS).toInstant();
        Files.setLastModifiedTime(log, FileTime.from(yesterday));
        Instant todayMorning = LocalDateTime.of(2024, 1, 10, 8, 0).atZone(PARIS).toInstant();
        MutableClock clock = new MutableClock(todayMorning, PARIS);
        TimedRotatingFileHandler handler = new TimedRotatingFileHandler(log.toString(), "MIDNIGHT", 1, 0, null,
                false, false, clock);
        assertThat(handler.getRolloverAt()).isEqualTo(LocalDateTime.of(2024, 1, 10, 0, 0).atZone(PARIS).toInstant());
        Logger logger = Logging.getLogger("restarted");
        logger.addHandler(handler);
        logger.warning("from today");
        handler.close();
        assertThat(contents(dir)).containsExactly(Map.entry("restart.log", "from today\n"),
                Map.entry("restart.log.2024-01-09", "from yesterday\n"));

        Path hourly = dir.resolve("hourly.log");
        Files.writeString(hourly, "x\n");
        Files.setLastModifiedTime(hourly, FileTime.from(todayMorning.minusSeconds(1800)));
        TimedRotatingFileHandler resumed = new TimedRotatingFileHandler(hourly.toString(), "H", 1, 0, null, true,
                false, clock);
        assertThat(resumed.getRolloverAt()).as("half an hour into the interval").isEqualTo(todayMorning.plusSeconds(1800));
    }

    @Test
    void badWhenIntervalOrBackupCountIsNamed() {
        String log = dir.resolve("bad.log").toString();
        assertThatThrownBy(() -> new TimedRotatingFileHandler(log, "fortnight", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'fortnight'");
        assertThatThrownBy(() -> new TimedRotatingFileHandler(log, "W7", 1)).hasMessageContaining("'W7'");
        assertThatThrownBy(() -> new TimedRotatingFileHandler(log, "H", 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("interval 0");
        assertThatThrownBy(() -> new TimedRotatingFileHandler(log, "H", 1, -1, null, false, false))
                .hasMessageContaining("backupCount").hasMessageContaining("-1");
    }

    @Test
    void backupsRenamedByANamerAreDeletedBeyondBackupCountAndNoOtherFileIs() throws Exception {
        Path log = dir.resolve("app.log");
        MutableClock clock = new MutableClock(java.time.Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        TimedRotatingFileHandler handler = new TimedRotatingFileHandler(log.toString(), "D", 1, 2, null, false, true,
                clock);
        // As CPython's cookbook namer: app.log.2026-12-01 becomes app.2026-12-01.log.
        handler.setNamer(name -> name.replaceFirst("app\\.log\\.(.*)$", "app.$1.log"));
        java.nio.file.Files.writeString(dir.resolve("app.notes.log"), "not a backup");
        java.nio.file.Files.writeString(dir.resolve("app.2026-11-01.txt"), "not ours either");
        dev.pylogging.Logger logger = dev.pylogging.Logging.getLogger("namer");
        logger.addHandler(handler);
        for (int day = 0; day < 5; day++) {
            logger.warning("day %d", day);
            clock.advance(java.time.Duration.ofDays(1));
        }
        handler.close();
        assertThat(contents(dir)).containsOnlyKeys("app.log", "app.2026-12-03.log", "app.2026-12-04.log",
                "app.notes.log", "app.2026-11-01.txt");
        assertThat(contents(dir).get("app.2026-12-04.log")).isEqualTo("day 3\n");
    }
}
