package dev.pylogging.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.CapturedStderr;
import dev.pylogging.Level;
import dev.pylogging.LogRecord;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** NTEventLogHandler where there is no Windows event log: as CPython without the Win32 extensions. */
@DisabledOnOs(OS.WINDOWS)
class NTEventLogHandlerTest extends LoggingTestCase {

    @Test
    void warnsOnceWhenBuiltAndDropsEveryRecord() {
        try (CapturedStderr err = new CapturedStderr()) {
            NTEventLogHandler handler = new NTEventLogHandler("MyApp");
            Logger logger = Logging.getLogger("nt");
            logger.addHandler(handler);
            logger.error("dropped %d", 1);
            logger.critical("dropped too");
            handler.close();
            assertThat(err.text()).isEqualTo("NTEventLogHandler MyApp: the Windows event log is not available here "
                    + "(not Windows); records will be dropped" + System.lineSeparator());
            assertThat(handler.isAvailable()).isFalse();
        }
    }

    @Test
    void eventTypeCategoryAndMessageIdAsTheSeed() {
        NTEventLogHandler handler;
        try (CapturedStderr ignored = new CapturedStderr()) {
            handler = new NTEventLogHandler("MyApp", null, null);
        }
        Map<Integer, Integer> expected = Map.of(
                Level.DEBUG, NTEventLogHandler.EVENTLOG_INFORMATION_TYPE,
                Level.INFO, NTEventLogHandler.EVENTLOG_INFORMATION_TYPE,
                Level.WARNING, NTEventLogHandler.EVENTLOG_WARNING_TYPE,
                Level.ERROR, NTEventLogHandler.EVENTLOG_ERROR_TYPE,
                Level.CRITICAL, NTEventLogHandler.EVENTLOG_ERROR_TYPE,
                25, NTEventLogHandler.EVENTLOG_ERROR_TYPE);
        expected.forEach((level, type) -> {
            LogRecord record = Logging.makeLogRecord(Map.of("levelno", level, "msg", "m"));
            assertThat(handler.getEventType(record)).as("level %d", level).isEqualTo(type);
            assertThat(handler.getEventCategory(record)).isZero();
            assertThat(handler.getMessageID(record)).isEqualTo(1);
        });
        assertThat(handler.getLogtype()).isEqualTo("Application");
        assertThat(NTEventLogHandler.EVENTLOG_INFORMATION_TYPE).isEqualTo(4);
    }

    @Test
    void anEmptyApplicationNameIsRefused() {
        assertThatThrownBy(() -> new NTEventLogHandler(" "))
                .hasMessage("NTEventLogHandler needs an application name, not ' '");
    }
}
