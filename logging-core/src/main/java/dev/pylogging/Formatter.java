package dev.pylogging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Turns a {@link LogRecord} into text with a {@code %}-style format over the record's attributes,
 * such as {@code "%(asctime)s - %(name)s - %(levelname)-8s - %(message)s"}.
 *
 * <p>The format is compiled once, at construction, into literal text and field steps. The time
 * is rendered with a {@code strftime} {@code datefmt}, or as {@code 2003-01-23 00:29:50,411} when
 * there is none, in the system's time zone unless {@link #setZone(ZoneId)} says otherwise.
 * Exception text is Java's stack trace, appended after a newline and cached in the record's
 * {@code excText}.
 */
public class Formatter {

    /** The format used when none is given: just the message. */
    public static final String DEFAULT_FORMAT = "%(message)s";

    private final String fmt;
    private final String datefmt;
    /** The format compiled once into the steps {@link #renderSteps} runs. */
    private final FormatProgram program;
    private final boolean usesTime;
    private final boolean usesCallerInfo;
    private final Strftime dateFormat;
    /** True unless a subclass overrides {@code format}: handlers may then append directly. */
    private final boolean directFormat;
    /**
     * True for the library's own formatter classes, which keep no record and may format outside
     * a handler's lock; see {@link RecordPool#isOwnFormatter}.
     */
    final boolean ownClass = RecordPool.isOwnFormatter(getClass());
    /** True unless a subclass overrides {@code formatTime}. */
    private final boolean directTime;
    private volatile ZoneId zone = ZoneId.systemDefault();
    private volatile boolean escapeControl;
    private volatile boolean colorLevels;
    private volatile TimeCache timeCache = TimeCache.NONE;

    /** Creates a formatter with the format {@code %(message)s}. */
    public Formatter() {
        this(null, null);
    }

    /**
     * Creates a formatter.
     *
     * @param fmt the format, e.g. {@code "%(levelname)s:%(name)s:%(message)s"}; {@code null}
     *     means {@code %(message)s}
     * @throws PercentFormatException if the format is malformed or names no field
     */
    public Formatter(String fmt) {
        this(fmt, null);
    }

    /**
     * Creates a formatter in one of CPython's three styles: {@code '%'}
     * ({@code %(levelname)s %(message)s}), {@code '{'} ({@code str.format}:
     * {@code {levelname:<8} {message}}) or {@code '$'} ({@code string.Template}:
     * {@code $levelname ${message}}). Every style compiles to the same program, once.
     *
     * @param fmt the format; {@code null} means the style's {@code message} field
     * @param datefmt a {@code strftime} pattern for {@code asctime}, or {@code null}
     * @param style {@code '%'}, {@code '{'} or {@code '$'}
     * @throws IllegalArgumentException when the format is not valid for its style, or uses what a
     *     {@code %} format cannot say (centring, fill characters, digit grouping), naming the field
     */
    public Formatter(String fmt, String datefmt, char style) {
        this(FormatStyle.toPercent(fmt, style), datefmt);
    }

    /**
     * Creates a formatter.
     *
     * @param fmt the format; {@code null} means {@code %(message)s}
     * @param datefmt a {@code strftime} pattern for {@code %(asctime)s}; {@code null} or empty
     *     means {@code 2003-01-23 00:29:50,411}
     * @throws PercentFormatException if the format is malformed or names no field
     */
    public Formatter(String fmt, String datefmt) {
        this.fmt = fmt == null ? DEFAULT_FORMAT : fmt;
        this.datefmt = datefmt == null || datefmt.isEmpty() ? null : datefmt;
        PercentFormat compiled = compileRecordFormat(this.fmt);
        boolean time = false;
        boolean caller = false;
        for (ConversionSpec spec : compiled.specs()) {
            time |= spec.key.equals("asctime");
            caller |= CALLER_KEYS.contains(spec.key);
        }
        this.usesTime = time;
        this.usesCallerInfo = caller;
        this.dateFormat = this.datefmt == null ? DEFAULT_TIME : Strftime.compile(this.datefmt);
        this.directFormat = declaredHere("format", LogRecord.class) && Utf8Line.canPreEncode(this.fmt);
        this.directTime = declaredHere("formatTime", LogRecord.class, String.class);
        this.program = new FormatProgram(compiled, directTime);
    }

