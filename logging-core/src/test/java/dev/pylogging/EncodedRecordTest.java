package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The reused buffers a record is formatted and encoded into. */
class EncodedRecordTest extends LoggingTestCase {

    private static LogRecord record(String message) {
        return new LogRecord("buffers", Level.INFO, null, 0, message, null, null, null);
    }

    @Test
    void aHugeRecordDoesNotPinItsBuffersForTheNextOne() {
        EncodedRecord line = new EncodedRecord();
        Formatter formatter = new Formatter("%(levelname)s %(message)s");
        line.encode(record("x".repeat(1_000_000)), formatter, "\n", StandardCharsets.UTF_8);
        assertThat(line.length()).isEqualTo("INFO ".length() + 1_000_000 + 1);
        assertThat(line.bytes().length).isGreaterThanOrEqualTo(1_000_000);

        line.encode(record("small é"), formatter, "\r\n", StandardCharsets.UTF_8);
        assertThat(line.bytes().length).as("the grown buffer is let go").isLessThanOrEqualTo(64 * 1024);
        assertThat(new String(Arrays.copyOf(line.bytes(), line.length()), StandardCharsets.UTF_8))
                .isEqualTo("INFO small é\r\n");
    }

    @Test
    void aNewCharsetGetsItsOwnEncoder() {
        EncodedRecord line = new EncodedRecord();
        Formatter formatter = new Formatter("%(message)s");
        line.encode(record("é"), formatter, "\n", StandardCharsets.UTF_8);
        assertThat(Arrays.copyOf(line.bytes(), line.length())).containsExactly(0xC3, 0xA9, '\n');
        line.encode(record("é"), formatter, "\n", StandardCharsets.ISO_8859_1);
        assertThat(Arrays.copyOf(line.bytes(), line.length())).containsExactly(0xE9, '\n');
    }

    @Test
    void linesBuiltStraightIntoUtf8AreTheBytesOfTheFormattedText() {
        EncodedRecord line = new EncodedRecord();
        Formatter plain = new Formatter("%(asctime)s [%(name)-12s] %(levelname)s «%(message)s» %(lineno)d %(funcName)s");
        Formatter dated = new Formatter("%(asctime)-25s|%(levelname)s|%(message)s", "%d/%m/%Y %H:%M:%S");
        Formatter subclass = new Formatter("%(message)s") {
            @Override
            public String format(LogRecord record) {
                return "<" + super.format(record) + ">";
            }
        };
        Formatter halves = new Formatter("\uDE00%(name)s%(message)s\uD83D");
        String[] messages = {"plain ascii", "é € 日本", "emoji \uD83D\uDE00 here", "lone \uD800 surrogate", "ends in newline\n", "",
            "\uDE00 starts with a low half, ends with a high \uD83D"};
        String[] names = {"root", "sp\u00e4m.eggs", "日志", "high half \uD83D"};
        Formatter joined = new Formatter("%(name)s%(message)s");
        for (Formatter formatter : new Formatter[] {plain, dated, subclass, halves, joined}) {
            for (String message : messages) {
                for (String name : names) {
                    LogRecord record = new LogRecord(name, Level.WARNING, "/src/App.java", 42, message, null,
                            message.isEmpty() ? new IllegalStateException("boom \u00fc") : null, "run");
                    line.encode(record, formatter, "\r\n", StandardCharsets.UTF_8);
                    byte[] expected = (formatter.format(record) + "\r\n").getBytes(StandardCharsets.UTF_8);
                    assertThat(Arrays.copyOf(line.bytes(), line.length()))
                            .as("%s with %s from %s", formatter, message, name).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void aLineKeepsTheStartOfTheLastOneOnlyWhileTheRecordWouldStartAlike() {
        EncodedRecord line = new EncodedRecord();
        Formatter formatter = new Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s");
        Formatter other = new Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s");
        Formatter subclass = new Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s") {
            @Override
            public String format(LogRecord record) {
                return "subclass " + super.format(record);
            }
        };
        Formatter utc = new Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s");
        utc.setZone(java.time.ZoneOffset.UTC);
        Formatter named = new Formatter("%(name)s:%(levelname)s:%(message)s");
        Formatter joined = new Formatter("%(name)s%(message)s");
        LogRecord[] records = {
            record("a", Level.INFO, 1_700_000_000.001, "first"),
            record("a", Level.INFO, 1_700_000_000.001, "same start"),
            record("a", Level.INFO, 1_700_000_000.002, "next millisecond"),
            record("a", Level.INFO, 1_700_000_001.002, "next second"),
            record("b", Level.INFO, 1_700_000_001.002, "other logger"),
            record("b", Level.ERROR, 1_700_000_001.002, "other level"),
            record("b", Level.ERROR, 1_700_000_001.002, "back to the same"),
            record("high half \uD83D", Level.ERROR, 1_700_000_001.002, "no pair"),
            record("high half \uD83D", Level.ERROR, 1_700_000_001.002, "\uDE00 pairs with the name"),
        };
        int encoded = 0;
        for (Formatter[] order : new Formatter[][] {
            {formatter}, {formatter, other}, {formatter, subclass}, {formatter, utc}, {formatter, named}, {joined}}) {
            for (Charset charset : new Charset[] {StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1}) {
                for (LogRecord record : records) {
                    for (Formatter f : order) {
                        line.encode(record, f, "\n", charset);
                        String expected = f.format(record) + "\n";
                        assertThat(Arrays.copyOf(line.bytes(), line.length()))
                                .as("%s, %s", f, record).isEqualTo(expected.getBytes(charset));
                        encoded++;
                    }
                }
            }
        }
        assertThat(encoded).isEqualTo(2 * 9 * 10);
    }

    private static LogRecord record(String name, int level, double created, String message) {
        LogRecord record = new LogRecord(name, level, "/src/App.java", 1, message, null, null, "run");
        record.set("created", created);
        record.set("msecs", Math.round((created - Math.floor(created)) * 1000));
        return record;
    }
}
