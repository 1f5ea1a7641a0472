package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.handlers.BufferingHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** What a caller can provoke locally, and the last differences from CPython 3.11 in the core. */
class HardeningTest extends LoggingTestCase {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    private Logger loggerWritingTo(String name) {
        Logger logger = Logging.getLogger(name);
        logger.setPropagate(false);
        StreamHandler handler = new StreamHandler(written);
        handler.setFormatter(new Formatter("%(levelname)s %(message)s"));
        logger.addHandler(handler);
        return logger;
    }

    private String output() {
        return written.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aStarWidthOfTwoGigabytesGoesToHandleErrorNotToTheCaller() {
        Logger log = loggerWritingTo("app");
        try (CapturedStderr err = new CapturedStderr()) {
            log.warning("%*d", 2147483647, 5);
            log.warning("%999999999d", 5);
            log.warning("next %d", 1);
            assertThat(err.text()).contains("width too big: 2147483647 is over the limit of 65536",
                    "width too big: 999999999 is over the limit of 65536");
        }
        assertThat(output()).isEqualTo("WARNING next 1\n");
    }

    @Test
    void anErrorThrownWhileHandlingIsReportedAndNeverReachesTheCaller() {
        Logger log = Logging.getLogger("fragile");
        log.setPropagate(false);
        log.addHandler(new CollectingHandler(record -> {
            throw new StackOverflowError("too deep to render");
        }));
        List<String> after = new CopyOnWriteArrayList<>();
        log.addHandler(new CollectingHandler(record -> after.add(record.getMessage())));
        try (CapturedStderr err = new CapturedStderr()) {
            log.error("survives %s", "the overflow");
            assertThat(err.text()).contains("IllegalStateException: java.lang.StackOverflowError: too deep to render");
        }
        assertThat(after).containsExactly("survives the overflow");
    }

    @Test
    void aLoggerMadeWithNewObeysDisableAsCPythonsDoes() {
        Logger before = new Logger("standalone.before");
        Logging.disable(Level.WARNING);
        Logger after = new Logger("standalone.after");
        assertThat(before.isEnabledFor(Level.WARNING)).isFalse();
        assertThat(after.isEnabledFor(Level.WARNING)).isFalse();
        assertThat(after.isEnabledFor(Level.ERROR)).isTrue();
        Logging.disable(Level.NOTSET);
        assertThat(before.isEnabledFor(Level.WARNING)).isTrue();
    }

    @Test
    void resetForgetsWhichLoggersExistButKeepsTheirIdentity() {
        Logger held = Logging.getLogger("made.before.reset");
        Logging.reset();
        assertThat(Logging.getLoggers()).extracting(Logger::getName).doesNotContain("made.before.reset");
        dev.pylogging.config.LoggingConfig.fileConfig(new java.io.StringReader("""
                [loggers]
                keys=root
                [handlers]
                keys=
                [formatters]
                keys=
                [logger_root]
                handlers=
                """), Map.of());
        assertThat(held.isDisabled()).isFalse();
        assertThat(Logging.getLogger("made.before.reset")).isSameAs(held);
    }

    @Test
    void basicConfigRefusesAFileNameWithAStreamAsCPython3Does() {
        assertThatThrownBy(() -> BasicConfig.builder().filename("app.log").stream(written).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'stream' and 'filename' should not be specified together");
    }

    @Test
    void aBufferingHandlerOfCapacityZeroFlushesEveryRecordAsCPythonDoes() {
        BufferingHandler handler = new BufferingHandler(0);
        LogRecord record = Logging.makeLogRecord(Map.of("msg", "m"));
        assertThat(handler.getCapacity()).isZero();
        assertThat(handler.shouldFlush(record)).isTrue();
        assertThatThrownBy(() -> new BufferingHandler(-1)).hasMessage("capacity must be 0 or more, not -1");
    }

    @Test
    void anEmptyLevelNameIsAcceptedAsCPythonDoes() {
        Logging.addLevelName(Level.INFO, "");
        Logger log = loggerWritingTo("quiet");
        log.setLevel(Level.INFO);
        log.info("y");
        assertThat(Logging.getLevelName(Level.INFO)).isEmpty();
        assertThat(output()).isEqualTo(" y\n");
    }
}
