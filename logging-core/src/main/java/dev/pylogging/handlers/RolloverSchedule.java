package dev.pylogging.handlers;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a {@link TimedRotatingFileHandler} rolls over, and how its backups are named: CPython's
 * {@code when}/{@code interval} rules. Calendar rollovers (midnight, weekdays) are computed in the
 * zone's wall time, so they stay at midnight across DST changes; {@code Wn} rolls over at the
 * midnight that ends weekday {@code n} (0 is Monday), as CPython does.
 */
final class RolloverSchedule {

    private final String when;
    private final int interval;
    private final long intervalSeconds;
    private final DayOfWeek dayOfWeek;
    private final ZoneId zone;
    private final DateTimeFormatter suffix;
    private final Pattern suffixPattern;

    RolloverSchedule(String when, int interval, ZoneId zone) {
        if (when == null) {
            throw new IllegalArgumentException("Invalid rollover interval specified: null");
        }
        String w = when.toUpperCase(Locale.ROOT);
        if (interval < 1) {
            throw new IllegalArgumentException("Invalid rollover interval " + interval + ": must be 1 or more");
        }
        this.when = w;
        this.interval = interval;
        this.zone = zone;
        DayOfWeek day = null;
        long unit;
        String pattern;
        String regex;
        switch (w) {
            case "S" -> {
                unit = 1;
                pattern = "yyyy-MM-dd_HH-mm-ss";
                regex = "\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}-\\d{2}";
            }
            case "M" -> {
                unit = 60;
                pattern = "yyyy-MM-dd_HH-mm";
                regex = "\\d{4}-\\d{2}-\\d{2}_\\d{2}-\\d{2}";
            }
            case "H" -> {
                unit = 3600;
                pattern = "yyyy-MM-dd_HH";
                regex = "\\d{4}-\\d{2}-\\d{2}_\\d{2}";
            }
            case "D", "MIDNIGHT" -> {
                unit = 86_400;
                pattern = "yyyy-MM-dd";
                regex = "\\d{4}-\\d{2}-\\d{2}";
            }
            default -> {
                if (w.length() != 2 || w.charAt(0) != 'W' || w.charAt(1) < '0' || w.charAt(1) > '6') {
                    throw new IllegalArgumentException("Invalid rollover interval specified: '" + when
                            + "'; expected S, M, H, D, MIDNIGHT or W0 (Monday) to W6 (Sunday)");
                }
                day = DayOfWeek.of(w.charAt(1) - '0' + 1);
                unit = 7 * 86_400;
                pattern = "yyyy-MM-dd";
                regex = "\\d{4}-\\d{2}-\\d{2}";
            }
        }
        this.dayOfWeek = day;
        this.intervalSeconds = unit * interval;
        this.suffix = DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
        this.suffixPattern = Pattern.compile(regex);
    }

    String when() {
        return when;
    }

    long intervalSeconds() {
        return intervalSeconds;
    }

    private boolean calendar() {
        return when.equals("MIDNIGHT") || dayOfWeek != null;
    }

    /** Returns the first rollover instant after {@code from}, CPython's {@code computeRollover}. */
    Instant nextRollover(Instant from) {
        if (!calendar()) {
            return from.plusSeconds(intervalSeconds);
        }
        LocalDate day = from.atZone(zone).toLocalDate();
        if (dayOfWeek != null) {
            // CPython's Wn rolls over at the midnight that ends weekday n.
            day = day.with(TemporalAdjusters.nextOrSame(dayOfWeek));
        }
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Returns the rollover after {@code previous}, for a handler that rolled at or after it. */
    Instant following(Instant previous, Instant now) {
        Instant next = nextRollover(now);
        if (calendar() && interval > 1) {
            // Midnight and weekday intervals count whole days or weeks from the last rollover.
            ZonedDateTime last = previous.atZone(zone);
            ZonedDateTime candidate = dayOfWeek != null
                    ? last.toLocalDate().plusWeeks(interval).atStartOfDay(zone)
                    : last.toLocalDate().plusDays(interval).atStartOfDay(zone);
            while (!candidate.toInstant().isAfter(now)) {
                candidate = dayOfWeek != null ? candidate.plusWeeks(interval) : candidate.plusDays(interval);
            }
            next = candidate.toInstant();
        }
        return next;
    }

    /** Returns the start of the period that ends at {@code rolloverAt}: the time a backup is named after. */
    Instant periodStart(Instant rolloverAt) {
        if (!calendar()) {
            return rolloverAt.minusSeconds(intervalSeconds);
        }
        ZonedDateTime end = rolloverAt.atZone(zone);
        ZonedDateTime start = dayOfWeek != null ? end.minusWeeks(interval) : end.minusDays(interval);
        return start.toLocalDate().atStartOfDay(zone).toInstant();
    }

    String suffix(Instant instant) {
        return suffix.format(instant.atZone(zone));
    }

    /** Returns every substring of {@code name} that is a suffix this schedule writes. */
    List<String> suffixesIn(String name) {
        List<String> found = new ArrayList<>();
        Matcher m = suffixPattern.matcher(name);
        for (int i = 0; i < name.length(); i++) {
            if (Character.isDigit(name.charAt(i)) && m.region(i, name.length()).lookingAt()) {
                found.add(m.group());
            }
        }
        return found;
    }
}