    private Object field(LogRecord record, String key) {
        Object value = record.lookup(key, this);
        if (value == this) {
            if (record.isFromAdapter()) {
                // As Logback's %X{key}: an MDC key absent from this record prints nothing.
                return "";
            }
            throw new PercentFormatException("KeyError: '" + key + "' (the format " + PyRepr.repr(fmt)
                    + " names a field that the record lacks)");
        }
        return value;
    }

    private String timeText(LogRecord record) {
        StringBuilder time = new StringBuilder(24);
        appendTime(record, time);
        return time.toString();
    }

    private static final Strftime DEFAULT_TIME = Strftime.compile("%Y-%m-%d %H:%M:%S");
    private static final Set<String> CALLER_KEYS = Set.of("pathname", "filename", "module", "funcName", "lineno");

    /**
     * Compiles a record format, checked as CPython 3.8+ does: every spec names a field, and
     * there is at least one.
     */
    private static PercentFormat compileRecordFormat(String fmt) {
        PercentFormat compiled = PercentFormat.compile(fmt);
        if (compiled.error() != null) {
            throw new PercentFormatException("Invalid format " + PyRepr.repr(fmt) + ": " + compiled.error());
        }
        List<ConversionSpec> specs = compiled.specs();
        if (specs.isEmpty()) {
            throw new PercentFormatException("Invalid format '" + fmt + "': it names no field, such as %(message)s");
        }
        for (ConversionSpec spec : specs) {
            if (spec.key == null || spec.width == ConversionSpec.STAR
                    || spec.precision == ConversionSpec.STAR) {
                throw new PercentFormatException("Invalid format '" + fmt
                        + "': every field needs a name, as in %(message)s, and no '*'");
            }
        }
        return compiled;
    }

    private boolean declaredHere(String method, Class<?>... parameterTypes) {
        return DeclaringClass.of(getClass(), method, parameterTypes) == Formatter.class;
    }

    /** Returns the format. */
    public String getFmt() {
        return fmt;
    }

    /** Returns the {@code strftime} date format, or {@code null} for the default. */
    public String getDatefmt() {
        return datefmt;
    }

    /** Returns the time zone that {@code %(asctime)s} is rendered in. */
    public ZoneId getZone() {
        return zone;
    }

    /**
     * Sets the time zone for {@code %(asctime)s}, for example {@code ZoneOffset.UTC}, as CPython
     * does with {@code converter = time.gmtime}.
     *
     * @param zone the zone
     */
    public void setZone(ZoneId zone) {
        if (zone == null) {
            throw new IllegalArgumentException("zone must not be null");
        }
        this.zone = zone;
        this.timeCache = TimeCache.NONE;
    }

    /** Returns true when the format uses {@code %(asctime)s}. */
    public boolean usesTime() {
        return usesTime;
    }

    /**
     * Returns true when the format uses a caller attribute ({@code pathname}, {@code filename},
     * {@code module}, {@code funcName}, {@code lineno}), which costs a stack walk per record.
     */
    public boolean usesCallerInfo() {
        return usesCallerInfo;
    }

    /**
     * Formats {@code record}: sets its {@code asctime} when the format uses it, applies the
     * format, and appends the exception text, if any, after a newline.
     *
     * @throws PercentFormatException when the message does not fit its arguments, or the format
     *     names a field the record lacks
     */
    public String format(LogRecord record) {
        if (usesTime) {
            record.setAsctime(formatTime(record, datefmt));
        }
        StringBuilder out = new StringBuilder(64);
        render(record, new RecordSink.Text(out));
        return out.toString();
    }

    /**
     * Appends what {@link #format(LogRecord)} returns to {@code out}, without the intermediate
     * strings where the formatter is not subclassed.
     */
    void appendTo(LogRecord record, RecordSink.Text out) {
        if (!directFormat) {
            out.builder().append(format(record));
            return;
        }
        if (usesTime && !directTime) {
            record.setAsctime(formatTime(record, datefmt));
        }
        render(record, out);
    }

