package dev.pylogging.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.Level;
import dev.pylogging.Logging;
import jakarta.annotation.PostConstruct;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.system.CapturedOutput;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggerConfiguration;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Real Spring Boot applications with pylogging as their logging system: Spring's own records and
 * those of SLF4J, {@code java.util.logging}, commons-logging and the Log4j API callers all land
 * in pylogging's handlers, configured from {@code logging.*} and {@code pylogging.*} keys.
 */
@ExtendWith(OutputCaptureExtension.class)
class OneLoggingSystemTest {

    @TempDir
    Path dir;

    private ConfigurableApplicationContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.close();
        }
        Logging.reset();
    }

    private ConfigurableApplicationContext run(String... args) {
        SpringApplication app = new SpringApplication(App.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        List<String> all = new ArrayList<>(List.of("--spring.main.banner-mode=off"));
        all.addAll(List.of(args));
        context = app.run(all.toArray(String[]::new));
        return context;
    }

    @Configuration(proxyBeanMethods = false)
    static class App {
        @Bean
        Callers callers() {
            return new Callers();
        }
    }

    /** Logs one record through each logging API an application and its libraries use. */
    static class Callers {
        @PostConstruct
        void logThroughEveryApi() {
            org.slf4j.LoggerFactory.getLogger("lib.slf4j").info("through SLF4J {}", 1);
            java.util.logging.Logger.getLogger("lib.jul").info("through java.util.logging");
            org.apache.commons.logging.LogFactory.getLog("lib.jcl").info("through commons-logging");
            org.apache.logging.log4j.LogManager.getLogger("lib.log4j").info("through the Log4j API");
        }
    }

    @Test
    void everyLoggingApiLandsInTheConfiguredFileInTheConfiguredFormat() throws Exception {
        Path file = dir.resolve("logs").resolve("app.log");
        run("--logging.file.name=" + file, "--logging.pattern.file=%(levelname)s|%(name)s|%(funcName)s|%(message)s",
                "--logging.level.org.springframework.context=DEBUG");
        context.close();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).contains("INFO|lib.slf4j|logThroughEveryApi|through SLF4J 1",
                "INFO|lib.jul|logThroughEveryApi|through java.util.logging",
                "INFO|lib.jcl|logThroughEveryApi|through commons-logging",
                "INFO|lib.log4j|logThroughEveryApi|through the Log4j API");
        assertThat(lines).anyMatch(line -> line.startsWith("DEBUG|org.springframework.context."));
        assertThat(lines).anyMatch(line -> line.startsWith("INFO|" + OneLoggingSystemTest.class.getName()
                + "|logStarting|Starting OneLoggingSystemTest") || line.contains("|Starting "));
    }

    @Test
    void withNoKeysTheConsoleHasSpringBootsLayout(CapturedOutput output) {
        run();
        String console = output.getOut();
        assertThat(console).containsPattern("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}  INFO \\d+ --- \\[ {0,15}main\\] "
                + "[\\w.$]+ +: Started");
        assertThat(console).contains("INFO", "through SLF4J 1");
    }

    @Test
    void loggingLevelAndGroupsSetPyloggingLevelsAndPyloggingWinsWhereBothNameALogger() {
        run("--logging.level.lib.a=DEBUG", "--logging.group.libs=lib.b,lib.c", "--logging.level.libs=ERROR",
                "--logging.level.lib.pinned=DEBUG", "--pylogging.level.lib.pinned=WARNING");
        assertThat(Logging.getLogger("lib.a").getLevel()).isEqualTo(Level.DEBUG);
        assertThat(Logging.getLogger("lib.b").getLevel()).isEqualTo(Level.ERROR);
        assertThat(Logging.getLogger("lib.c").getLevel()).isEqualTo(Level.ERROR);
        assertThat(Logging.getLogger("lib.pinned").getLevel()).isEqualTo(Level.WARNING);
    }

    @Test
    void theLoggingSystemServesWhatTheLoggersEndpointNeeds() {
        run("--pylogging.level-names.25=NOTICE", "--pylogging.level.lib.notice=NOTICE");
        LoggingSystem system = context.getBean(LoggingSystem.class);
        assertThat(system).isInstanceOf(PyLoggingSystem.class);
        system.setLogLevel("lib.x", LogLevel.WARN);
        assertThat(Logging.getLogger("lib.x").getLevel()).isEqualTo(Level.WARNING);
        LoggerConfiguration x = system.getLoggerConfiguration("lib.x");
        assertThat(x.getConfiguredLevel()).isEqualTo(LogLevel.WARN);
        system.setLogLevel("lib.x", null);
        assertThat(system.getLoggerConfiguration("lib.x").getConfiguredLevel()).isNull();
        assertThat(system.getLoggerConfiguration("lib.x").getEffectiveLevel()).isEqualTo(LogLevel.INFO);
        system.setLogLevel("ROOT", LogLevel.ERROR);
        assertThat(Logging.getLogger().getLevel()).isEqualTo(Level.ERROR);
        assertThat(system.getLoggerConfiguration("lib.notice").getLevelConfiguration().getName()).isEqualTo("NOTICE");
        assertThat(system.getLoggerConfiguration("lib.notice").getLevelConfiguration().isCustom()).isTrue();
        assertThat(system.getLoggerConfigurations().get(0).getName()).isEqualTo("ROOT");
        assertThat(system.getLoggerConfiguration("never.made")).isNull();
    }

    @Test
    void aBadPatternStopsTheStartNamingTheKey() {
        assertThatThrownBy(() -> run("--logging.pattern.console=%(message"))
                .hasRootCauseInstanceOf(dev.pylogging.PercentFormatException.class)
                .rootCause().hasMessageContaining("incomplete format key");
        assertThatThrownBy(() -> run("--logging.pattern.console=%(message"))
                .hasStackTraceContaining("logging.pattern.console = '%(message'");
    }

    @Test
    void aMissingLoggingConfigStopsTheStartNamingTheKey() {
        assertThatThrownBy(() -> run("--logging.config=classpath:no-such-logging.conf"))
                .hasStackTraceContaining("logging.config = 'classpath:no-such-logging.conf'");
    }

    /** Returns the report the failure analyzer would show for a start that failed. */
    private InvalidPyLoggingPropertyException refusal(String... args) {
        Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> run(args));
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidPyLoggingPropertyException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("the start did not fail with a property report", failure);
    }

    @Test
    void aMisspeltHandlerKeyIsRefusedWithTheKeyItMeant() {
        InvalidPyLoggingPropertyException e = refusal("--pylogging.handlers.file.class=handlers.RotatingFileHandler",
                "--pylogging.handlers.file.filename=" + dir.resolve("x.log"), "--pylogging.handlers.file.max-byte=100");
        assertThat(e.getProperty()).isEqualTo("pylogging.handlers.file.max-byte");
        assertThat(e.getReason()).isEqualTo("no such key");
        assertThat(e.getAction()).endsWith("Did you mean max-bytes?");
        assertThat(dir.resolve("x.log")).doesNotExist();
    }

    @Test
    void aDottedLoggerNameWithoutBracketsIsRefusedWithTheFix() {
        InvalidPyLoggingPropertyException e = refusal("--pylogging.loggers.com.example.app.level=DEBUG");
        assertThat(e.getReason()).contains("a dotted logger name must be written in brackets");
        assertThat(e.getAction()).contains("pylogging.loggers.\"[com.example.app]\".level");
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedByName() {
        assertThatThrownBy(() -> run("--pylogging.handlers.file.class=handlers.RotatingFileHandler",
                "--pylogging.handlers.file.filename=" + dir.resolve("x.log"), "--pylogging.handlers.file.max-bytes=ten"))
                .hasStackTraceContaining("pylogging.handlers.file.max-bytes = 'ten'");
    }

    @Test
    void logbackOnTheClassPathStopsTheStartWithTheExclusionToAdd() throws Exception {
        Path logback = Path.of("target", "logback");
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {
            logback.resolve("logback-classic.jar").toUri().toURL(), logback.resolve("logback-core.jar").toUri().toURL()},
                getClass().getClassLoader())) {
            assertThatThrownBy(() -> new PyLoggingSystem(loader).beforeInitialize())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Logback (ch.qos.logback:logback-classic) is on the class path")
                    .hasMessageContaining("<artifactId>spring-boot-starter-logging</artifactId>")
                    .hasMessageContaining("exclude group: 'org.springframework.boot', module: 'spring-boot-starter-logging'");
        }
    }

    @Test
    void aMisspeltClassOrLevelSuggestsTheClosestName() {
        InvalidPyLoggingPropertyException cls = refusal("--pylogging.handlers.file.class=handlers.RotatingFileHandlr",
                "--pylogging.handlers.file.filename=" + dir.resolve("x.log"));
        assertThat(cls.getProperty()).isEqualTo("pylogging.handlers.file.class");
        assertThat(cls.getAction()).endsWith("Did you mean handlers.RotatingFileHandler?");
        InvalidPyLoggingPropertyException level = refusal("--pylogging.level.lib=DEBG");
        assertThat(level.getProperty()).isEqualTo("pylogging.level.lib");
        assertThat(level.getAction()).endsWith("Did you mean DEBUG?");
    }

    @Test
    void sizesTakeSpringsDataSizeForms() throws Exception {
        Path file = dir.resolve("sized.log");
        run("--pylogging.handlers.file.class=handlers.RotatingFileHandler", "--pylogging.handlers.file.filename=" + file,
                "--pylogging.handlers.file.max-bytes=1KB", "--pylogging.handlers.file.backup-count=1",
                "--pylogging.loggers.sized.handlers=file", "--pylogging.loggers.sized.level=INFO");
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("sized");
        for (int i = 0; i < 40; i++) {
            log.info("a line of about fifty bytes, number {}", i);
        }
        context.close();
        assertThat(Files.size(file)).isLessThanOrEqualTo(1024);
        assertThat(dir.resolve("sized.log.1")).exists();
    }

    @Test
    void loggingConfigMayNameAFileConfigIniFile() throws Exception {
        Path file = dir.resolve("ini.log");
        Path ini = Files.writeString(dir.resolve("logging.conf"), """
                [loggers]
                keys=root
                [handlers]
                keys=file
                [formatters]
                keys=plain
                [logger_root]
                level=INFO
                handlers=file
                [handler_file]
                class=FileHandler
                args=('%s', 'w')
                formatter=plain
                [formatter_plain]
                format=ini|%%(name)s|%%(message)s
                """.formatted(file));
        run("--logging.config=file:" + ini);
        org.slf4j.LoggerFactory.getLogger("lib.ini").info("configured by {}", "an INI file");
        context.close();
        assertThat(Files.readAllLines(file)).contains("ini|lib.ini|configured by an INI file");
    }

    @Test
    void aLoggingConfigThatDoesNotParseStopsTheStartNamingTheKey() throws Exception {
        Path ini = Files.writeString(dir.resolve("broken.conf"), "[loggers]\nkeys=root\n");
        InvalidPyLoggingPropertyException e = refusal("--logging.config=file:" + ini);
        assertThat(e.getProperty()).isEqualTo("logging.config");
        assertThat(e.getReason()).contains("missing section [handlers]");
    }

    @Test
    void anUnknownLevelInLoggingLevelStopsTheStartNamingTheKey() {
        assertThatThrownBy(() -> run("--logging.level.lib.x=LOUD")).hasStackTraceContaining("logging.level.lib.x");
    }

    @Test
    void thresholdsCharsetsAndTheConsoleSwitchShapeSpringBootsHandlers(CapturedOutput output) throws Exception {
        Path file = dir.resolve("threshold.log");
        run("--logging.file.name=" + file, "--logging.threshold.file=WARN", "--logging.charset.file=ISO-8859-1",
                "--logging.console.enabled=false", "--logging.pattern.file=%(levelname)s %(message)s");
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("lib.threshold");
        log.info("below the file's threshold");
        log.warn("caf\u00e9 at the threshold");
        context.close();
        assertThat(output.getOut()).doesNotContain("threshold");
        assertThat(Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1))
                .contains("WARNING caf\u00e9 at the threshold").doesNotContain("below the file's threshold");
    }

    @Test
    void aHandlerNamingAnApplicationBeanIsBuiltOnceTheContextHasIt() throws Exception {
        Path file = dir.resolve("bean.log");
        SpringApplication app = new SpringApplication(App.class, BeanFormatter.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        context = app.run("--spring.main.banner-mode=off", "--pylogging.handlers.file.class=FileHandler",
                "--pylogging.handlers.file.filename=" + file, "--pylogging.handlers.file.formatter=beanFormatter",
                "--pylogging.loggers.root.handlers=file");
        org.slf4j.LoggerFactory.getLogger("lib.bean").info("formatted by a bean");
        context.close();
        assertThat(Files.readAllLines(file)).contains("bean|lib.bean|formatted by a bean");
    }

    @Configuration(proxyBeanMethods = false)
    @org.springframework.boot.autoconfigure.ImportAutoConfiguration(PyLoggingAutoConfiguration.class)
    static class BeanFormatter {
        @Bean
        dev.pylogging.Formatter beanFormatter() {
            return new dev.pylogging.Formatter("bean|%(name)s|%(message)s");
        }
    }

    @Test
    void loggingConfigMayNameADictConfigYamlFile() throws Exception {
        Path file = dir.resolve("yaml.log");
        Path yaml = Files.writeString(dir.resolve("logging.yaml"), """
                version: 1
                formatters:
                  plain: {format: "yaml|%%(name)s|%%(message)s"}
                handlers:
                  file: {class: logging.FileHandler, filename: "%s", mode: w, formatter: plain}
                root: {level: INFO, handlers: [file]}
                """.formatted(file));
        run("--logging.config=file:" + yaml);
        org.slf4j.LoggerFactory.getLogger("lib.yaml").info("configured by {}", "a dictConfig file");
        context.close();
        assertThat(Files.readAllLines(file)).contains("yaml|lib.yaml|configured by a dictConfig file");
    }

    @Test
    void aQueueHandlerFeedsItsHandlersFromAThreadOfItsOwn() throws Exception {
        Path file = dir.resolve("queued.log");
        run("--pylogging.handlers.file.class=FileHandler", "--pylogging.handlers.file.filename=" + file,
                "--pylogging.handlers.file.level=WARNING", "--pylogging.handlers.queue.class=handlers.QueueHandler",
                "--pylogging.handlers.queue.capacity=100", "--pylogging.handlers.queue.handlers=file",
                "--pylogging.handlers.queue.respect-handler-level=true", "--pylogging.loggers.queued.handlers=queue",
                "--pylogging.loggers.queued.level=INFO", "--pylogging.loggers.queued.propagate=false");
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("queued");
        log.info("below the file's level");
        log.warn("through the queue");
        context.close();
        Logging.shutdown();
        assertThat(Files.readAllLines(file)).containsExactly("through the queue");
    }

    @Test
    void debugAndTraceSetSpringBootsOwnLoggersAsWithLogback() {
        run("--debug");
        assertThat(Logging.getLogger("org.springframework.boot").getLevel()).isEqualTo(Level.DEBUG);
        assertThat(Logging.getLogger("org.springframework.web").getLevel()).isEqualTo(Level.DEBUG);
        context.close();
        context = null;
        Logging.reset();
        run("--trace");
        assertThat(Logging.getLogger("org.springframework").getLevel()).isEqualTo(5);
    }

    @Test
    void springBootsLayoutsEscapeForgedLinesAndColourTheConsoleOnly(CapturedOutput output) throws Exception {
        Path file = dir.resolve("escaped.log");
        run("--logging.file.name=" + file, "--spring.output.ansi.enabled=always",
                "--logging.pattern.file=%(levelname)s %(message)s");
        org.slf4j.LoggerFactory.getLogger("lib.forged").warn("logged out{}",
                "\n2026-01-01 00:00:00,000 - root - INFO - fake");
        context.close();
        assertThat(Files.readAllLines(file)).contains("WARNING logged out\\n2026-01-01 00:00:00,000 - root - INFO - fake")
                .noneMatch(line -> line.contains("\u001b["));
        assertThat(output.getOut()).contains("\u001b[33mWARNING\u001b[0;39m")
                .doesNotContain("\n2026-01-01 00:00:00,000 - root - INFO - fake");
    }

    @Test
    void theConsoleIsColouredAsSpringOutputAnsiEnabledSays() {
        org.springframework.mock.env.MockEnvironment env = new org.springframework.mock.env.MockEnvironment();
        assertThat(SpringBootDefaults.ansi(env.withProperty("spring.output.ansi.enabled", "always"))).isTrue();
        assertThat(SpringBootDefaults.ansi(env.withProperty("spring.output.ansi.enabled", "NEVER"))).isFalse();
        // Tests run with no terminal attached, so detect finds none, as Spring Boot's AnsiOutput would.
        assertThat(System.console()).isNull();
        assertThat(SpringBootDefaults.ansi(env.withProperty("spring.output.ansi.enabled", "detect"))).isFalse();
    }

    @Test
    void withAnsiNeverTheConsoleHasNoColours(CapturedOutput output) {
        run("--spring.output.ansi.enabled=never");
        org.slf4j.LoggerFactory.getLogger("lib.plain").warn("uncoloured");
        context.close();
        assertThat(output.getOut()).contains("uncoloured").doesNotContain("\u001b[");
    }

    @Test
    void loggingStructuredFormatWritesEcsLinesWithTheService() throws Exception {
        Path file = dir.resolve("ecs.json");
        run("--logging.file.name=" + file, "--logging.structured.format.file=ecs", "--spring.application.name=orders",
                "--logging.structured.ecs.service.version=1.2.3");
        org.slf4j.MDC.put("traceId", "abc123");
        org.slf4j.LoggerFactory.getLogger("lib.structured").warn("structured {}", "line");
        org.slf4j.MDC.clear();
        context.close();
        assertThat(Files.readAllLines(file)).anyMatch(line -> line.startsWith("{\"@timestamp\":")
                && line.contains("\"log\":{\"level\":\"WARNING\",\"logger\":\"lib.structured\"}")
                && line.contains("\"service\":{\"name\":\"orders\",\"version\":\"1.2.3\",\"node\":{\"name\":\"orders\"}}")
                && line.contains("\"message\":\"structured line\",\"traceId\":\"abc123\"")
                && line.endsWith("\"ecs\":{\"version\":\"8.11\"}}"));
        assertThat(Files.readAllLines(file)).anyMatch(line -> line.contains("\"tags\":[\"COMMONS-LOGGING\"]"));
        assertThat(refusal("--logging.structured.format.console=xml").getProperty())
                .isEqualTo("logging.structured.format.console");
    }

    @Test
    void aConfiguredFormatterTakesAStyleAndEscaping() throws Exception {
        Path file = dir.resolve("styled.log");
        run("--pylogging.formatters.braces.format={levelname:<8}|{message}", "--pylogging.formatters.braces.style={",
                "--pylogging.formatters.braces.escape-control-characters=true",
                "--pylogging.handlers.file.class=FileHandler", "--pylogging.handlers.file.filename=" + file,
                "--pylogging.handlers.file.formatter=braces", "--pylogging.loggers.styled.handlers=file",
                "--pylogging.loggers.styled.level=INFO", "--pylogging.loggers.styled.propagate=false");
        org.slf4j.LoggerFactory.getLogger("styled").warn("two{}", "\nlines");
        context.close();
        assertThat(Files.readAllLines(file)).containsExactly("WARNING |two\\nlines");
    }

    @Test
    void aSizeAndTimeRollingFileIsConfiguredWithSizes() throws Exception {
        Path file = dir.resolve("rolling.log");
        run("--pylogging.handlers.file.class=handlers.SizeAndTimeRotatingFileHandler",
                "--pylogging.handlers.file.filename=" + file, "--pylogging.handlers.file.max-bytes=1KB",
                "--pylogging.handlers.file.total-size-cap=3KB", "--pylogging.handlers.file.backup-count=5",
                "--pylogging.loggers.rolling.handlers=file", "--pylogging.loggers.rolling.level=INFO");
        org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger("rolling");
        for (int i = 0; i < 200; i++) {
            log.info("a line of about fifty bytes, number {}", i);
        }
        context.close();
        long total;
        try (var files = Files.list(dir)) {
            total = files.filter(p -> p.getFileName().toString().startsWith("rolling.log")).mapToLong(p -> p.toFile().length())
                    .sum();
        }
        assertThat(Files.size(file)).isLessThanOrEqualTo(1024);
        assertThat(total).isLessThanOrEqualTo(3 * 1024);
    }
}
