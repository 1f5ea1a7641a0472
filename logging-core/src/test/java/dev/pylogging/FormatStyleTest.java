package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The '{' and '$' styles, formatting the same record as CPython 3.11's own Formatter. */
class FormatStyleTest extends LoggingTestCase {

    private static final List<String[]> FORMATS = List.of(
            new String[] {"{", "{levelname} {name} {message}"},
            new String[] {"{", "{levelname:<8} {name:>10}|{message}"},
            new String[] {"{", "{levelname:8}|{lineno:5}|{process:d}|{thread:<8d}|"},
            new String[] {"{", "{created:.3f} {msecs:03.0f} {relativeCreated:.1f}"},
            new String[] {"{", "{name!r} {user} {funcName}:{lineno} {{literal}} 100%"},
            new String[] {"{", "{levelname:.4} {lineno:+d} {lineno:#x} {lineno:06d}"},
            new String[] {"{", "{module} {filename} {pathname} {threadName}"},
            new String[] {"$", "$levelname $name ${message} $$ 100%"},
            new String[] {"$", "${user}@${funcName}:$lineno"},
            new String[] {"%", "%(levelname)s %(message)s"});

    private static LogRecord record() {
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("name", "app.db");
        attributes.put("levelno", 30);
        attributes.put("levelname", "WARNING");
        attributes.put("msg", "disk %s full");
        attributes.put("args", new Object[] {"90%"});
        attributes.put("pathname", "/srv/app/db.py");
        attributes.put("filename", "db.py");
        attributes.put("module", "db");
        attributes.put("lineno", 42);
        attributes.put("funcName", "flush");
        attributes.put("created", 1764547200.125);
        attributes.put("msecs", 125.0);
        attributes.put("relativeCreated", 1500.25);
        attributes.put("thread", 140000);
        attributes.put("threadName", "MainThread");
        attributes.put("process", 4242);
        attributes.put("user", "fbloggs");
        return Logging.makeLogRecord(attributes);
    }

    @Test
    void everyStyleFormatsAsCPythonFormats() {
        StringBuilder input = new StringBuilder();
        List<String> ours = new ArrayList<>();
        for (String[] f : FORMATS) {
            input.append(f[0]).append('\t').append(f[1]).append('\n');
            ours.add(new Formatter(f[1], null, f[0].charAt(0)).format(record()));
        }
        List<String> theirs = List.of(Python.run("style_oracle.py", input.toString(), Map.of()).split("\n"));
        assertThat(ours).isEqualTo(theirs);
    }

    @Test
    void aBadFormatIsRefusedWhenTheFormatterIsBuilt() {
        assertThatThrownBy(() -> new Formatter("{levelname", null, '{'))
                .hasMessage("invalid format: expected '}' before end of string");
        assertThatThrownBy(() -> new Formatter("no fields", null, '{')).hasMessage("invalid format: no fields");
        assertThatThrownBy(() -> new Formatter("{name!x}", null, '{')).hasMessage("invalid format: invalid conversion: 'x'");
        assertThatThrownBy(() -> new Formatter("{name:*^10}", null, '{'))
                .hasMessage("invalid format: a fill character other than a space is not supported: '*^10' for name");
        assertThatThrownBy(() -> new Formatter("{lineno:,}", null, '{'))
                .hasMessage("invalid format: digit grouping is not supported: ',' for lineno");
        assertThatThrownBy(() -> new Formatter("$ alone", null, '$'))
                .hasMessage("invalid format: Invalid placeholder in string: line 1, col 1");
        assertThatThrownBy(() -> new Formatter("%(message)s", null, '#'))
                .hasMessage("Style must be one of: %,{,$; not '#'");
    }

    @Test
    void aBraceFormatKeepsTheFastPathToAFile() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        StreamHandler handler = new StreamHandler(out);
        handler.setFormatter(new Formatter("{levelname:<8}|{name}|{message}", null, '{'));
        Logger logger = Logging.getLogger("styled");
        logger.addHandler(handler);
        logger.warning("disk %s full", "90%");
        handler.flush();
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("WARNING |styled|disk 90% full\n");
    }
}
