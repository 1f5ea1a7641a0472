package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input never reaches the caller as an exception and never costs other handlers their
 * records; errors are reported in one line on stderr, or not at all when asked.
 */
class BadInputTest extends LoggingTestCase {

    @TempDir
    Path dir;

    private static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }

    private StreamHandler handler(ByteArrayOutputStream out, String format) {
        StreamHandler handler = new StreamHandler(out);
        handler.setFormatter(new Formatter(format));
        return handler;
    }

    @Test
    void aFormatKeyMissingFromTheRecordFailsOnlyThatHandler() {
        ByteArrayOutputStream strict = new ByteArrayOutputStream();
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("tcpserver");
        StreamHandler strictHandler = handler(strict, "%(clientip)s %(message)s");
        strictHandler.setName("strict");
        logger.addHandler(strictHandler);
        logger.addHandler(handler(plain, "%(levelname)s %(message)s"));
        try (CapturedStderr err = new CapturedStderr()) {
            assertThatCode(() -> logger.warning("Protocol problem: %s", "connection reset")).doesNotThrowAnyException();
            assertThat(err.text()).isEqualTo("--- Logging error --- in <StreamHandler strict <ByteArrayOutputStream> "
                    + "(NOTSET)> for logger 'tcpserver', message 'Protocol problem: %s' with arguments "
                    + "('connection reset',): PercentFormatException: KeyError: 'clientip' (the format "
                    + "'%(clientip)s %(message)s' names a field that the record lacks)\n");
        }
        assertThat(strict.size()).isZero();
        assertThat(text(plain)).isEqualTo("WARNING Protocol problem: connection reset\n");
    }

    @Test
    void percentDWithAStringIsReportedAndTheNextRecordStillLogs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("bad.d");
        logger.addHandler(new StreamHandler(out));
        try (CapturedStderr err = new CapturedStderr()) {
            logger.warning("count %d", "many");
            logger.warning("count %d", 3);
            assertThat(err.text()).contains("logger 'bad.d'", "'count %d'", "('many',)",
                    "%d format: a real number is required, not str").hasLineCount(1);
        }
        assertThat(text(out)).isEqualTo("count 3\n");
    }

    @Test
    void tooFewOrTooManyArgumentsAreReported() {
        Logger logger = Logging.getLogger("bad.args");
        logger.addHandler(new StreamHandler(new ByteArrayOutputStream()));
        try (CapturedStderr err = new CapturedStderr()) {
            logger.warning("%s and %s", "one");
            logger.warning("%s", "one", "two");
            assertThat(err.text()).contains("not enough arguments for format string",
                    "not all arguments converted during string formatting").hasLineCount(2);
        }
    }

    @Test
    void errorsAreSilentWhenRaiseExceptionsIsOff() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("quiet");
        logger.addHandler(new StreamHandler(out));
        Logging.setRaiseExceptions(false);
        try (CapturedStderr err = new CapturedStderr()) {
            logger.warning("%d", "x");
            logger.warning("fine");
            assertThat(err.text()).isEmpty();
        }
        assertThat(text(out)).isEqualTo("fine\n");
    }

    @Test
    void nullMessageArgumentsAndLoggerNameAreHarmless() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logging.getLogger().addHandler(handler(out, "%(name)s:%(message)s"));
        Logger logger = Logging.getLogger(null);
        logger.warning((String) null);
        logger.warning("no args", (Object[]) null);
        logger.warning("%s is null", (Object) null);
        logger.warning(null, "arg");
        Logging.getLogger("n").warning((Throwable) null, "no exception");
        assertThat(text(out)).startsWith("root:null\nroot:no args\nroot:null is null\n")
                .endsWith("n:no exception\n");
    }

    @Test
    void aMessageWithoutArgumentsIsNotFormatted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("pct");
        logger.addHandler(new StreamHandler(out));
        logger.warning("100%");
        logger.warning("%d%% done", 50);
        assertThat(text(out)).isEqualTo("100%\n50% done\n");
    }

    @Test
    void anArgumentWhoseToStringThrowsIsReported() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("tostring");
        logger.addHandler(new StreamHandler(out));
        Object evil = new Object() {
            @Override
            public String toString() {
                throw new IllegalStateException("no string for you");
            }
        };
        try (CapturedStderr err = new CapturedStderr()) {
            assertThatCode(() -> logger.warning("value %s", evil)).doesNotThrowAnyException();
            assertThat(err.text()).contains("IllegalStateException").hasLineCount(1);
        }
        logger.warning("after");
        assertThat(text(out)).isEqualTo("after\n");
    }

    @Test
    void aHandlerOrFilterThatThrowsCostsNoOtherHandlerItsRecord() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Logger logger = Logging.getLogger("throwing");
        logger.addHandler(new Handler() {
            @Override
            public void emit(LogRecord record) {
                throw new IllegalStateException("emit failed");
            }
        });
        StreamHandler filtered = new StreamHandler(new ByteArrayOutputStream());
        filtered.addFilter(record -> {
            throw new IllegalArgumentException("filter failed");
        });
        logger.addHandler(filtered);
        logger.addHandler(new StreamHandler(out));
        try (CapturedStderr err = new CapturedStderr()) {
            assertThatCode(() -> logger.warning("survives")).doesNotThrowAnyException();
            assertThat(err.text()).contains("emit failed", "filter failed").hasLineCount(2);
        }
        assertThat(text(out)).isEqualTo("survives\n");
    }

    @Test
    void extraClashingWithARecordAttributeIsRejected() {
        Logging.basicConfig(BasicConfig.builder().stream(new ByteArrayOutputStream()).build());
        Logger logger = Logging.getLogger("clash");
        for (String key : new String[] {"message", "asctime", "name", "levelno", "lineno", "exc_info"}) {
            assertThatThrownBy(() -> logger.atWarning().extra(key, "x"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Attempt to overwrite '" + key + "' in LogRecord");
        }
        assertThatThrownBy(() -> logger.atError().extra(Map.of("message", "x")))
                .hasMessage("Attempt to overwrite 'message' in LogRecord");
        assertThatCode(() -> logger.atDebug().extra("message", "x")).as("a disabled call checks nothing")
                .doesNotThrowAnyException();
    }

    @Test
    void aMalformedFormatStringIsRejectedWhenTheFormatterIsMade() {
        assertThatThrownBy(() -> new Formatter("%(message)s %y")).isInstanceOf(PercentFormatException.class)
                .hasMessageContaining("unsupported format character 'y'");
        assertThatThrownBy(() -> new Formatter("%(message")).hasMessageContaining("incomplete format key");
        assertThatThrownBy(() -> new Formatter("plain text")).hasMessageContaining("names no field");
        assertThatThrownBy(() -> new Formatter("%s")).hasMessageContaining("every field needs a name");
    }

    @Test
    void aFileThatCannotBeOpenedIsNamedAtConstruction() throws IOException {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "x");
        Path impossible = blocker.resolve("app.log");
        assertThatThrownBy(() -> new FileHandler(impossible.toString()))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("Cannot open log file '" + impossible + "' for appending");
        assertThatThrownBy(() -> new FileHandler(dir.toString(), "w"))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(dir.toString());
        assertThatThrownBy(() -> new FileHandler(dir.resolve("x.log").toString(), "r"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'r'");
        assertThatThrownBy(() -> new FileHandler(dir.resolve("x.log").toString(), "a", "no-such-charset"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-charset");
    }

    @Test
    void aDelayedFileThatCannotBeOpenedIsReportedAtFirstEmitAndRetried() throws IOException {
        Path missingParent = dir.resolve("blocked");
        Files.writeString(missingParent, "a file where a folder should be");
        Path log = missingParent.resolve("app.log");
        FileHandler handler = new FileHandler(log.toString(), "a", null, true);
        Logger logger = Logging.getLogger("delayed");
        logger.addHandler(handler);
        try (CapturedStderr err = new CapturedStderr()) {
            assertThatCode(() -> logger.warning("lost")).doesNotThrowAnyException();
            assertThat(err.text()).contains("Cannot open log file '" + log + "'").hasLineCount(1);
        }
        Files.delete(missingParent);
        Files.createDirectory(missingParent);
        logger.warning("kept");
        handler.close();
        assertThat(Files.readString(log)).isEqualTo("kept\n");
    }

    @Test
    void aStreamThatRefusesWritesIsReported() {
        Logger logger = Logging.getLogger("refused");
        logger.addHandler(new StreamHandler(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }));
        try (CapturedStderr err = new CapturedStderr()) {
            assertThatCode(() -> logger.warning("x")).doesNotThrowAnyException();
            assertThat(err.text()).contains("No space left on device");
        }
    }

    @Test
    void badSetLoggerClassArgumentsAreNamed() {
        assertThatThrownBy(() -> Logging.setLoggerClass(NoNameConstructor.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(NoNameConstructor.class.getName()).hasMessageContaining("(String)");
    }

    /** Lacks the public {@code (String name)} constructor that setLoggerClass needs. */
    public static class NoNameConstructor extends Logger {
        public NoNameConstructor() {
            super("fixed");
        }
    }
}
