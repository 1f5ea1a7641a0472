package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Messages formatted straight into UTF-8 ({@link PercentFormat#appendUtf8}) give the bytes of the
 * text {@link PercentFormat#appendTo} gives, and the same error where that one fails.
 */
class PercentFormatUtf8Test {

    private static final String[] FORMATS = {
        "%s", "%d", "%i %u", "%5d|", "%-3s|", "%+d", "%s and %d", "Grüße %s €", "\uD83D%s\uDE00", "%r", "%x",
        "%.2f", "%%d %d", "%s %s", "abc", "", "%", "%y", "%s %y", "%(a)s", "%*d", "lone \uD800 %s", "%c", "%.1s", "%s%s",
    };
    private static final Object[][] ARGUMENTS = {
        {}, {1}, {-7}, {0}, {Long.MIN_VALUE}, {Long.MAX_VALUE}, {Integer.MIN_VALUE}, {"x"}, {"é€\uD83D\uDE00"},
        {null}, {new int[] {1, 2}}, {3.5}, {BigInteger.TWO.pow(70)}, {(short) 3}, {true}, {1, 2}, {"a", 5},
        {List.of("l")}, {"\uDC00"}, {65}, {"\uD83D", "\uDE00"}, {"\uD83D", ""}, {"x\uD83D", 5},
    };

    @Test
    void everyFormatAndArgumentGivesTheBytesOfTheText() {
        Utf8Line line = new Utf8Line();
        StringBuilder scratch = new StringBuilder();
        int compared = 0;
        for (String format : FORMATS) {
            PercentFormat compiled = PercentFormat.compile(format);
            for (Object[] args : ARGUMENTS) {
                String text;
                String error = null;
                try {
                    StringBuilder out = new StringBuilder();
                    compiled.appendTo(out, args);
                    text = out.toString();
                } catch (PercentFormatException e) {
                    text = null;
                    error = e.getMessage();
                }
                line.reset(1 << 16);
                line.append((CharSequence) "<");
                String description = escaped(format + " % " + Arrays.deepToString(args));
                try {
                    compiled.appendUtf8(line, args, scratch);
                    assertThat(error).as(description).isNull();
                    assertThat(Arrays.copyOf(line.bytes(), line.length())).as(description)
                            .isEqualTo(("<" + text).getBytes(StandardCharsets.UTF_8));
                } catch (PercentFormatException e) {
                    assertThat(e.getMessage()).as(description).isEqualTo(error);
                }
                compared++;
            }
        }
        assertThat(compared).isEqualTo(FORMATS.length * ARGUMENTS.length);
    }

    /** Spells out every character past ASCII, so that a failure report shows lone surrogates. */
    private static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(c < 0x7F ? String.valueOf((char) c) : String.format("\\u%04X", c)));
        return out.toString();
    }

    @Test
    void decimalsAreWrittenDigitForDigit() {
        Utf8Line line = new Utf8Line();
        long[] values = {0, 9, 10, -1, -10, 99, 100, 999_999_999_999_999_999L, 1_000_000_000_000_000_000L,
            Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (long value : values) {
            line.reset(256);
            line.appendDecimal(value);
            assertThat(new String(line.bytes(), 0, line.length(), StandardCharsets.US_ASCII))
                    .isEqualTo(Long.toString(value));
        }
    }

    @Test
    void aRecordFormatsItsMessageIntoUtf8AsGetMessageDoes() {
        Object[][] cases = {
            {"Pack my box with %d dozen %s", new Object[] {5, "liquor jugs"}},
            {"%(user)s logged in", new Object[] {java.util.Map.of("user", "fbloggs")}},
            {"no arguments %d", null},
            {null, null},
            {"%s", new Object[] {java.util.Map.of()}},
        };
        Utf8Line line = new Utf8Line();
        for (Object[] c : cases) {
            LogRecord record = new LogRecord("a", Level.INFO, "", 0, (String) c[0], (Object[]) c[1], null, null);
            line.reset(256);
            record.appendMessage(line, new StringBuilder());
            assertThat(new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8))
                    .isEqualTo(record.getMessage());
        }
    }

    @Test
    void aLineReusesTheLastMessageFormatOnlyForTheSameMessage() {
        Utf8Line line = new Utf8Line();
        String first = "first %s";
        PercentFormat compiled = line.messageFormat(first);
        assertThat(compiled.source()).isEqualTo(first);
        assertThat(line.messageFormat(first)).isSameAs(compiled);
        assertThat(line.messageFormat("second %d").source()).isEqualTo("second %d");
        assertThat(line.messageFormat(null).source()).isEqualTo("null");
        String[] messages = {first, "second %s", first, new String(first), "second %s"};
        StringBuilder scratch = new StringBuilder();
        for (String message : messages) {
            LogRecord record = new LogRecord("a", Level.INFO, "", 0, message, new Object[] {"x"}, null, null);
            line.reset(256);
            record.appendMessage(line, scratch);
            assertThat(new String(line.bytes(), 0, line.length(), StandardCharsets.UTF_8))
                    .isEqualTo(message.replace("%s", "x"));
        }
    }
}
