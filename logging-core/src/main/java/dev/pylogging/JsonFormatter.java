package dev.pylogging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Formats each record as one JSON object, for log pipelines that ingest JSON lines without
 * parsing rules. Layouts: {@code ecs} (Elastic Common Schema, the fields Spring Boot's {@code ecs}
 * format writes), {@code logstash}, {@code gelf}, or Python-style: the record attributes a
 * {@code %(...)s} format names, or a comma-separated list of names, as {@code python-json-logger}'s
 * users write, so that a Python and a Java service emit the same keys. Every layout adds the
 * record's {@code extra}, MDC and key-value attributes as fields, and the exception as a string
 * whose depth (frames) and length can be capped. Strings are escaped per RFC 8259: control
 * characters as escapes, lone surrogates replaced, so no message can break a line or the JSON.
 *
 * <pre>{@code
 * handler.setFormatter(new JsonFormatter("ecs"));
 * handler.setFormatter(new JsonFormatter("%(asctime)s %(levelname)s %(name)s %(message)s"));
 * }</pre>
 */
public class JsonFormatter extends Formatter {

    private static final Set<String> OWN_FIELDS = Set.of("message", "asctime", "exc_info", "exc_text", "msg", "args");
    private static final DateTimeFormatter ISO_UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'",
            Locale.ROOT).withZone(ZoneId.of("UTC"));

    /** A layout: what fields a line holds. */
    private enum Layout { ECS, LOGSTASH, GELF, PYTHON }

    /** Each thread's text to format a message into before it is escaped; a formatter serves many threads. */
    private static final ThreadLocal<Scratch> MESSAGE = ThreadLocal.withInitial(Scratch::new);
    /** Past this, a thread's message text is let go after the record that grew it. */
    private static final int KEPT_CAPACITY = 64 * 1024;

    private final Layout layout;
    private final List<String> fields;
    private volatile String serviceName;
    private volatile String serviceVersion;
    private volatile String serviceEnvironment;
    private volatile String serviceNodeName;
    private volatile int exceptionDepth = Integer.MAX_VALUE;
    private volatile int exceptionMaxLength = Integer.MAX_VALUE;

    /** Creates a Python-style formatter with {@code asctime}, {@code levelname}, {@code name} and {@code message}. */
    public JsonFormatter() {
        this("asctime,levelname,name,message");
    }

    /**
     * Creates a formatter.
     *
     * @param layout {@code ecs}, {@code logstash}, {@code gelf}, a {@code %(...)s} format, or a
     *     comma-separated list of record attribute names
     * @throws IllegalArgumentException naming the layout or attribute that is unknown
     */
    public JsonFormatter(String layout) {
        this(layout, null);
    }

    /**
     * Creates a formatter, as {@code fileConfig} and {@code dictConfig} make one from
     * {@code format} and {@code datefmt}.
     *
     * @param layout {@code ecs}, {@code logstash}, {@code gelf}, a {@code %(...)s} format, or a
     *     comma-separated list of record attribute names
     * @param datefmt a {@code strftime} pattern for {@code asctime} in Python-style layouts, or {@code null}
     * @throws IllegalArgumentException naming the layout or attribute that is unknown
     */
    public JsonFormatter(String layout, String datefmt) {
        super("%(message)s", datefmt);
        String l = layout == null ? "asctime,levelname,name,message" : layout.strip();
        switch (l.toLowerCase(Locale.ROOT)) {
            case "ecs" -> this.layout = Layout.ECS;
            case "logstash" -> this.layout = Layout.LOGSTASH;
            case "gelf" -> this.layout = Layout.GELF;
            default -> this.layout = Layout.PYTHON;
        }
        this.fields = this.layout == Layout.PYTHON ? fieldsOf(l) : List.of();
    }

    private static List<String> fieldsOf(String layout) {
        List<String> names = new ArrayList<>();
        if (layout.contains("%(")) {
            for (int i = layout.indexOf("%("); i >= 0; i = layout.indexOf("%(", i + 2)) {
                int close = layout.indexOf(')', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unterminated %( in JSON layout '" + layout + "'");
                }
                names.add(layout.substring(i + 2, close));
            }
        } else {
            for (String name : layout.split(",")) {
                if (!name.isBlank()) {
                    names.add(name.strip());
                }
            }
        }
        for (String name : names) {
            // A record's own attributes are exactly the names an extra key may not take.
            if (!LogRecord.RESERVED_NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown JSON layout or record attribute '" + name + "': a layout is "
                        + "ecs, logstash, gelf, a %(...)s format or a list of " + new java.util.TreeSet<>(LogRecord.RESERVED_NAMES));
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("unknown JSON layout '" + layout + "': ecs, logstash, gelf, a %(...)s "
                    + "format or a comma-separated list of record attributes");
        }
        return List.copyOf(names);
    }

    /**
     * Sets the {@code service} fields of the ECS layout (and GELF's {@code host}), as Spring Boot's
     * {@code logging.structured.ecs.service.*}; null or empty ones are left out.
     *
     * @param name the service name
     * @param version its version
     * @param environment its environment
     * @param nodeName the node it runs on
     */
    public void setService(String name, String version, String environment, String nodeName) {
        this.serviceName = name;
        this.serviceVersion = version;
        this.serviceEnvironment = environment;
        this.serviceNodeName = nodeName;
    }

    /**
     * Caps the exception text: at most {@code frames} stack frames per exception in the chain and
     * {@code maxLength} characters in all (Integer.MAX_VALUE for no cap).
     *
     * @param frames frames kept per exception, 0 or more
     * @param maxLength characters kept, 1 or more
     * @throws IllegalArgumentException naming a negative cap
     */
    public void setExceptionCaps(int frames, int maxLength) {
        if (frames < 0 || maxLength < 1) {
            throw new IllegalArgumentException("exception caps must be 0 or more frames and 1 or more characters, not "
                    + frames + " and " + maxLength);
        }
        this.exceptionDepth = frames;
        this.exceptionMaxLength = maxLength;
    }

    @Override
    public String format(LogRecord record) {
        StringBuilder out = new StringBuilder(256);
        render(record, out);
        return out.toString();
    }

    /**
     * Appends the line straight to the handler's reused text, with no string of its own, unless a
     * subclass overrides {@link #format}.
     */
    @Override
    void appendTo(LogRecord record, RecordSink.Text out) {
        if (ownClass) {
            render(record, out.builder());
        } else {
            out.builder().append(format(record));
        }
    }

    private void render(LogRecord record, StringBuilder out) {
        switch (layout) {
            case ECS -> ecs(record, out);
            case LOGSTASH -> logstash(record, out);
            case GELF -> gelf(record, out);
            default -> python(record, out);
        }
    }

    private void ecs(LogRecord record, StringBuilder out) {
        out.append("{\"@timestamp\":\"");
        appendUtcTimestamp(out, record);
        out.append('"');
        out.append(",\"log\":{\"level\":");
        string(out, record.getLevelname());
        out.append(",\"logger\":");
        string(out, record.getName());
        out.append("},\"process\":{\"pid\":").append(record.getProcess()).append(",\"thread\":{\"name\":");
        string(out, record.getThreadName());
        out.append("}}");
        if (has(serviceName) || has(serviceVersion) || has(serviceEnvironment) || has(serviceNodeName)) {
            out.append(",\"service\":{");
            int start = out.length();
            member(out, start, "name", serviceName);
            member(out, start, "version", serviceVersion);
            member(out, start, "environment", serviceEnvironment);
            if (has(serviceNodeName)) {
                if (out.length() > start) {
                    out.append(',');
                }
                out.append("\"node\":{\"name\":");
                string(out, serviceNodeName);
                out.append('}');
            }
            out.append('}');
        }
        out.append(",\"message\":");
        message(out, record);
        extras(record, out, "");
        Throwable error = record.getExcInfo();
        if (error != null) {
            out.append(",\"error\":{\"type\":");
            string(out, error.getClass().getName());
            out.append(",\"message\":");
            string(out, error.getMessage());
            out.append(",\"stack_trace\":");
            string(out, stackTrace(error));
            out.append('}');
        }
        out.append(",\"ecs\":{\"version\":\"8.11\"}}");
    }

    private void logstash(LogRecord record, StringBuilder out) {
        out.append("{\"@timestamp\":");
        string(out, OffsetDateTime.ofInstant(instant(record), ZoneId.systemDefault()).toString());
        out.append(",\"@version\":\"1\",\"message\":");
        message(out, record);
        out.append(",\"logger_name\":");
        string(out, record.getName());
        out.append(",\"thread_name\":");
        string(out, record.getThreadName());
        out.append(",\"level\":");
        string(out, record.getLevelname());
        out.append(",\"level_value\":").append(record.getLevelno());
        extras(record, out, "");
        if (record.getExcInfo() != null) {
            out.append(",\"stack_trace\":");
            string(out, stackTrace(record.getExcInfo()));
        }
        out.append('}');
    }

    private void gelf(LogRecord record, StringBuilder out) {
        out.append("{\"version\":\"1.1\",\"host\":");
        string(out, has(serviceNodeName) ? serviceNodeName : has(serviceName) ? serviceName : "unknown");
        out.append(",\"short_message\":");
        message(out, record);
        out.append(",\"timestamp\":").append(String.format(Locale.ROOT, "%.3f", record.getCreated()));
        out.append(",\"level\":").append(syslogSeverity(record.getLevelno()));
        out.append(",\"_level_name\":");
        string(out, record.getLevelname());
        out.append(",\"_process_pid\":").append(record.getProcess());
        out.append(",\"_process_thread_name\":");
        string(out, record.getThreadName());
        out.append(",\"_log_logger\":");
        string(out, record.getName());
        extras(record, out, "_");
        Throwable error = record.getExcInfo();
        if (error != null) {
            String trace = stackTrace(error);
            out.append(",\"full_message\":");
            string(out, record.getMessage() + "\n\n" + trace);
            out.append(",\"_error_type\":");
            string(out, error.getClass().getName());
            out.append(",\"_error_stack_trace\":");
            string(out, trace);
            out.append(",\"_error_message\":");
            string(out, error.getMessage());
        }
        out.append('}');
    }

    private void python(LogRecord record, StringBuilder out) {
        if (fields.contains("asctime")) {
            record.setAsctime(formatTime(record, getDatefmt()));
        }
        out.append('{');
        boolean first = true;
        for (String name : fields) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            string(out, name);
            out.append(": ");
            Object value = name.equals("message") ? record.getMessage()
                    : name.equals("exc_info") ? (record.getExcInfo() == null ? null : stackTrace(record.getExcInfo()))
                    : record.get(name);
            value(out, value);
        }
        if (record.getExcInfo() != null && !fields.contains("exc_info")) {
            out.append(first ? "" : ", ").append("\"exc_info\": ");
            string(out, stackTrace(record.getExcInfo()));
            first = false;
        }
        for (Map.Entry<String, Object> e : record.getExtra().entrySet()) {
            if (!fields.contains(e.getKey())) {
                out.append(first ? "" : ", ");
                string(out, e.getKey());
                out.append(": ");
                value(out, e.getValue());
                first = false;
            }
        }
        out.append('}');
    }

    /**
     * Adds the record's extra, MDC and key-value attributes, prefixed for GELF; for ECS and
     * Logstash the SLF4J markers ({@code marker}) become {@code tags}, as Spring Boot writes them.
     */
    private void extras(LogRecord record, StringBuilder out, String prefix) {
        Map<String, Object> extra = record.getExtra();
        if (extra.isEmpty()) {
            return;
        }
        for (Map.Entry<String, Object> e : extra.entrySet()) {
            if (e.getKey().equals("marker") && layout != Layout.GELF && e.getValue() != null) {
                out.append(",\"tags\":[");
                String[] tags = String.valueOf(e.getValue()).split(",");
                for (int i = 0; i < tags.length; i++) {
                    out.append(i == 0 ? "" : ",");
                    string(out, tags[i]);
                }
                out.append(']');
            } else if (!OWN_FIELDS.contains(e.getKey())) {
                out.append(',');
                string(out, prefix + e.getKey());
                out.append(':');
                value(out, e.getValue());
            }
        }
    }

    /**
     * Appends the record's message as a JSON string, formatting {@code msg % args} into this
     * thread's scratch text rather than into a string of its own.
     */
    private static void message(StringBuilder out, LogRecord record) {
        Scratch scratch = MESSAGE.get();
        if (scratch.busy) {
            // An argument's toString logged a JSON line of its own while this one was formatting.
            StringBuilder text = new StringBuilder();
            record.appendMessage(text);
            string(out, text);
            return;
        }
        StringBuilder text = scratch.text;
        text.setLength(0);
        if (text.capacity() > KEPT_CAPACITY) {
            text.trimToSize();
        }
        scratch.busy = true;
        try {
            record.appendMessage(text);
        } finally {
            scratch.busy = false;
        }
        string(out, text);
    }

    /** One thread's text for messages, and whether a message is being formatted into it. */
    private static final class Scratch {
        final StringBuilder text = new StringBuilder(256);
        boolean busy;
    }

    private static void member(StringBuilder out, int start, String name, String value) {
        if (has(value)) {
            if (out.length() > start) {
                out.append(',');
            }
            string(out, name);
            out.append(':');
            string(out, value);
        }
    }

    private static boolean has(String text) {
        return text != null && !text.isEmpty();
    }

    /** The last second formatted, with its text up to the dot: records come many to a second. */
    private volatile SecondText lastSecond = new SecondText(Long.MIN_VALUE, "");

    private record SecondText(long second, String text) {
    }

    /** Appends {@code 2026-12-02T03:56:31.123Z} for the record's time, formatting each second once. */
    private void appendUtcTimestamp(StringBuilder out, LogRecord record) {
        long second = record.getCreatedSeconds();
        SecondText cached = lastSecond;
        if (cached.second() != second) {
            String text = ISO_UTC.format(Instant.ofEpochSecond(second));
            cached = new SecondText(second, text.substring(0, text.length() - 5));
            lastSecond = cached;
        }
        int millis = (int) record.getMsecs();
        out.append(cached.text()).append('.').append((char) ('0' + millis / 100))
                .append((char) ('0' + millis / 10 % 10)).append((char) ('0' + millis % 10)).append('Z');
    }

    private static Instant instant(LogRecord record) {
        return Instant.ofEpochSecond(record.getCreatedSeconds(), (long) (record.getMsecs() * 1_000_000));
    }

    /** Syslog severity as GELF wants it: 3 error, 4 warning, 6 info, 7 debug, 2 critical. */
    private static int syslogSeverity(int level) {
        return level >= Level.CRITICAL ? 2 : level >= Level.ERROR ? 3 : level >= Level.WARNING ? 4
                : level >= Level.INFO ? 6 : 7;
    }

    /** The exception's stack trace, at most {@code exceptionDepth} frames a cause and {@code exceptionMaxLength} long. */
    private String stackTrace(Throwable error) {
        String text;
        if (exceptionDepth == Integer.MAX_VALUE) {
            StringWriter trace = new StringWriter();
            error.printStackTrace(new PrintWriter(trace));
            text = trace.toString().stripTrailing();
        } else {
            StringBuilder trace = new StringBuilder();
            int guard = 0;
            for (Throwable t = error; t != null && guard++ < 16; t = t.getCause() == t ? null : t.getCause()) {
                trace.append(t == error ? "" : "\nCaused by: ").append(t);
                StackTraceElement[] frames = t.getStackTrace();
                for (int i = 0; i < Math.min(frames.length, exceptionDepth); i++) {
                    trace.append("\n\tat ").append(frames[i]);
                }
                if (frames.length > exceptionDepth) {
                    trace.append("\n\t... ").append(frames.length - exceptionDepth).append(" more");
                }
            }
            text = trace.toString();
        }
        return text.length() > exceptionMaxLength ? text.substring(0, exceptionMaxLength) + "..." : text;
    }

    private static void value(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte) {
            out.append(value);
        } else if (value instanceof Double d && Double.isFinite(d)) {
            out.append(d);
        } else if (value instanceof Float f && Float.isFinite(f)) {
            out.append(f);
        } else {
            string(out, String.valueOf(value));
        }
    }

    /** Appends {@code text} as a JSON string (RFC 8259): quotes, backslash and control characters escaped, lone surrogates replaced. */
    static void string(StringBuilder out, CharSequence text) {
        if (text == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7F || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isHighSurrogate(c)) {
                        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                            out.append(c).append(text.charAt(++i));
                        } else {
                            out.append('\ufffd');
                        }
                    } else if (Character.isLowSurrogate(c)) {
                        out.append('\ufffd');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