    /** Renders the whole record: the format's steps, then the exception and stack text. */
    private void render(LogRecord record, RecordSink out) {
        int start = out.length();
        renderSteps(record, out, 0, program.kinds.length);
        appendTrailer(record, out, start);
    }

    /**
     * Renders the steps {@code from} (inclusive) to {@code to} (exclusive) of the compiled format:
     * the one renderer, for text and for UTF-8 alike.
     */
    private void renderSteps(LogRecord record, RecordSink out, int from, int to) {
        FormatProgram p = program;
        byte[] kinds = p.kinds;
        Object[] data = p.data;
        byte[][] utf8 = p.utf8;
        boolean escape = escapeControl;
        boolean color = colorLevels;
        for (int i = from; i < to; i++) {
            switch (kinds[i]) {
                case FormatProgram.LITERAL -> out.literal((String) data[i], utf8[i]);
                case FormatProgram.MESSAGE -> {
                    int mark = escape ? out.length() : 0;
                    out.message(record);
                    if (escape) {
                        out.escapeFrom(mark);
                    }
                }
                case FormatProgram.NAME -> out.text(record.getName());
                case FormatProgram.LEVELNAME -> {
                    int mark = color ? out.length() : 0;
                    out.text(record.getLevelname());
                    if (color) {
                        out.colorFrom(mark, record.getLevelno());
                    }
                }
                case FormatProgram.TIME -> {
                    TimeCache time = timeOf(record);
                    out.time(time.text, time.utf8, datefmt == null, (int) record.getMsecs());
                }
                case FormatProgram.TIME_CONVERTED -> out.converted((ConversionSpec) data[i], timeText(record));
                default -> {
                    ConversionSpec spec = (ConversionSpec) data[i];
                    int mark = escape || color ? out.length() : 0;
                    out.converted(spec, field(record, spec.key));
                    if (escape) {
                        out.escapeFrom(mark);
                    }
                    if (color && spec.key.equals("levelname")) {
                        out.colorFrom(mark, record.getLevelno());
                    }
                }
            }
        }
    }

    /** Appends the exception text and the stack text, each on a line of its own. */
    private void appendTrailer(LogRecord record, RecordSink out, int start) {
        String excText = excText(record);
        if (excText != null) {
            if (out.length() == start || !out.endsWithNewline()) {
                out.text("\n");
            }
            out.text(excText);
        }
        String stack = record.getStackInfo();
        if (stack != null) {
            if (out.length() == start || !out.endsWithNewline()) {
                out.text("\n");
            }
            out.text(formatStack(stack));
        }
    }

    /**
     * Chooses whether control characters in the record's values (the message with its arguments,
     * {@code extra} and MDC attributes) are escaped, so that a forged message cannot start a fake
     * line: CR and LF become {@code \\r} and {@code \\n}, other control characters, ANSI escape
     * sequences' ESC and the Unicode line separators {@code \\u001b}-style escapes. The format's
     * own text and the exception text keep their line breaks. Off by default, as in CPython;
     * the Spring Boot starter turns it on for its console and file layouts.
     *
     * @param escape true to escape
     */
    public void setEscapeControlCharacters(boolean escape) {
        this.escapeControl = escape;
    }

    /** Returns whether control characters in record values are escaped. */
    public boolean isEscapeControlCharacters() {
        return escapeControl;
    }

    /**
     * Chooses whether {@code %(levelname)s} is coloured with ANSI codes as Spring Boot's console
     * colours levels: red for ERROR and CRITICAL, yellow for WARNING, green below. For a terminal
     * only: a handler writing a file keeps a formatter without colours.
     *
     * @param color true to colour
     */
    public void setColorLevels(boolean color) {
        this.colorLevels = color;
    }

    /** Returns whether level names are coloured. */
    public boolean isColorLevels() {
        return colorLevels;
    }

    /**
     * Returns the text appended for a record's {@code stack_info}; as is, as in CPython.
     *
     * @param stackInfo the stack text
     */
    public String formatStack(String stackInfo) {
        return stackInfo;
    }

