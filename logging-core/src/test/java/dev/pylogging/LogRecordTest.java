package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Record attributes by getter and by key, makeLogRecord, and the lazily merged message. */
class LogRecordTest extends LoggingTestCase {

    @Test
    void makeLogRecordRebuildsAReceivedAttributeDict() {
        Map<String, Object> received = new LinkedHashMap<>();
        received.put("name", "remote.app");
        received.put("levelno", 40L);
        received.put("levelname", "ERROR");
        received.put("msg", "Pack my box with 5 dozen liquor jugs");
        received.put("args", null);
        received.put("created", 1700000000.25);
        received.put("msecs", 250.0);
        received.put("pathname", "/srv/app/main.py");
        received.put("filename", "main.py");
        received.put("module", "main");
        received.put("funcName", "run");
        received.put("lineno", 42);
        received.put("exc_text", "Traceback (most recent call last): ...");
        received.put("processName", "MainProcess");
        received.put("clientip", "192.168.0.1");
        LogRecord record = Logging.makeLogRecord(received);
        assertThat(record.getName()).isEqualTo("remote.app");
        assertThat(record.getLevelno()).isEqualTo(40);
        assertThat(record.getMessage()).isEqualTo("Pack my box with 5 dozen liquor jugs");
        assertThat(record.getCreated()).isEqualTo(1700000000.25);
        assertThat(record.getPathname()).isEqualTo("/srv/app/main.py");
        assertThat(record.getFilename()).isEqualTo("main.py");
        assertThat(record.getModule()).isEqualTo("main");
        assertThat(record.getFuncName()).isEqualTo("run");
        assertThat(record.getLineno()).isEqualTo(42);
        assertThat(record.getExcText()).startsWith("Traceback");
        assertThat(record.get("clientip")).isEqualTo("192.168.0.1");
        assertThat(record.getExtra()).containsOnlyKeys("processName", "clientip");
        assertThat(new Formatter("%(asctime)s|%(levelname)s|%(message)s|%(clientip)s").format(record))
                .matches("2023-11-1\\d \\d\\d:\\d\\d:20,250\\|ERROR\\|Pack my box with 5 dozen liquor jugs\\|192.168.0.1\n"
                        + "Traceback \\(most recent call last\\): \\.\\.\\.");
    }

    @Test
    void attributesAreReadableByKeyInPythonAndJavaSpelling() {
        LogRecord record = new LogRecord("k", Level.INFO, "a/B.java", 7, "m %s", new Object[] {1}, null, "f");
        assertThat(record.get("lineno")).isEqualTo(7);
        assertThat(record.get("message")).isEqualTo("m 1");
        assertThat(record.get("exc_text")).isNull();
        assertThat(record.has("excText")).isTrue();
        assertThat(record.has("asctime")).as("set only by a formatter").isFalse();
        assertThat(record.has("nope")).isFalse();
        record.set("nope", 5);
        assertThat(record.get("nope")).isEqualTo(5);
        assertThatThrownBy(() -> record.set("lineno", "seven")).hasMessageContaining("lineno");
    }

    @Test
    void aSingleMappingArgumentServesNamedKeys() {
        LogRecord record = new LogRecord("m", Level.INFO, null, 0, "%(user)s from %(ip)s",
                new Object[] {Map.of("user", "fbloggs", "ip", "10.0.0.1")}, null, null);
        assertThat(record.getMessage()).isEqualTo("fbloggs from 10.0.0.1");
        LogRecord emptyMap = new LogRecord("m", Level.INFO, null, 0, "%s", new Object[] {Map.of()}, null, null);
        assertThat(emptyMap.getMessage()).isEqualTo("{}");
    }

    @Test
    void changingTheMessageOrArgumentsRecomputesTheMessage() {
        LogRecord record = new LogRecord("m", Level.INFO, null, 0, "%s", new Object[] {"a"}, null, null);
        assertThat(record.getMessage()).isEqualTo("a");
        record.setArgs(new Object[] {"b"});
        assertThat(record.getMessage()).isEqualTo("b");
        record.setMsg("<%s>");
        assertThat(record.getMessage()).isEqualTo("<b>");
        assertThat(record.getArgs()).containsExactly("b");
        record.setArgs(null);
        assertThat(record.getArgs()).isEmpty();
    }

    @Test
    void recordsCarryTimeThreadAndProcess() {
        double before = System.currentTimeMillis() / 1000.0;
        LogRecord record = new LogRecord("t", Level.INFO, null, 0, "m", null, null, null);
        assertThat(record.getCreated()).isBetween(before - 0.001, System.currentTimeMillis() / 1000.0 + 0.001);
        assertThat(record.getMsecs()).isBetween(0.0, 999.0);
        assertThat(record.getRelativeCreated()).isPositive();
        assertThat(record.getThreadName()).isEqualTo(Thread.currentThread().getName());
        assertThat(record.getThread()).isEqualTo(Thread.currentThread().getId());
        assertThat(record.getProcess()).isEqualTo(ProcessHandle.current().pid());
        assertThat(record.getLevelname()).isEqualTo("INFO");
    }

    @Test
    void bufferingFormatterFramesABatch() {
        BufferingFormatter batch = new BufferingFormatter(new Formatter("%(message)s;")) {
            @Override
            public String formatHeader(List<LogRecord> records) {
                return "[" + records.size() + ": ";
            }

            @Override
            public String formatFooter(List<LogRecord> records) {
                return "]";
            }
        };
        LogRecord a = new LogRecord("b", Level.INFO, null, 0, "a", null, null, null);
        LogRecord b = new LogRecord("b", Level.INFO, null, 0, "b", null, null, null);
        assertThat(batch.format(List.of(a, b))).isEqualTo("[2: a;b;]");
        assertThat(batch.format(List.of())).isEmpty();
        assertThat(new BufferingFormatter().format(List.of(a))).isEqualTo("a");
    }
}
