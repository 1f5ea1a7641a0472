package dev.pylogging.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pylogging.Formatter;
import dev.pylogging.Handler;
import dev.pylogging.Level;
import dev.pylogging.LogRecord;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.RecordFilter;
import dev.pylogging.StreamHandler;
import dev.pylogging.handlers.MemoryHandler;
import dev.pylogging.handlers.RotatingFileHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The auto-configuration in an application context: properties, beans, overrides, switch-off. */
@ExtendWith(OutputCaptureExtension.class)
class PyLoggingAutoConfigurationTest extends AutoConfigurationTestCase {

    private String file(String name) {
        return dir.resolve(name).toString();
    }

    private List<String> lines(String name) throws IOException {
        return Files.readAllLines(dir.resolve(name));
    }

    @Test
    void formattersHandlersFiltersAndLoggersFromProperties() throws IOException {
        RUNNER.withPropertyValues(
                "pylogging.formatters.simple.format=%(name)s - %(levelname)s - %(message)s",
                "pylogging.formatters.dated.format=%(asctime)s %(message)s",
                "pylogging.formatters.dated.datefmt=%Y",
                "pylogging.filters.app-only.name=myapp",
                "pylogging.handlers.file.class=FileHandler",
                "pylogging.handlers.file.filename=" + file("app.log"),
                "pylogging.handlers.file.formatter=simple",
                "pylogging.handlers.file.filters=app-only",
                "pylogging.handlers.parser.class=handlers.RotatingFileHandler",
                "pylogging.handlers.parser.filename=" + file("parser.log"),
                "pylogging.handlers.parser.max-bytes=1048576",
                "pylogging.handlers.parser.backup-count=5",
                "pylogging.handlers.parser.level=WARNING",
                "pylogging.handlers.parser.formatter=dated",
                "pylogging.loggers.root.level=DEBUG",
                "pylogging.loggers.root.handlers=file",
                "pylogging.loggers.parser.qualname=compiler.parser",
                "pylogging.loggers.parser.level=INFO",
                "pylogging.loggers.parser.handlers=parser",
                "pylogging.loggers.parser.propagate=false").run(context -> {
                    assertThat(context).hasNotFailed();
                    Logging.getLogger("myapp.area1").debug("kept by the filter");
                    Logging.getLogger("other").info("dropped by the filter");
                    Logger parser = Logging.getLogger("compiler.parser");
                    parser.info("below the handler's level");
                    parser.warning("parsed %d files", 3);
                    parser.debug("below the logger's level");
                    assertThat(parser.isPropagate()).isFalse();
                    assertThat(context.getBean("pylogging.handlers.parser")).isInstanceOf(RotatingFileHandler.class);
                    assertThat(context.getBean("pylogging.formatters.simple", Formatter.class).getFmt())
                            .isEqualTo("%(name)s - %(levelname)s - %(message)s");
                    assertThat(context.getBean("pylogging.filters.app-only")).isInstanceOf(RecordFilter.class);
                });
        assertThat(lines("app.log")).containsExactly("myapp.area1 - DEBUG - kept by the filter");
        assertThat(lines("parser.log")).singleElement().asString().matches("\\d{4} parsed 3 files");
    }

    @Test
    void basicLevelShorthandLevelNamesAndDisable() throws IOException {
        RUNNER.withPropertyValues(
                "pylogging.basic.level=DEBUG",
                "pylogging.basic.format=%(levelname)s %(name)s %(message)s",
                "pylogging.basic.filename=" + file("basic.log"),
                "pylogging.basic.filemode=w",
                "pylogging.level.root=INFO",
                "pylogging.level.myapp.area1=DEBUG",
                "pylogging.level-names.25=NOTICE",
                "pylogging.disable=DEBUG").run(context -> {
                    assertThat(context).hasNotFailed();
                    Logging.getLogger("myapp.area1").debug("disabled everywhere");
                    Logging.getLogger("myapp.area1").info("area1 info");
                    Logging.getLogger("myapp.area2").log(25, "a notice");
                    Logging.getLogger("myapp.area2").log(15, "below root's INFO");
                    assertThat(Logging.getLogger("myapp.area1").getLevel()).isEqualTo(Level.DEBUG);
                });
        assertThat(lines("basic.log")).containsExactly("INFO myapp.area1 area1 info", "NOTICE myapp.area2 a notice");
    }

