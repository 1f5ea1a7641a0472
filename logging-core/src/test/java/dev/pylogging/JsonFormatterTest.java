package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON lines in every layout, each parsed by Python's json module, hostile messages included. */
class JsonFormatterTest extends LoggingTestCase {

    private static final String HOSTILE = "quote \" backslash \\ newline \n cr \r tab \t nul \u0000 esc \u001b[31m "
            + "ls \u2028 lone \ud800 surrogate and a pair \ud83d\ude00";

    @TempDir
    Path dir;

    /** Logs through a file with {@code formatter} and returns what Python's json module reads back, line by line. */
    private List<String> parsedByPython(JsonFormatter formatter, java.util.function.Consumer<Logger> calls)
            throws Exception {
        Path file = dir.resolve("json.log");
        FileHandler handler = new FileHandler(file.toString(), "w");
        handler.setFormatter(formatter);
        Logger logger = Logging.getLogger("app.json");
        logger.setPropagate(false);
        logger.setLevel(Level.DEBUG);
        logger.addHandler(handler);
        calls.accept(logger);
        handler.close();
        return List.of(Python.run("json_lines_oracle.py", "", Map.of(), file.toString()).split("\n"));
    }

    private static void hostileCalls(Logger log) {
        log.warning("%s", HOSTILE);
        log.atError().extra("traceId", "abc\n123").extra("attempt", 3).excInfo(new IllegalStateException("boom \"x\""))
                .log("failed");
    }

    @Test
    void ecsLinesCarrySpringBootsFieldsAndParse() throws Exception {
        JsonFormatter ecs = new JsonFormatter("ecs");
        ecs.setService("orders", "1.2.3", "prod", "node-1");
        List<String> lines = parsedByPython(ecs, JsonFormatterTest::hostileCalls);
        assertThat(lines).hasSize(2).noneMatch(l -> l.startsWith("INVALID"));
        assertThat(lines.get(0)).contains("\"ecs\": {\"version\": \"8.11\"}", "\"log\": {\"level\": \"WARNING\", "
                + "\"logger\": \"app.json\"}", "\"service\": {\"environment\": \"prod\", \"name\": \"orders\", \"node\": "
                + "{\"name\": \"node-1\"}, \"version\": \"1.2.3\"}", "\"@timestamp\": \"20",
                "\\ufffd surrogate and a pair \\ud83d\\ude00", "newline \\n cr \\r tab \\t nul \\u0000 esc \\u001b[31m");
        assertThat(lines.get(1)).contains("\"error\": {\"message\": \"boom \\\"x\\\"\", \"stack_trace\": "
                + "\"java.lang.IllegalStateException: boom \\\"x\\\"\\n\\tat ", "\"type\": \"java.lang.IllegalStateException\"}",
                "\"traceId\": \"abc\\n123\"", "\"attempt\": 3");
    }

    @Test
    void logstashAndGelfLinesParse() throws Exception {
        List<String> logstash = parsedByPython(new JsonFormatter("logstash"), JsonFormatterTest::hostileCalls);
        assertThat(logstash).hasSize(2).noneMatch(l -> l.startsWith("INVALID"));
        assertThat(logstash.get(0)).contains("\"@version\": \"1\"", "\"level\": \"WARNING\"", "\"level_value\": 30",
                "\"logger_name\": \"app.json\"", "\"thread_name\": ");
        assertThat(logstash.get(1)).contains("\"stack_trace\": \"java.lang.IllegalStateException");
        List<String> gelf = parsedByPython(new JsonFormatter("gelf"), JsonFormatterTest::hostileCalls);
        assertThat(gelf).hasSize(2).noneMatch(l -> l.startsWith("INVALID"));
        assertThat(gelf.get(0)).contains("\"version\": \"1.1\"", "\"level\": 4", "\"_log_logger\": \"app.json\"");
        assertThat(gelf.get(1)).contains("\"level\": 3", "\"_error_type\": \"java.lang.IllegalStateException\"",
                "\"_traceId\": \"abc\\n123\"", "\"full_message\": \"failed\\n\\njava.lang.IllegalStateException");
    }

    @Test
    void aPythonStyleLayoutEmitsTheKeysItsFormatNames() throws Exception {
        List<String> lines = parsedByPython(new JsonFormatter("%(levelname)s %(name)s %(filename)s %(message)s"),
                log -> log.atInfo().extra("user", "fbloggs").log("hello %s", "world"));
        assertThat(lines).containsExactly("{\"filename\": \"JsonFormatterTest.java\", "
                + "\"levelname\": \"INFO\", \"message\": \"hello world\", \"name\": \"app.json\", \"user\": \"fbloggs\"}");
    }

    @Test
    void exceptionsCanBeCapped() throws Exception {
        JsonFormatter capped = new JsonFormatter("message,exc_info");
        capped.setExceptionCaps(2, 120);
        List<String> lines = parsedByPython(capped, log -> log.exception(new IllegalStateException("deep"), "capped"));
        assertThat(lines.get(0)).contains("\"exc_info\": \"java.lang.IllegalStateException: deep\\n\\tat ")
                .contains("...\"");
        assertThatThrownBy(() -> capped.setExceptionCaps(-1, 10))
                .hasMessage("exception caps must be 0 or more frames and 1 or more characters, not -1 and 10");
    }

    @Test
    void aSubclassThatOverridesFormatIsWrittenAsItFormats() throws Exception {
        Path file = dir.resolve("custom.log");
        FileHandler handler = new FileHandler(file.toString(), "w");
        handler.setFormatter(new JsonFormatter("logstash") {
            @Override
            public String format(LogRecord record) {
                return "custom " + super.format(record);
            }
        });
        Logger logger = Logging.getLogger("app.custom");
        logger.setPropagate(false);
        logger.addHandler(handler);
        logger.warning("hello");
        handler.close();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).startsWith("custom {").contains("\"message\":\"hello\"");
    }

    @Test
    void anArgumentThatLogsAJsonLineWhileFormattedLeavesBothLinesWhole() throws Exception {
        JsonFormatter json = new JsonFormatter("logstash");
        FileHandler outerFile = new FileHandler(dir.resolve("outer.log").toString(), "w");
        FileHandler innerFile = new FileHandler(dir.resolve("inner.log").toString(), "w");
        outerFile.setFormatter(json);
        innerFile.setFormatter(json);
        Logger outer = Logging.getLogger("app.outer");
        Logger inner = Logging.getLogger("app.inner");
        outer.setPropagate(false);
        inner.setPropagate(false);
        outer.addHandler(outerFile);
        inner.addHandler(innerFile);
        Object chatty = new Object() {
            @Override
            public String toString() {
                inner.warning("inner %s", "line");
                return "chatty";
            }
        };
        outer.warning("outer %s and %s", chatty, "more");
        outerFile.close();
        innerFile.close();
        assertThat(Files.readString(dir.resolve("outer.log"))).contains("\"message\":\"outer chatty and more\"");
        assertThat(Files.readString(dir.resolve("inner.log"))).contains("\"message\":\"inner line\"");
    }

    @Test
    void anUnknownLayoutOrAttributeIsRefusedByName() {
        assertThatThrownBy(() -> new JsonFormatter("ecz"))
                .hasMessageStartingWith("unknown JSON layout or record attribute 'ecz'");
        assertThatThrownBy(() -> new JsonFormatter("%(levelname)s %(nosuch)s"))
                .hasMessageStartingWith("unknown JSON layout or record attribute 'nosuch'");
    }
}
