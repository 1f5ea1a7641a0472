package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A forged message cannot split a line when the formatter escapes control characters; levels can be coloured. */
class LogInjectionTest extends LoggingTestCase {

    private static final String FORGED = "user logged out\n2026-01-01 00:00:00,000 - root - INFO - fake";

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    private Logger logger(Formatter formatter) {
        StreamHandler handler = new StreamHandler(written);
        handler.setFormatter(formatter);
        Logger logger = Logging.getLogger("app");
        logger.addHandler(handler);
        logger.setPropagate(false);
        logger.setLevel(Level.INFO);
        return logger;
    }

    private String output() {
        return written.toString(StandardCharsets.UTF_8);
    }

    @Test
    void withoutEscapingAForgedMessageMakesAFakeLineAsInCPython() {
        logger(new Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s")).warning("%s", FORGED);
        assertThat(output().lines()).hasSize(2);
    }

    @Test
    void escapingKeepsAForgedMessageOnOneLine() {
        Formatter formatter = new Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s");
        formatter.setEscapeControlCharacters(true);
        logger(formatter).warning("%s", FORGED);
        assertThat(output().lines()).hasSize(1);
        assertThat(output()).endsWith(" - app - WARNING - user logged out\\n2026-01-01 00:00:00,000 - root - INFO - fake\n");
    }

    @Test
    void escapingCoversAnsiSequencesExtraAttributesAndSeparatorsButNotTheFormatOrTheException() {
        Formatter formatter = new Formatter("%(user)s|%(message)s");
        formatter.setEscapeControlCharacters(true);
        Logger log = logger(formatter);
        log.atError().extra("user", "eve\r\nadmin").excInfo(new IllegalStateException("boom"))
                .log("\u001b[31mred\u001b[0m tab\there \u2028 and \u0085");
        assertThat(output()).startsWith("eve\\r\\nadmin|\\u001b[31mred\\u001b[0m tab\\there \\u2028 and \\u0085\n"
                + "java.lang.IllegalStateException: boom\n\tat ");
    }

    @Test
    void levelsCanBeColouredAsSpringBootsConsoleColoursThem() {
        Formatter formatter = new Formatter("%(levelname)s %(message)s");
        formatter.setColorLevels(true);
        Logger log = logger(formatter);
        log.error("e");
        log.warning("w");
        log.info("i");
        assertThat(output()).isEqualTo("\u001b[31mERROR\u001b[0;39m e\n\u001b[33mWARNING\u001b[0;39m w\n"
                + "\u001b[32mINFO\u001b[0;39m i\n");
        written.reset();
        Formatter padded = new Formatter("%(levelname)5s|%(message)s");
        padded.setColorLevels(true);
        Logging.getLogger("app").getHandlers().get(0).setFormatter(padded);
        log.info("padded inside the colour");
        assertThat(output()).isEqualTo("\u001b[32m INFO\u001b[0;39m|padded inside the colour\n");
    }

    @Test
    void theBytesAStreamGetsAreWhatFormatReturnsWithEscapingAndColours() {
        Formatter formatter = new Formatter("%(asctime)s %(levelname)-8s %(user)s|%(message)s");
        formatter.setEscapeControlCharacters(true);
        formatter.setColorLevels(true);
        java.util.List<LogRecord> seen = new java.util.ArrayList<>();
        Logger log = logger(formatter);
        log.getHandlers().get(0).addFilter(record -> seen.add(record));
        String[] hostile = {FORGED, "\u001b[31mred\u001b[0m", "tab\there", "sep \u2028 \u2029 c1 \u0085 \u009f del \u007f",
            "caf\u00e9 \u20ac \ud83d\ude00 plain \u00c2\u0080 \u00e2\u0080", "lone \ud800 surrogate"};
        StringBuilder expected = new StringBuilder();
        for (String text : hostile) {
            log.atWarning().extra("user", "eve\r\n" + text).log("%s", text);
            expected.append(formatter.format(seen.get(seen.size() - 1))).append('\n');
        }
        // format() keeps a lone surrogate; the stream's UTF-8 writes '?' for it, as an encoder would.
        assertThat(output()).isEqualTo(new String(expected.toString().getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8).replace('\ufffd', '?'));
        assertThat(output().lines()).hasSize(hostile.length);
    }
}