    /** A handler that counts how often it is built. */
    public static class Counted extends Handler {
        static final java.util.concurrent.atomic.AtomicInteger BUILT = new java.util.concurrent.atomic.AtomicInteger();

        /** Counts one more. */
        public Counted() {
            BUILT.incrementAndGet();
        }

        @Override
        public void emit(LogRecord record) {
        }
    }

    @Test
    void applicationBeansAreReferencedByName() {
        Counted.BUILT.set(0);
        RUNNER.withUserConfiguration(UserComponents.class).withPropertyValues(
                "pylogging.handlers.counted.class=" + Counted.class.getName(),
                "pylogging.handlers.buffer.class=handlers.MemoryHandler",
                "pylogging.handlers.buffer.capacity=2",
                "pylogging.handlers.buffer.target=audit",
                "pylogging.loggers.root.handlers=audit,buffer",
                "pylogging.loggers.root.filters=noSecrets",
                "pylogging.loggers.root.level=INFO").run(context -> {
                    assertThat(context).hasNotFailed();
                    UserComponents.Collecting audit = context.getBean("audit", UserComponents.Collecting.class);
                    assertThat(audit.getFormatter()).isSameAs(context.getBean("brief"));
                    // A logger's filters see the records logged on it, not those propagated to it, as in CPython.
                    Logger root = Logging.getLogger();
                    root.info("one");
                    root.info("secret stuff");
                    root.error("two");
                    // Directly, then again when the MemoryHandler flushes on ERROR.
                    assertThat(audit.seen).containsExactly("I one", "E two", "I one", "E two");
                    assertThat(((MemoryHandler) context.getBean("pylogging.handlers.buffer")).getTarget()).isSameAs(audit);
                    // The first attempt waits for UserComponents (audit's factory) without building anything.
                    assertThat(Counted.BUILT).hasValue(1);
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class UserComponents {

        static class Collecting extends Handler {
            final List<String> seen = new CopyOnWriteArrayList<>();

            @Override
            public void emit(LogRecord record) {
                seen.add(format(record));
            }
        }

        @Bean
        Formatter brief() {
            return new Formatter("%(levelname).1s %(message)s");
        }

        @Bean
        Collecting audit(Formatter brief) {
            Collecting handler = new Collecting();
            handler.setFormatter(brief);
            return handler;
        }

        @Bean
        RecordFilter noSecrets() {
            return record -> !record.getMessage().contains("secret");
        }
    }

    @Test
    void enabledFalseTurnsEverythingOff() {
        RUNNER.withPropertyValues("pylogging.enabled=false",
                "pylogging.handlers.console.class=StreamHandler",
                "pylogging.loggers.root.handlers=console").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(context).doesNotHaveBean(PyLoggingConfigurer.class);
                    assertThat(context).doesNotHaveBean(Logger.class);
                    assertThat(Logging.getLogger().getHandlers()).isEmpty();
                });
    }

    @Test
    void aUserConfigurerReplacesOurs() {
        RUNNER.withUserConfiguration(OwnConfigurer.class)
                .withPropertyValues("pylogging.handlers.console.class=StreamHandler",
                        "pylogging.loggers.root.handlers=console")
                .run(context -> {
                    assertThat(context).hasSingleBean(PyLoggingConfigurer.class);
                    assertThat(context.getBean(PyLoggingConfigurer.class)).isInstanceOf(OwnConfigurer.Quiet.class);
                    assertThat(Logging.getLogger().getHandlers()).isEmpty();
                });
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnConfigurer {
        static class Quiet extends PyLoggingConfigurer {
            @Override
            protected synchronized void applyProperties() {
                // configures nothing
            }
        }

        @Bean
        static PyLoggingConfigurer pyloggingConfigurer() {
            return new Quiet();
        }
    }

    @Test
    void theConfigFileIsAppliedFirstAndThePropertiesOnTop() throws IOException {
        Path ini = Files.writeString(dir.resolve("logging.conf"), """
                [loggers]
                keys=root,parser

                [handlers]
                keys=fromFile

                [formatters]
                keys=plain

                [logger_root]
                level=WARNING
                handlers=fromFile

                [logger_parser]
                level=DEBUG
                handlers=fromFile
                qualname=compiler.parser
                propagate=0

                [handler_fromFile]
                class=FileHandler
                args=('%(dir)s/ini.log', 'w')
                formatter=plain

                [formatter_plain]
                format=ini %(name)s %(message)s
                """);
        RUNNER.withPropertyValues(
                "pylogging.config-file=file:" + ini,
                "pylogging.config-file-defaults.dir=" + dir,
                "pylogging.handlers.yaml.class=FileHandler",
                "pylogging.handlers.yaml.filename=" + file("yaml.log"),
                "pylogging.handlers.yaml.formatter=plain",
                "pylogging.loggers.root.level=INFO",
                "pylogging.loggers.root.handlers=fromFile,yaml").run(context -> {
                    assertThat(context).hasNotFailed();
                    Logging.getLogger("compiler.parser").debug("from the parser");
                    Logging.getLogger("app").info("from the app");
                });
        assertThat(lines("ini.log")).containsExactly("ini compiler.parser from the parser", "ini app from the app");
        assertThat(lines("yaml.log")).containsExactly("ini app from the app");
    }

    @Test
    void argsAreAcceptedAsFileConfigWritesThem() throws IOException {
        RUNNER.withPropertyValues(
                "pylogging.handlers.legacy.class=handlers.RotatingFileHandler",
                "pylogging.handlers.legacy.args=('" + file("legacy.log") + "', 'a', 100, 2)",
                "pylogging.loggers.root.handlers=legacy").run(context -> {
                    assertThat(context).hasNotFailed();
                    Logging.getLogger("x").warning("through args");
                });
        assertThat(lines("legacy.log")).containsExactly("through args");
    }

    @Test
    void aDisabledHandlerIsLeftOutOfItsLoggers() {
        RUNNER.withPropertyValues(
                "pylogging.handlers.mail.class=handlers.SMTPHandler",
                "pylogging.handlers.mail.enabled=false",
                "pylogging.handlers.console.class=StreamHandler",
                "pylogging.loggers.root.handlers=console,mail").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(Logging.getLogger().getHandlers()).singleElement().isInstanceOf(StreamHandler.class);
                    assertThat(context).doesNotHaveBean("pylogging.handlers.mail");
                });
    }

