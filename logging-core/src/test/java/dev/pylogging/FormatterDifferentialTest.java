package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Formatter} on fixed records, compared with CPython's {@code logging.Formatter} on the
 * same records, formats and date formats, both rendering times in Europe/Paris (with DST).
 */
class FormatterDifferentialTest extends LoggingTestCase {

    private static final String ZONE = "Europe/Paris";

    private static final String[] FORMATS = {
        "%(asctime)s - %(name)s - %(levelname)s - %(message)s",
        "%(levelname)s:%(name)s:%(message)s",
        "%(asctime)s %(levelname)-8s %(message)s",
        "%(name)-12s: %(levelname)-8s %(message)s",
        "%(asctime)s %(name)-12s %(levelname)-8s %(message)s",
        "%(asctime)-15s %(clientip)s %(user)-8s %(message)s",
        "%(relativeCreated)5d %(relativeCreated)d %(msecs)03d %(msecs)d %(created)f %(created).3f",
        "%(levelno)s %(levelno)02d %(levelno)-4d|",
        "%(pathname)s %(filename)s %(module)s %(funcName)s %(lineno)d %(lineno)5d",
        "%(thread)d %(threadName)s %(process)d %(process)x",
        "[%(levelname)10.3s] %(message)r %(name)s%%",
        "%(message)s",
        "%(message)-30s|%(message)30s|",
        "%(missing)s %(message)s",
        "no fields at all",
        "%(message)s %y",
        "%(message)",
        "%(name)s %s",
    };

    private static final String[] DATE_FORMATS = {
        null, "", "%m-%d %H:%M", "%a, %d %b %Y %H:%M:%S", "%Y-%m-%dT%H:%M:%S%z %Z",
        "%j %U %W %w %y %p %I", "%c|%x|%X", "%A %B %e %%Y %Q",
    };

    @Test
    void formatsLikeCPython() {
        List<Map<String, Object>> records = records();
        List<String> input = new ArrayList<>();
        List<String[]> cases = new ArrayList<>();
        for (Map<String, Object> record : records) {
            for (String format : FORMATS) {
                for (String datefmt : DATE_FORMATS) {
                    input.add(PercentFormatDifferentialTest.literal(record) + "\t"
                            + PercentFormatDifferentialTest.literal(format) + "\t"
                            + PercentFormatDifferentialTest.literal(datefmt));
                    cases.add(new String[] {format, datefmt});
                }
            }
        }
        String[] answers = Python.run("formatter_oracle.py", String.join("\n", input) + "\n", Map.of("TZ", ZONE))
                .split("\n");
        assertThat(answers).hasSameSizeAs(cases);
        List<String> mismatches = new ArrayList<>();
        int errors = 0;
        for (int i = 0; i < cases.size(); i++) {
            Map<String, Object> attributes = records.get(i / (FORMATS.length * DATE_FORMATS.length));
            String expected = answers[i].startsWith("OK ") ? "OK " + Python.unhex(answers[i].substring(3)) : "ERR";
            String actual;
            try {
                Formatter formatter = new Formatter(cases.get(i)[0], cases.get(i)[1]);
                formatter.setZone(ZoneId.of(ZONE));
                actual = "OK " + formatter.format(Logging.makeLogRecord(attributes));
            } catch (PercentFormatException e) {
                actual = "ERR";
            }
            if (actual.equals("ERR")) {
                errors++;
            }
            if (!actual.equals(expected)) {
                mismatches.add(Arrays.toString(cases.get(i)) + " on record " + i / (FORMATS.length * DATE_FORMATS.length)
                        + "\n    CPython: " + expected + "\n    Java:    " + actual);
            }
        }
        assertThat(mismatches).as("%d of %d cases differ", mismatches.size(), cases.size()).isEmpty();
        assertThat(errors).as("the malformed formats fail on both sides").isGreaterThan(0).isLessThan(cases.size() / 3);
    }

    private static List<Map<String, Object>> records() {
        List<Map<String, Object>> records = new ArrayList<>();
        // Winter (CET), two arguments.
        records.add(record(1700000000.123456, 123.456, "myapp.area1", 40, "ERROR",
                "Pack my box with %d dozen %s", new Object[] {5, "liquor jugs"}));
        // Summer (CEST), no arguments: "100%" is not formatted.
        records.add(record(1688000000.999, 999.0, "root", 20, "INFO", "100%", new Object[] {}));
        // A single mapping argument.
        records.add(record(1704067199.5, 500.0, "a.b.c", 10, "DEBUG", "%(a)s-%(b)d",
                new Object[] {Map.of("a", "x", "b", 3)}));
        // Non-ASCII everywhere.
        records.add(record(946684800.007, 7.0, "ünïcode", 50, "CRITICAL", "héllo %s", new Object[] {"wörld 😀"}));
        return records;
    }

    private static Map<String, Object> record(double created, double msecs, String name, int levelno, String levelname,
                                              String msg, Object[] args) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("levelno", levelno);
        r.put("levelname", levelname);
        r.put("msg", msg);
        r.put("args", args.length == 1 && args[0] instanceof Map<?, ?> m ? m : args);
        r.put("created", created);
        r.put("msecs", msecs);
        r.put("relativeCreated", 1234.5678);
        r.put("thread", 140234L);
        r.put("threadName", "MainThread");
        r.put("process", 4242);
        r.put("pathname", "src/app/main.py");
        r.put("filename", "main.py");
        r.put("module", "main");
        r.put("funcName", "run");
        r.put("lineno", 42);
        r.put("clientip", "192.168.0.1");
        r.put("user", "fbloggs");
        return r;
    }
}
