package dev.pylogging.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.CapturedStderr;
import dev.pylogging.CapturedStdout;
import dev.pylogging.FileHandler;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.Python;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A refused configuration touches nothing, a live one swaps without loss, and fileConfig reads what CPython 3 reads. */
class ConfigHardeningTest extends LoggingTestCase {

    @TempDir
    Path dir;

    private static void apply(String text) {
        LoggingConfig.fileConfig(new StringReader(text), "test.conf", Map.of(), true);
    }

    private static String fileHandlers(String firstArgs, String secondClass, String secondArgs) {
        return """
                [loggers]
                keys=root
                [handlers]
                keys=live,second
                [formatters]
                keys=
                [logger_root]
                handlers=live,second
                [handler_live]
                class=FileHandler
                args=%s
                [handler_second]
                class=%s
                args=%s
                """.formatted(firstArgs, secondClass, secondArgs);
    }

    @Test
    void aConfigurationRefusedForItsSecondHandlerHasNotTruncatedTheFirstsFile() throws IOException {
        Path live = dir.resolve("live.log");
        Files.writeString(live, "a line that must survive\n");
        Path elsewhere = dir.resolve("new-folder").resolve("x.log");
        String text = fileHandlers("('" + live + "', 'w')", "handlers.NoSuchHandler", "('" + elsewhere + "',)");
        assertThatThrownBy(() -> apply(text)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("handlers.NoSuchHandler");
        assertThat(Files.readString(live)).isEqualTo("a line that must survive\n");
        assertThat(dir.resolve("new-folder")).doesNotExist();
    }

    @Test
    void aConfigurationIsNotAppliedWhenOneOfItsFilesCannotBeOpened() throws IOException {
        Path live = dir.resolve("live.log");
        Files.writeString(live, "kept\n");
        Path missingFolder = dir.resolve("missing").resolve("x.log");
        String text = fileHandlers("('" + live + "', 'w')", "FileHandler", "('" + missingFolder + "',)");
        assertThatThrownBy(() -> apply(text)).isInstanceOf(ConfigException.class)
                .hasMessageContaining("Cannot open log file '" + missingFolder + "' for appending: "
                        + "No such file or directory");
        assertThat(Files.readString(live)).isEqualTo("kept\n");
        assertThat(dir.resolve("missing")).doesNotExist();
    }

    @Test
    void aFileHandlerDoesNotCreateAMissingFolderAsCPythonDoesNot() {
        Path missing = dir.resolve("no-such-folder").resolve("app.log");
        assertThatThrownBy(() -> new FileHandler(missing.toString())).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("Cannot open log file '" + missing + "' for appending");
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void theFilesOfAnAppliedConfigurationAreOpenedAndWritten() throws IOException {
        Path first = dir.resolve("first.log");
        Path second = dir.resolve("second.log");
        apply(fileHandlers("('" + first + "', 'w')", "FileHandler", "('" + second + "', 'w')"));
        Logging.getLogger().warning("to both");
        Logging.shutdown();
        assertThat(Files.readString(first)).isEqualTo("to both\n");
        assertThat(Files.readString(second)).isEqualTo("to both\n");
    }

    @Test
    void aLiveReconfigurationLosesNoRecordLoggedDuringTheSwap() throws Exception {
        Path file = dir.resolve("swapped.log");
        String text = fileHandlers("('" + file + "', 'a')", "FileHandler", "('" + dir.resolve("other.log") + "', 'a')");
        apply(text);
        Logger log = Logging.getLogger("busy");
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong calls = new AtomicLong();
        Thread logger = new Thread(() -> {
            while (running.get()) {
                log.warning("record %d", calls.incrementAndGet());
            }
        });
        try (CapturedStderr err = new CapturedStderr()) {
            logger.start();
            for (int swap = 0; swap < 50; swap++) {
                LoggingConfig.fileConfig(new StringReader(text), "swap.conf", Map.of(), false);
            }
            running.set(false);
            logger.join(10_000);
            Logging.shutdown();
            assertThat(err.text()).isEmpty();
        }
        try (var lines = Files.lines(file)) {
            assertThat(lines.count()).isEqualTo(calls.get());
        }
    }

    @Test
    void kwargsAreConstructorArgumentsByCPythonsNames() throws IOException {
        Path rotating = dir.resolve("rotating.log");
        try (CapturedStdout captured = new CapturedStdout()) {
            apply("""
                    [loggers]
                    keys=root
                    [handlers]
                    keys=console,rotating
                    [formatters]
                    keys=
                    [logger_root]
                    handlers=console,rotating
                    [handler_console]
                    class=StreamHandler
                    args=()
                    kwargs={'stream': sys.stdout}
                    [handler_rotating]
                    class=handlers.RotatingFileHandler
                    args=('%s',)
                    kwargs={'maxBytes': 20, 'backupCount': 1}
                    """.formatted(rotating));
            Logging.getLogger().warning("to stdout and a file that rolls");
            Logging.getLogger().warning("second");
            Logging.shutdown();
            assertThat(captured.text()).isEqualTo("to stdout and a file that rolls\nsecond\n");
        }
        assertThat(Files.readString(rotating)).isEqualTo("second\n");
        assertThat(Files.readString(dir.resolve("rotating.log.1"))).isEqualTo("to stdout and a file that rolls\n");
    }

    @Test
    void anUnknownOrRepeatedKeywordIsRefusedByName() {
        String unknown = """
                [loggers]
                keys=root
                [handlers]
                keys=h
                [formatters]
                keys=
                [logger_root]
                handlers=h
                [handler_h]
                class=StreamHandler
                args=(sys.stdout,)
                kwargs=%s
                """;
        assertThatThrownBy(() -> apply(unknown.formatted("{'colour': 'red'}")))
                .hasMessageContaining("kwargs = {'colour': 'red'}")
                .hasMessageContaining("StreamHandler got an unexpected keyword argument 'colour'");
        assertThatThrownBy(() -> apply(unknown.formatted("{'stream': sys.stderr}")))
                .hasMessageContaining("StreamHandler got multiple values for argument 'stream'");
        assertThatThrownBy(() -> apply(unknown.formatted("('not', 'a dict')")))
                .hasMessageContaining("kwargs must be a dict");
    }

    @Test
    void stringEscapesDecodeAsCPythonDecodesThem() {
        String literal = "'\\N{DIGIT ONE}\\N{EURO SIGN} \\101\\7 \\a\\b\\f\\v \\x41\\u00e9\\U0001F600'";
        String expected = Python.run("eval_literal.py", literal, Map.of());
        assertThat(PyLiteral.parse(literal)).isEqualTo(expected);
        assertThatThrownBy(() -> PyLiteral.parse("'\\N{NO SUCH CHARACTER NAME}'"))
                .hasMessageContaining("unknown Unicode character name 'NO SUCH CHARACTER NAME'");
    }
}