    @Test
    void disableExistingLoggersIsOffUnlessAskedFor() {
        Logger early = Logging.getLogger("created.before.configuration");
        RUNNER.withPropertyValues("pylogging.loggers.root.level=INFO").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(early.isDisabled()).isFalse();
        });
        Logging.reset();
        Logger again = Logging.getLogger("created.before.configuration");
        Logger kept = Logging.getLogger("myapp.area1");
        RUNNER.withPropertyValues("pylogging.disable-existing-loggers=true",
                "pylogging.loggers[myapp].level=INFO").run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(again.isDisabled()).isTrue();
                    assertThat(kept.isDisabled()).isFalse();
                });
    }

    @Test
    void basicToAStream(CapturedOutput output) {
        RUNNER.withPropertyValues("pylogging.basic.stream=stdout", "pylogging.basic.level=WARNING").run(context -> {
            assertThat(context).hasNotFailed();
            Logging.getLogger("myapp").info("below WARNING");
            Logging.getLogger("myapp").warning("to stdout");
        });
        assertThat(output.getOut()).isEqualTo("WARNING:myapp:to stdout\n");
    }

    @Test
    void aUserLoggerBeanReplacesInjection() {
        RUNNER.withBean("myLogger", Logger.class, () -> Logging.getLogger("mine")).run(context -> {
            assertThat(context).hasSingleBean(Logger.class);
            assertThat(context.getBean(Logger.class).getName()).isEqualTo("mine");
        });
    }
}