    /**
     * Appends what {@link #format(LogRecord)} returns to {@code line} as UTF-8, without the
     * intermediate text where it can: literal text and the time's second are copied already
     * encoded. Returns false, having appended nothing, when a subclass overrides {@code format}.
     *
     * @param out the line, with a builder to convert fields in before they are encoded
     */
    boolean appendUtf8(LogRecord record, RecordSink.Utf8 out) {
        if (!directFormat) {
            return false;
        }
        if (usesTime && !directTime) {
            record.setAsctime(formatTime(record, datefmt));
        }
        Utf8Line line = out.line();
        int start = line.length();
        int from = 0;
        int prefixSteps = program.prefixSteps;
        if (prefixSteps > 0 && start == 0) {
            // Records of one logger and level within a millisecond start alike: the line keeps
            // the previous record's start in place, which costs less than building it again.
            ZoneId z = zone;
            String name = record.getName();
            String levelname = record.getLevelname();
            long second = record.getCreatedSeconds();
            int msecs = (int) record.getMsecs();
            if (!line.resumePrefix(this, z, second, msecs, name, levelname)) {
                line.forgetPrefix();
                renderSteps(record, out, 0, prefixSteps);
                line.keepPrefix(this, z, second, msecs, name, levelname);
            }
            from = prefixSteps;
        }
        renderSteps(record, out, from, program.kinds.length);
        appendTrailer(record, out, start);
        return true;
    }

    /** Returns the record's exception text, formatted and cached on first use, or null when there is none. */
    private String excText(LogRecord record) {
        Throwable excInfo = record.getExcInfo();
        if (excInfo != null && record.getExcText() == null) {
            record.setExcText(formatException(excInfo));
        }
        String excText = record.getExcText();
        return excText == null || excText.isEmpty() ? null : excText;
    }

    /**
     * Returns the creation time of {@code record}: {@code datefmt} applied with {@code strftime}
     * when given, else {@code 2003-01-23 00:29:50,411}.
     *
     * @param record the record
     * @param datefmt a {@code strftime} pattern, or {@code null} for the default
     */
    public String formatTime(LogRecord record, String datefmt) {
        String pattern = datefmt == null || datefmt.isEmpty() ? null : datefmt;
        StringBuilder out = new StringBuilder(24);
        if (Objects.equals(pattern, this.datefmt)) {
            appendTime(record, out);
        } else if (pattern == null) {
            out.append(DEFAULT_TIME.format(record.getCreatedSeconds(), zone));
            appendMsecs(record, out);
        } else {
            out.append(Strftime.compile(pattern).format(record.getCreatedSeconds(), zone));
        }
        return out.toString();
    }

    /** Appends this formatter's time for {@code record}; the second's text is cached. */
    private void appendTime(LogRecord record, StringBuilder out) {
        out.append(timeOf(record).text);
        if (datefmt == null) {
            appendMsecs(record, out);
        }
    }

    /** Returns the rendered second of {@code record}, from the cache when it is the last one seen. */
    private TimeCache timeOf(LogRecord record) {
        long second = record.getCreatedSeconds();
        TimeCache cache = timeCache;
        if (cache.second != second) {
            cache = new TimeCache(second, dateFormat.format(second, zone));
            timeCache = cache;
        }
        return cache;
    }

    private static void appendMsecs(LogRecord record, StringBuilder out) {
        int msecs = (int) record.getMsecs();
        out.append(',');
        if (msecs < 100) {
            out.append(msecs < 10 ? "00" : "0");
        }
        out.append(msecs);
    }

    /**
     * Returns the stack trace of {@code excInfo} as Java prints it, without the final newline.
     *
     * @param excInfo the exception
     */
    public String formatException(Throwable excInfo) {
        StringWriter text = new StringWriter(512);
        try (PrintWriter writer = new PrintWriter(text)) {
            excInfo.printStackTrace(writer);
        }
        String s = text.toString();
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) {
            end--;
        }
        return s.substring(0, end);
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "(" + PyRepr.repr(fmt) + (datefmt == null ? "" : ", " + PyRepr.repr(datefmt)) + ")";
    }

    /** The rendered text of one whole second; replaced, never mutated, so readers need no lock. */
    private static final class TimeCache {
        static final TimeCache NONE = new TimeCache(Long.MIN_VALUE, "");

        final long second;
        final String text;
        final byte[] utf8;

        TimeCache(long second, String text) {
            this.second = second;
            this.text = text;
            this.utf8 = text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
