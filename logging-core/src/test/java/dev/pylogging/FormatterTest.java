package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formatter subclasses and settings that handlers must honour. */
class FormatterTest extends LoggingTestCase {

    private static String emit(Formatter formatter, String msg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("fmt." + formatter.getClass().getSimpleName());
        StreamHandler handler = new StreamHandler(out);
        handler.setFormatter(formatter);
        logger.addHandler(handler);
        logger.warning(msg);
        logger.removeHandler(handler);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anOverriddenFormatTimeFeedsAsctime() {
        Formatter custom = new Formatter("[%(asctime)s] [%(asctime)-6s] %(message)s") {
            @Override
            public String formatTime(LogRecord record, String datefmt) {
                return "TIME";
            }
        };
        assertThat(emit(custom, "hello")).isEqualTo("[TIME] [TIME  ] hello\n");
    }

    @Test
    void anOverriddenFormatIsUsedByHandlers() {
        Formatter custom = new Formatter() {
            @Override
            public String format(LogRecord record) {
                return "<" + record.getMessage().toUpperCase(java.util.Locale.ROOT) + ">";
            }
        };
        assertThat(emit(custom, "shout")).isEqualTo("<SHOUT>\n");
    }

    @Test
    void formatSetsAsctimeAndRendersTheSameTimeAsTheHandlerPath() {
        Formatter formatter = new Formatter("%(asctime)s|%(asctime)-25s|%(message)s");
        formatter.setZone(ZoneOffset.UTC);
        LogRecord record = Logging.makeLogRecord(Map.of("msg", "m", "created", 1700000000.5, "msecs", 500.0));
        String formatted = formatter.format(record);
        assertThat(record.getAsctime()).isEqualTo("2023-11-14 22:13:20,500");
        assertThat(formatted).isEqualTo("2023-11-14 22:13:20,500|2023-11-14 22:13:20,500  |m");
        StringBuilder direct = new StringBuilder();
        formatter.appendTo(Logging.makeLogRecord(Map.of("msg", "m", "created", 1700000000.5, "msecs", 500.0)),
                new RecordSink.Text(direct));
        assertThat(direct).hasToString(formatted);
        assertThat(formatter.formatTime(record, "%H:%M")).isEqualTo("22:13");
        assertThat(formatter.formatTime(record, null)).isEqualTo("2023-11-14 22:13:20,500");
    }
}
