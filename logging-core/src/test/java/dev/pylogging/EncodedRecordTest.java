package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

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
}
