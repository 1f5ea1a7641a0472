package dev.pylogging;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A C {@code strftime} pattern, compiled once, rendered in the C locale as CPython's
 * {@code time.strftime} does on glibc. Unknown directives are copied through unchanged.
 */
final class Strftime {

    private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};

    private static final DateTimeFormatter ZONE_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

    private final String pattern;
    /** Either a {@code String} literal or a {@code Character} directive. */
    private final Object[] parts;

    private Strftime(String pattern, Object[] parts) {
        this.pattern = pattern;
        this.parts = parts;
    }

    static Strftime compile(String pattern) {
        List<Object> parts = new ArrayList<>();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '%' && i + 1 < pattern.length() && isDirective(pattern.charAt(i + 1))) {
                char d = pattern.charAt(++i);
                if (d == '%') {
                    literal.append('%');
                    continue;
                }
                if (literal.length() > 0) {
                    parts.add(literal.toString());
                    literal.setLength(0);
                }
                parts.add(d);
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            parts.add(literal.toString());
        }
        return new Strftime(pattern, parts.toArray());
    }

    private static boolean isDirective(char d) {
        return "aAbBcdeHIjmMpSUwWxXyYZzGVuCDFRTklsnth%P".indexOf(d) >= 0;
    }

    String pattern() {
        return pattern;
    }

    /** Renders the whole second {@code epochSecond} in {@code zone}. */
    String format(long epochSecond, ZoneId zone) {
        ZonedDateTime t = Instant.ofEpochSecond(epochSecond).atZone(zone);
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        for (Object part : parts) {
            if (part instanceof String literal) {
                out.append(literal);
            } else {
                appendDirective(out, (Character) part, t, epochSecond);
            }
        }
        return out.toString();
    }

    private static void appendDirective(StringBuilder out, char d, ZonedDateTime t, long epochSecond) {
        switch (d) {
            case 'a' -> out.append(DAYS[t.getDayOfWeek().ordinal()], 0, 3);
            case 'A' -> out.append(DAYS[t.getDayOfWeek().ordinal()]);
            case 'b', 'h' -> out.append(MONTHS[t.getMonthValue() - 1], 0, 3);
            case 'B' -> out.append(MONTHS[t.getMonthValue() - 1]);
            case 'c' -> {
                appendDirective(out, 'a', t, epochSecond);
                out.append(' ');
                appendDirective(out, 'b', t, epochSecond);
                out.append(' ');
                pad(out, t.getDayOfMonth(), 2, ' ');
                out.append(' ');
                appendDirective(out, 'T', t, epochSecond);
                out.append(' ').append(t.getYear());
            }
            case 'C' -> pad(out, Math.floorDiv(t.getYear(), 100), 2, '0');
            case 'd' -> pad(out, t.getDayOfMonth(), 2, '0');
            case 'D', 'x' -> {
                pad(out, t.getMonthValue(), 2, '0');
                out.append('/');
                pad(out, t.getDayOfMonth(), 2, '0');
                out.append('/');
                pad(out, Math.floorMod(t.getYear(), 100), 2, '0');
            }
            case 'e' -> pad(out, t.getDayOfMonth(), 2, ' ');
            case 'F' -> {
                out.append(t.getYear()).append('-');
                pad(out, t.getMonthValue(), 2, '0');
                out.append('-');
                pad(out, t.getDayOfMonth(), 2, '0');
            }
            case 'G' -> out.append(t.get(IsoFields.WEEK_BASED_YEAR));
            case 'H' -> pad(out, t.getHour(), 2, '0');
            case 'I' -> pad(out, hour12(t), 2, '0');
            case 'j' -> pad(out, t.getDayOfYear(), 3, '0');
            case 'k' -> pad(out, t.getHour(), 2, ' ');
            case 'l' -> pad(out, hour12(t), 2, ' ');
            case 'm' -> pad(out, t.getMonthValue(), 2, '0');
            case 'M' -> pad(out, t.getMinute(), 2, '0');
            case 'n' -> out.append('\n');
            case 'p' -> out.append(t.getHour() < 12 ? "AM" : "PM");
            case 'P' -> out.append(t.getHour() < 12 ? "am" : "pm");
            case 'R' -> {
                pad(out, t.getHour(), 2, '0');
                out.append(':');
                pad(out, t.getMinute(), 2, '0');
            }
            case 's' -> out.append(epochSecond);
            case 'S' -> pad(out, t.getSecond(), 2, '0');
            case 't' -> out.append('\t');
            case 'T', 'X' -> {
                pad(out, t.getHour(), 2, '0');
                out.append(':');
                pad(out, t.getMinute(), 2, '0');
                out.append(':');
                pad(out, t.getSecond(), 2, '0');
            }
            case 'u' -> out.append(t.getDayOfWeek().getValue());
            case 'U' -> pad(out, (t.getDayOfYear() - 1 + 7 - sundayBased(t.getDayOfWeek())) / 7, 2, '0');
            case 'V' -> pad(out, t.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2, '0');
            case 'w' -> out.append(sundayBased(t.getDayOfWeek()));
            case 'W' -> pad(out, (t.getDayOfYear() - 1 + 7 - (t.getDayOfWeek().getValue() - 1)) / 7, 2, '0');
            case 'y' -> pad(out, Math.floorMod(t.getYear(), 100), 2, '0');
            case 'Y' -> out.append(t.getYear());
            case 'z' -> appendOffset(out, t.getOffset());
            case 'Z' -> out.append(zoneName(t));
            default -> out.append('%').append(d);
        }
    }

    private static int hour12(ZonedDateTime t) {
        int h = t.getHour() % 12;
        return h == 0 ? 12 : h;
    }

    private static int sundayBased(DayOfWeek day) {
        return day.getValue() % 7;
    }

    private static void appendOffset(StringBuilder out, ZoneOffset offset) {
        int seconds = offset.getTotalSeconds();
        out.append(seconds < 0 ? '-' : '+');
        seconds = Math.abs(seconds);
        pad(out, seconds / 3600, 2, '0');
        pad(out, seconds / 60 % 60, 2, '0');
    }

    private static String zoneName(ZonedDateTime t) {
        if (t.getZone() instanceof ZoneOffset offset) {
            // time.gmtime() names its zone GMT; a fixed offset has no abbreviation of its own.
            return offset.getTotalSeconds() == 0 ? "GMT" : offset.getId();
        }
        return ZONE_NAME.format(t);
    }

    private static void pad(StringBuilder out, int value, int width, char fill) {
        String digits = Integer.toString(value);
        for (int i = digits.length(); i < width; i++) {
            out.append(fill);
        }
        out.append(digits);
    }
}
