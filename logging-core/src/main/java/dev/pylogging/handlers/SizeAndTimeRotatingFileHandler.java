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
import java.util.Comparator;
import java.util.List;

/**
 * Rolls a file over at each time boundary ({@code when}/{@code interval}, as
 * {@link TimedRotatingFileHandler}) and, within a period, whenever the next record would pass
 * {@code maxBytes}: {@code app.log.2026-12-01.0}, {@code app.log.2026-12-01.1} … (a namer can
 * rename them, adding {@code .gz} for instance). After every roll, and at start, it keeps at most
 * {@code backupCount} backups and at most {@code totalSizeCap} bytes in all (the live file
 * included, with room for it to grow to {@code maxBytes}, so the cap holds between rolls too),
 * deleting its own oldest backups first and never a file that is not one of them. A
 * restart within a period goes on with the next index. A backup is deleted only after its
 * successor exists.
 */
public class SizeAndTimeRotatingFileHandler extends BaseRotatingHandler {

    private final RolloverSchedule schedule;
    private final long maxBytes;
    private final int backupCount;
    private final long totalSizeCap;
    private final Clock clock;
    private Instant rolloverAt;
    private int nextIndex;

    /**
     * Creates the handler.
     *
     * @param filename the live file
     * @param when S, M, H, D, MIDNIGHT or W0..W6, in any case
     * @param interval how many units a period lasts
     * @param maxBytes the most a file may hold before the next record rolls it over; 0 rolls by time only
     * @param backupCount how many backups to keep; 0 keeps all
     * @param totalSizeCap the most bytes the live file and its backups may hold together; 0 sets no cap
     * @param utc true to compute the boundaries in UTC
     * @throws IllegalArgumentException naming a negative size, count or cap, or an unknown {@code when}
     */
    public SizeAndTimeRotatingFileHandler(String filename, String when, int interval, long maxBytes, int backupCount,
                                          long totalSizeCap, boolean utc) {
        this(filename, when, interval, maxBytes, backupCount, totalSizeCap, utc, Clock.systemDefaultZone());
    }

    /**
     * Creates the handler with a clock, for tests.
     *
     * @param filename the live file
     * @param when S, M, H, D, MIDNIGHT or W0..W6, in any case
     * @param interval how many units a period lasts
     * @param maxBytes the most a file may hold before the next record rolls it over; 0 rolls by time only
     * @param backupCount how many backups to keep; 0 keeps all
     * @param totalSizeCap the most bytes the live file and its backups may hold together; 0 sets no cap
     * @param utc true to compute the boundaries in UTC
     * @param clock the clock
     */
    public SizeAndTimeRotatingFileHandler(String filename, String when, int interval, long maxBytes, int backupCount,
                                          long totalSizeCap, boolean utc, Clock clock) {
        super(filename, "a", null, false);
        if (maxBytes < 0 || backupCount < 0 || totalSizeCap < 0) {
            throw new IllegalArgumentException("maxBytes, backupCount and totalSizeCap must be 0 or more, not "
                    + maxBytes + ", " + backupCount + " and " + totalSizeCap);
        }
        this.schedule = new RolloverSchedule(when, interval, utc ? ZoneOffset.UTC : clock.getZone());
        this.maxBytes = maxBytes;
        this.backupCount = backupCount;
        this.totalSizeCap = totalSizeCap;
        this.clock = clock;
        Instant start = clock.instant();
        try {
            if (Files.isRegularFile(getPath())) {
                // A file written in an earlier period belongs to it; one stamped in the future does not.
                Instant modified = Files.getLastModifiedTime(getPath()).toInstant();
                start = modified.isBefore(start) ? modified : start;
            }
        } catch (IOException ignored) {
            // An unreadable time stamp: count the first period from now.
        }
        this.rolloverAt = schedule.nextRollover(start);
        this.nextIndex = nextIndexFor(currentSuffix());
        try {
            applyRetention();
        } catch (IOException ignored) {
            // Retention is applied again at the next roll.
        }
        openUnlessDelayed();
    }

    private String currentSuffix() {
        return schedule.suffix(schedule.periodStart(rolloverAt));
    }

    /** The next free index of the period {@code suffix}, after the backups a previous run left. */
    private int nextIndexFor(String suffix) {
        int next = 0;
        for (Backup b : backups()) {
            if (b.suffix.equals(suffix)) {
                next = Math.max(next, b.index + 1);
            }
        }
        return next;
    }

    @Override
    protected boolean shouldRollover(LogRecord record, int length) {
        if (Files.exists(getPath()) && !Files.isRegularFile(getPath())) {
            return false;
        }
        if (!clock.instant().isBefore(rolloverAt)) {
            return true;
        }
        return maxBytes > 0 && streamSize() > 0 && streamSize() + length > maxBytes;
    }

    @Override
    public void doRollover() throws IOException {
        closeForRollover();
        Instant now = clock.instant();
        if (Files.isRegularFile(getPath()) && Files.size(getPath()) > 0) {
            Path dest = Path.of(rotationFilename(getBaseFilename() + "." + currentSuffix() + "." + nextIndex));
            rotate(getPath(), dest);
            nextIndex++;
        }
        if (!now.isBefore(rolloverAt)) {
            rolloverAt = schedule.following(rolloverAt, now);
            nextIndex = nextIndexFor(currentSuffix());
        }
        applyRetention();
        reopenAfterRollover();
    }

    /** Deletes the oldest backups beyond {@code backupCount}, then while everything passes {@code totalSizeCap}. */
    private void applyRetention() throws IOException {
        List<Backup> all = backups();
        all.sort(Comparator.comparing((Backup b) -> b.suffix).thenComparingInt(b -> b.index));
        int excess = backupCount > 0 ? all.size() - backupCount : 0;
        for (int i = 0; i < excess; i++) {
            Files.deleteIfExists(all.get(i).path);
        }
        List<Backup> kept = new ArrayList<>(all.subList(Math.max(0, excess), all.size()));
        if (totalSizeCap > 0) {
            // Room is kept for the live file to grow to maxBytes, so the cap holds between rolls too.
            long live = Files.isRegularFile(getPath()) ? Files.size(getPath()) : 0;
            long total = Math.max(live, maxBytes);
            for (Backup b : kept) {
                total += b.size;
            }
            for (int i = 0; i < kept.size() && total > totalSizeCap; i++) {
                Files.deleteIfExists(kept.get(i).path);
                total -= kept.get(i).size;
            }
        }
    }

    /** One of this handler's backups: {@code <file>.<suffix>.<index>} through the namer. */
    private record Backup(Path path, String suffix, int index, long size) {
    }

    /** Lists this handler's own backups: a file is one only if the namer makes its exact name. */
    private List<Backup> backups() {
        List<Backup> found = new ArrayList<>();
        Path dir = getPath().getParent();
        String base = getBaseFilename();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String name = entry.getFileName().toString();
                for (String suffix : schedule.suffixesIn(name)) {
                    int at = name.indexOf(suffix) + suffix.length();
                    if (at < name.length() && name.charAt(at) == '.') {
                        int end = at + 1;
                        while (end < name.length() && Character.isDigit(name.charAt(end))) {
                            end++;
                        }
                        if (end > at + 1) {
                            int index = Integer.parseInt(name.substring(at + 1, Math.min(end, at + 10)));
                            if (isBackup(entry, base + "." + suffix + "." + index)) {
                                found.add(new Backup(entry, suffix, index, Files.size(entry)));
                            }
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return found;
        }
        return found;
    }
}
