package dev.pylogging.handlers;

import dev.pylogging.LogRecord;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rolls its file over at timed intervals: {@code when} is {@code S}, {@code M}, {@code H},
 * {@code D} (seconds, minutes, hours, days of {@code interval}), {@code midnight}, or
 * {@code W0}..{@code W6} (at midnight before Monday..Sunday), in any case. A backup is named
 * after the start of the period it holds ({@code app.log.2024-01-31}, or with time down to
 * {@code _HH-mm-ss} for shorter intervals); beyond {@code backupCount} backups the oldest of this
 * handler's own backups are deleted, never other files.
 *
 * <p>The first rollover after a restart is computed from the file's last change, so a file left
 * from yesterday rolls over with the first record of today. Midnight and weekday rollovers are
 * computed in wall time ({@code utc} for UTC, else the clock's zone), so DST changes do not shift
 * them. The clock can be injected for tests.
 */
public class TimedRotatingFileHandler extends BaseRotatingHandler {

    private final RolloverSchedule schedule;
    private final int backupCount;
    private final boolean utc;
    private final Clock clock;
    /** Guarded by the handler lock. */
    private Instant rolloverAt;

    /**
     * Creates a handler that rolls over every hour, keeping every backup (CPython's defaults).
     *
     * @param filename the file
     */
    public TimedRotatingFileHandler(String filename) {
        this(filename, "h", 1);
    }

    /**
     * Creates a handler that rolls over every {@code when}, keeping every backup.
     *
     * @param filename the file
     * @param when the interval unit: S, M, H, D, midnight, W0..W6
     */
    public TimedRotatingFileHandler(String filename, String when) {
        this(filename, when, 1);
    }

    /**
     * Creates a handler that rolls over every {@code interval} {@code when}s, keeping every backup.
     *
     * @param filename the file
     * @param when the interval unit: S, M, H, D, midnight, W0..W6
     * @param interval how many units between rollovers
     */
    public TimedRotatingFileHandler(String filename, String when, int interval) {
        this(filename, when, interval, 0, null, false, false);
    }

    /**
     * Creates a handler with Python's parameters, in the system clock and zone.
     *
     * @param filename the file
     * @param when the interval unit: S, M, H, D, midnight, W0..W6, in any case
     * @param interval how many units between rollovers, 1 or more
     * @param backupCount how many backups to keep; 0 keeps all
     * @param encoding a charset name, or {@code null} for UTF-8
     * @param delay true to open the file only when the first record arrives
     * @param utc true to compute times in UTC rather than local time
     * @throws IllegalArgumentException naming the value for an unknown {@code when}, an
     *     {@code interval} below 1 or a negative {@code backupCount}
     */
    public TimedRotatingFileHandler(String filename, String when, int interval, int backupCount, String encoding,
                                    boolean delay, boolean utc) {
        this(filename, when, interval, backupCount, encoding, delay, utc, Clock.systemDefaultZone());
    }

    /**
     * Creates a handler whose time comes from {@code clock}; local time is the clock's zone.
     *
     * @param filename the file
     * @param when the interval unit: S, M, H, D, midnight, W0..W6, in any case
     * @param interval how many units between rollovers, 1 or more
     * @param backupCount how many backups to keep; 0 keeps all
     * @param encoding a charset name, or {@code null} for UTF-8
     * @param delay true to open the file only when the first record arrives
     * @param utc true to compute times in UTC rather than the clock's zone
     * @param clock the source of the current time
     * @throws IllegalArgumentException naming the value for an unknown {@code when}, an
     *     {@code interval} below 1 or a negative {@code backupCount}
     */
    public TimedRotatingFileHandler(String filename, String when, int interval, int backupCount, String encoding,
                                    boolean delay, boolean utc, Clock clock) {
        super(filename, "a", encoding, delay);
        if (backupCount < 0) {
            throw new IllegalArgumentException("backupCount must be 0 or positive, not " + backupCount);
        }
        this.schedule = new RolloverSchedule(when, interval, utc ? ZoneOffset.UTC : clock.getZone());
        this.backupCount = backupCount;
        this.utc = utc;
        this.clock = clock;
        Instant start = clock.instant();
        try {
            if (Files.isRegularFile(getPath())) {
                start = Files.getLastModifiedTime(getPath()).toInstant();
            }
        } catch (IOException ignored) {
            // An unreadable time stamp: count the first interval from now.
        }
        this.rolloverAt = schedule.nextRollover(start);
        openUnlessDelayed();
    }

    /** Returns the unit of the interval, upper case: S, M, H, D, MIDNIGHT or W0..W6. */
    public String getWhen() {
        return schedule.when();
    }

    /** Returns the interval in seconds (for midnight and weekdays, its nominal length). */
    public long getIntervalSeconds() {
        return schedule.intervalSeconds();
    }

    /** Returns how many backups are kept; 0 keeps all. */
    public int getBackupCount() {
        return backupCount;
    }

    /** Returns true when times are computed in UTC. */
    public boolean isUtc() {
        return utc;
    }

    /** Returns when the next rollover is due. */
    public Instant getRolloverAt() {
        acquire();
        try {
            return rolloverAt;
        } finally {
            release();
        }
    }

    @Override
    protected boolean shouldRollover(LogRecord record, int length) {
        Instant now = clock.instant();
        if (now.isBefore(rolloverAt)) {
            return false;
        }
        if (Files.exists(getPath()) && !Files.isRegularFile(getPath())) {
            // Never roll over a pipe or device; just move the schedule on.
            rolloverAt = schedule.nextRollover(now);
            return false;
        }
        return true;
    }

    @Override
    public void doRollover() throws IOException {
        closeForRollover();
        Instant now = clock.instant();
        Path dest = Path.of(rotationFilename(getBaseFilename() + "." + schedule.suffix(schedule.periodStart(rolloverAt))));
        deleteBackup(dest);
        rotate(getPath(), dest);
        if (backupCount > 0) {
            for (Path old : getFilesToDelete()) {
                Files.deleteIfExists(old);
            }
        }
        reopenAfterRollover();
        rolloverAt = schedule.following(rolloverAt, now);
    }

    /**
     * Returns this handler's oldest backups beyond {@code backupCount}: the files whose name is
     * what {@link #rotationFilename} makes of {@code <file>.<suffix>} for some suffix this
     * schedule writes, so that backups a namer renamed (to {@code app.2026-12-01.log}, or with
     * {@code .gz}) are found and another file is never taken for one. Oldest is by suffix.
     *
     * @throws IOException when the folder cannot be read
     */
    public List<Path> getFilesToDelete() throws IOException {
        Path dir = getPath().getParent();
        String base = getBaseFilename();
        List<Map.Entry<String, Path>> backups = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String suffix = ownSuffix(base, entry);
                if (suffix != null) {
                    backups.add(Map.entry(suffix, entry));
                }
            }
        }
        if (backups.size() <= backupCount) {
            return List.of();
        }
        backups.sort(Map.Entry.comparingByKey());
        return backups.subList(0, backups.size() - backupCount).stream().map(Map.Entry::getValue).toList();
    }

    /** Returns the suffix of the backup {@code entry} is, or null when it is not one of ours. */
    private String ownSuffix(String base, Path entry) {
        for (String suffix : schedule.suffixesIn(entry.getFileName().toString())) {
            if (isBackup(entry, base + "." + suffix)) {
                return suffix;
            }
        }
        return null;
    }
}
