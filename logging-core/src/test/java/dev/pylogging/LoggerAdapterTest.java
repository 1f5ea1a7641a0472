package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** LoggerAdapter and the Python 3 module functions, against CPython 3.11's own output. */
class LoggerAdapterTest extends LoggingTestCase {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    private Logger logger(String format) {
        StreamHandler handler = new StreamHandler(written);
        handler.setFormatter(new Formatter(format));
        Logger logger = Logging.getLogger("adapter");
        logger.addHandler(handler);
        logger.setLevel(Level.DEBUG);
        logger.setPropagate(false);
        return logger;
    }

    @Test
    void anAdapterLogsAsCPythonsDoes() {
        LoggerAdapter adapter = new LoggerAdapter(logger("%(levelname)s|%(name)s|%(connid)s|%(message)s"),
                Map.of("connid", "42"));
        adapter.info("Protocol problem: %s", "connection reset");
        adapter.log(Level.WARNING, (Throwable) null, Map.of("connid", "7"), "the call's extra is replaced");
        adapter.debug("100%");
        adapter.log(25, "level %d", 25);
        Map<String, Integer> mapping = new TreeMap<>(Logging.getLevelNamesMapping());
        StringBuilder pairs = new StringBuilder("[");
        mapping.forEach((name, level) -> pairs.append(pairs.length() > 1 ? ", " : "").append("('").append(name)
                .append("', ").append(level).append(')'));
        String expected = Python.run("adapter_oracle.py", "", Map.of());
        assertThat(written.toString(StandardCharsets.UTF_8) + pairs + "]\n").isEqualTo(expected);
    }

    @Test
    void withMergeExtraTheCallsValuesWinAsPython313Has() {
        LoggerAdapter adapter = new LoggerAdapter(logger("%(connid)s|%(user)s|%(message)s"),
                Map.of("connid", "42", "user", "adapter"), true);
        adapter.log(Level.INFO, (Throwable) null, Map.of("user", "fbloggs"), "merged");
        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo("42|fbloggs|merged\n");
    }

    @Test
    void theCallerIsTheApplicationsLineNotTheAdapters() {
        LoggerAdapter adapter = new LoggerAdapter(logger("%(funcName)s|%(filename)s"), Map.of());
        adapter.warning("where");
        assertThat(written.toString(StandardCharsets.UTF_8))
                .isEqualTo("theCallerIsTheApplicationsLineNotTheAdapters|LoggerAdapterTest.java\n");
    }

    @Test
    void processCanBeOverriddenToAddContext() {
        LoggerAdapter adapter = new LoggerAdapter(logger("%(message)s"), Map.of("connid", "42")) {
            @Override
            public Call process(String msg, Map<String, ?> callExtra) {
                return new Call("[" + getExtra().get("connid") + "] " + msg, getExtra());
            }
        };
        adapter.info("with a prefix");
        assertThat(written.toString(StandardCharsets.UTF_8)).isEqualTo("[42] with a prefix\n");
    }

    @Test
    void handlersAreFoundByName() {
        StreamHandler console = new StreamHandler(written);
        console.setName("console");
        assertThat(Logging.getHandlerByName("console")).isSameAs(console);
        assertThat(Logging.getHandlerNames()).contains("console");
        console.close();
        assertThat(Logging.getHandlerByName("console")).isNull();
    }

    private static void logFromAHelper(Logger log) {
        log.atWarning().stacklevel(2).log("from a helper");
    }

    @Test
    void stacklevelNamesTheHelpersCallerAsCPythonDoes() {
        Logger log = logger("%(funcName)s|%(lineno)d|%(message)s");
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        logFromAHelper(log);
        assertThat(written.toString(StandardCharsets.UTF_8))
                .isEqualTo("stacklevelNamesTheHelpersCallerAsCPythonDoes|" + line + "|from a helper\n");
    }

    @Test
    void stackInfoAppendsTheStackOfTheCallMostRecentLast() {
        Logger log = logger("%(message)s");
        log.atInfo().stackInfo(true).log("with its stack");
        String out = written.toString(StandardCharsets.UTF_8);
        assertThat(out).startsWith("with its stack\nStack (most recent call last):\n  at ");
        String[] lines = out.strip().split("\n");
        assertThat(lines[lines.length - 1]).startsWith("  at dev.pylogging.LoggerAdapterTest."
                + "stackInfoAppendsTheStackOfTheCallMostRecentLast(LoggerAdapterTest.java:");
    }
}
