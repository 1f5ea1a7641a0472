package dev.pylogging.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.FileHandler;
import dev.pylogging.Handler;
import dev.pylogging.CapturedStdout;
import dev.pylogging.Level;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.StreamHandler;
import dev.pylogging.handlers.RotatingFileHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** fileConfig: the seed's files, ConfigParser's rules, existing loggers, and atomic failure. */
class FileConfigTest extends LoggingTestCase {

    private static final String TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3}";

    static final String SIMPLE_EXAMPLE = """
            [loggers]
            keys=root,simpleExample

            [handlers]
            keys=consoleHandler

            [formatters]
            keys=simpleFormatter

            [logger_root]
            level=DEBUG
            handlers=consoleHandler

            [logger_simpleExample]
            level=DEBUG
            handlers=consoleHandler
            qualname=simpleExample
            propagate=0

            [handler_consoleHandler]
            class=StreamHandler
            level=DEBUG
            formatter=simpleFormatter
            args=(sys.stdout,)

            [formatter_simpleFormatter]
            format=%(asctime)s - %(name)s - %(levelname)s - %(message)s
            datefmt=
            """;

    @TempDir
    Path dir;

    private static void apply(String text) {
        LoggingConfig.fileConfig(new StringReader(text), "test.conf", Map.of(), true);
    }

    @Test
    void theSeedsSimpleExampleConfiguresAConsoleLogger() throws IOException {
        Path conf = Files.writeString(dir.resolve("logging.conf"), SIMPLE_EXAMPLE);
        List<String> lines;
        try (CapturedStdout out = new CapturedStdout()) {
            LoggingConfig.fileConfig(conf);
            Logger logger = Logging.getLogger("simpleExample");
            logger.debug("debug message");
            logger.info("info message");
            logger.warn("warn message");
            logger.error("error message");
            logger.critical("critical message");
            lines = out.text().lines().toList();
        }
        String[] expected = {"DEBUG - debug message", "INFO - info message", "WARNING - warn message",
            "ERROR - error message", "CRITICAL - critical message"};
        assertThat(lines).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(lines.get(i)).matches(TIME + " - simpleExample - " + expected[i]);
        }
    }

    @Test
    void theSeedsFileHandlerStreamHandlerAndParserSectionsLoad() throws IOException {
        apply("""
                [loggers]
                keys=root,parser

                [handlers]
                keys=hand01,hand02

                [formatters]
                keys=form01,form02

                [logger_root]
                level=NOTSET
                handlers=hand01

                [logger_parser]
                level=DEBUG
                handlers=hand02
                propagate=1
                qualname=compiler.parser

                [handler_hand01]
                class=StreamHandler
                level=NOTSET
                formatter=form01
                args=(sys.stdout,)

                [handler_hand02]
                class=FileHandler
                level=DEBUG
                formatter=form02
                args=('%(dir)s/python.log', 'w')

                [formatter_form01]
                format=F1 %(asctime)s %(levelname)s %(message)s
                datefmt=
                class=logging.Formatter

                [formatter_form02]
                format=F2 %(asctime)s %(levelname)s %(message)s
                datefmt=

                [DEFAULT]
                dir=""" + dir + "\n");
        Logger parser = Logging.getLogger("compiler.parser");
        assertThat(parser.getLevel()).isEqualTo(Level.DEBUG);
        assertThat(parser.isPropagate()).isTrue();
        Handler hand02 = parser.getHandlers().get(0);
        assertThat(hand02).isInstanceOf(FileHandler.class);
        assertThat(hand02.getName()).isEqualTo("hand02");
        assertThat(hand02.getLevel()).isEqualTo(Level.DEBUG);
        assertThat(((FileHandler) hand02).getMode()).isEqualTo("w");
        assertThat(hand02.getFormatter().getFmt()).isEqualTo("F2 %(asctime)s %(levelname)s %(message)s");
        assertThat(Logging.getLogger().getLevel()).isEqualTo(Level.NOTSET);
        assertThat(Logging.getLogger().getHandlers()).singleElement().isInstanceOf(StreamHandler.class);
        Logging.getLogger().removeHandler(Logging.getLogger().getHandlers().get(0));
        parser.debug("parsed");
        hand02.close();
        assertThat(Files.readString(dir.resolve("python.log"))).matches("F2 " + TIME + " DEBUG parsed\n");
    }

    @Test
    void configParserRulesApply() throws IOException {
        Path log = dir.resolve("rules.log");
        apply("""
                # a comment
                ; another comment
                [DEFAULT]
                base: %(root_dir)s
                [loggers]
                KEYS : root, quiet,
                    numeric
                [handlers]
                keys=file
                [formatters]
                keys=plain
                [logger_root]
                LEVEL=WARN
                handlers=file
                [logger_quiet]
                level: ERROR
                qualname=app.quiet
                propagate=0
                handlers=
                [logger_numeric]
                level=15
                qualname=app.numeric
                [handler_file]
                class=handlers.RotatingFileHandler
                args=('%(base)s/rules.log', 'a', 1000, 3)
                formatter=plain
                [formatter_plain]
                format=%(levelname)s|%(name)s|%(message)s
                """.replace("%(root_dir)s", dir.toString()));
        assertThat(Logging.getLogger().getLevel()).isEqualTo(Level.WARNING);
        assertThat(Logging.getLogger("app.quiet").getLevel()).isEqualTo(Level.ERROR);
        assertThat(Logging.getLogger("app.quiet").isPropagate()).isFalse();
        assertThat(Logging.getLogger("app.numeric").getLevel()).isEqualTo(15);
        RotatingFileHandler file = (RotatingFileHandler) Logging.getLogger().getHandlers().get(0);
        assertThat(file.getMaxBytes()).isEqualTo(1000);
        assertThat(file.getBackupCount()).isEqualTo(3);
        Logging.getLogger("app.numeric").log(15, "fifteen");
        Logging.getLogger("app.quiet").setPropagate(false);
        Logging.getLogger("app.quiet").warning("below quiet's level");
        file.close();
        assertThat(Files.readString(log)).isEqualTo("Level 15|app.numeric|fifteen\n");
    }

    @Test
    void callerDefaultsAreInterpolated() throws IOException {
        Path conf = Files.writeString(dir.resolve("defaults.conf"), """
                [loggers]
                keys=root
                [handlers]
                keys=file
                [formatters]
                keys=
                [logger_root]
                level=%(lvl)s
                handlers=file
                [handler_file]
                class=FileHandler
                args=('%(logdir)s/app.log',)
                """);
        LoggingConfig.fileConfig(conf, Map.of("logdir", dir.toString(), "lvl", "INFO"));
        assertThat(Logging.getLogger().getLevel()).isEqualTo(Level.INFO);
        assertThat(((FileHandler) Logging.getLogger().getHandlers().get(0)).getPath()).isEqualTo(dir.resolve("app.log"));
    }

    @Test
    void existingLoggersNotNamedAreDisabledButChildrenOfNamedOnesAreNot() {
        Logger other = Logging.getLogger("other.module");
        Logger child = Logging.getLogger("simpleExample.child");
        child.setLevel(Level.CRITICAL);
        apply(SIMPLE_EXAMPLE);
        assertThat(other.isDisabled()).isTrue();
        assertThat(child.isDisabled()).isFalse();
        assertThat(child.getLevel()).isEqualTo(Level.NOTSET);
        assertThat(Logging.getLogger("simpleExample").isDisabled()).isFalse();

        Logging.reset();
        LoggingConfig.fileConfig(new StringReader(SIMPLE_EXAMPLE), "keep.conf", Map.of(), false);
        assertThat(other.isDisabled()).isFalse();
    }

    @Test
    void aNewConfigurationClosesTheHandlersItReplaces() {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        StreamHandler old = new StreamHandler(first);
        Logging.getLogger().addHandler(old);
        apply(SIMPLE_EXAMPLE);
        assertThat(old.isClosed()).isTrue();
        assertThat(Logging.getLogger().getHandlers()).doesNotContain(old);
    }

    @Test
    void aFailingConfigurationLeavesTheRunningOneInPlace() {
        apply(SIMPLE_EXAMPLE);
        Handler running = Logging.getLogger().getHandlers().get(0);
        String broken = SIMPLE_EXAMPLE.replace("class=StreamHandler", "class=handlers.NoSuchHandler")
                .replace("[logger_root]\nlevel=DEBUG", "[logger_root]\nlevel=ERROR");
        assertThatThrownBy(() -> apply(broken)).isInstanceOf(ConfigException.class);
        assertThat(Logging.getLogger().getHandlers()).containsExactly(running);
        assertThat(Logging.getLogger().getLevel()).isEqualTo(Level.DEBUG);
        assertThat(running.isClosed()).isFalse();
    }

    @Test
    void badConfigurationsNameTheFileSectionKeyAndValue() {
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("[handlers]\nkeys=consoleHandler\n", "")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("test.conf")
                .hasMessageContaining("missing section [handlers]");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("keys=consoleHandler", "keys=consoleHandler,ghost")))
                .hasMessageContaining("[handlers] keys = consoleHandler,ghost")
                .hasMessageContaining("'ghost' has no section [handler_ghost]");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("class=StreamHandler", "class=handlers.Teleporter")))
                .hasMessageContaining("[handler_consoleHandler] class = handlers.Teleporter")
                .hasMessageContaining("unknown class");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("class=StreamHandler", "class=java.lang.Runtime")))
                .hasMessageContaining("class = java.lang.Runtime").hasMessageContaining("is not a Handler");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("args=(sys.stdout,)",
                "args=__import__('os').system('id')")))
                .hasMessageContaining("[handler_consoleHandler] args = __import__('os').system('id')")
                .hasMessageContaining("calls are not allowed");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("args=(sys.stdout,)", "args=(sys.stdout, 1, 2, 3)")))
                .hasMessageContaining("args = (sys.stdout, 1, 2, 3)")
                .hasMessageContaining("no constructor of StreamHandler takes (sys.stdout, 1, 2, 3)");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("args=(sys.stdout,)", "args=(42,)")))
                .hasMessageContaining("no constructor of StreamHandler takes (42,)");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("[logger_root]\nlevel=DEBUG", "[logger_root]\nlevel=LOUD")))
                .hasMessageContaining("[logger_root] level = LOUD").hasMessageContaining("'LOUD'");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("format=%(asctime)s", "format=%(asctime")))
                .hasMessageContaining("[formatter_simpleFormatter] format = %(asctime - %(name)s")
                .hasMessageContaining("incomplete format key");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("formatter=simpleFormatter", "formatter=fancy")))
                .hasMessageContaining("formatter = fancy").hasMessageContaining("not listed in [formatters]");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("qualname=simpleExample\n", "")))
                .hasMessageContaining("[logger_simpleExample]").hasMessageContaining("needs a qualname");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("handlers=consoleHandler\nqualname",
                "handlers=nobody\nqualname"))).hasMessageContaining("handler 'nobody' is not listed in [handlers]");
        assertThatThrownBy(() -> apply("[loggers]\nkeys=root\n[oops")).hasMessageContaining("test.conf, line 3");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("propagate=0", "propagate=maybe")))
                .hasMessageContaining("propagate = maybe");
        assertThatThrownBy(() -> apply(SIMPLE_EXAMPLE.replace("args=(sys.stdout,)", "args=('%(nowhere)s',)")))
                .hasMessageContaining("%(nowhere)s names no key");
        assertThat(Logging.getLogger().getHandlers()).as("nothing was installed").isEmpty();
    }

    @Test
    void argsMayUseTheSeedsNamesButNothingElse() {
        assertThat(PyLiteral.parse("('localhost', handlers.DEFAULT_TCP_LOGGING_PORT)"))
                .hasToString("('localhost', 9020)");
        assertThat(PyLiteral.parse("(('localhost', handlers.SYSLOG_UDP_PORT), handlers.SysLogHandler.LOG_USER)"))
                .hasToString("(('localhost', 514), 1)");
        assertThat(PyLiteral.parse("(10, ERROR)")).hasToString("(10, 40)");
        assertThat(PyLiteral.parse("('localhost', 'from@abc', ['user1@abc', 'user2@xyz'], 'Logger Subject')"))
                .hasToString("('localhost', 'from@abc', ['user1@abc', 'user2@xyz'], 'Logger Subject')");
        assertThat(PyLiteral.parse("(-1.5e3, 0x1F, None, True, {'a': [1, (2,)]}, 'it\\'s' \"x\")"))
                .hasToString("(-1500.0, 31, None, True, {'a': [1, (2,)]}, 'it\\'sx')");
        for (String evil : List.of("os.system('id')", "open('/etc/passwd')", "1+1", "[x for x in ()]",
                "getattr(sys, 'exit')", "sys.exit", "lambda: 0", "__builtins__")) {
            assertThatThrownBy(() -> PyLiteral.parse(evil)).as(evil).isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> PyLiteral.parse("(".repeat(100) + ")".repeat(100))).hasMessageContaining("nesting");
    }
}
