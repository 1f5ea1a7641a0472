package dev.pylogging.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pylogging.Logging;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Every bad configuration fails the start-up with the property, the value and the fix. */
class FailureAnalysisTest extends AutoConfigurationTestCase {

    private static FailureAnalysis analyse(String... properties) {
        AtomicReference<FailureAnalysis> analysis = new AtomicReference<>();
        RUNNER.withPropertyValues(properties).run(context -> {
            assertThat(context).hasFailed();
            analysis.set(new PyLoggingFailureAnalyzer().analyze(context.getStartupFailure()));
        });
        assertThat(analysis.get()).as("analysed by PyLoggingFailureAnalyzer").isNotNull();
        return analysis.get();
    }

    private static void assertReport(FailureAnalysis analysis, String property, String value, String reason,
                                     String action) {
        assertThat(analysis.getDescription()).isEqualTo("Invalid pylogging configuration:\n\n"
                + "    Property: " + property + "\n"
                + "    Value: '" + value + "'\n"
                + "    Reason: " + reason + "\n");
        assertThat(analysis.getAction()).contains(action);
    }

    @Test
    void unknownHandlerReference() {
        assertReport(analyse("pylogging.loggers.root.handlers=console"),
                "pylogging.loggers.root.handlers[0]", "console",
                "no handler 'console' is configured under pylogging.handlers and no bean of type Handler has that name",
                "Configure 'console' under pylogging.handlers, define a Handler bean named 'console'");
    }

    @Test
    void unknownFormatterAndFilterReferences() {
        assertReport(analyse("pylogging.handlers.console.class=StreamHandler",
                        "pylogging.handlers.console.formatter=simple"),
                "pylogging.handlers.console.formatter", "simple",
                "no formatter 'simple' is configured under pylogging.formatters and no bean of type Formatter has that name",
                "Configure 'simple' under pylogging.formatters");
        assertReport(analyse("pylogging.loggers.app.filters=app-only"),
                "pylogging.loggers.app.filters[0]", "app-only",
                "no recordfilter 'app-only' is configured under pylogging.filters and no bean of type RecordFilter has "
                        + "that name", "Configure 'app-only' under pylogging.filters");
    }

    @Test
    void unknownLevel() {
        FailureAnalysis analysis = analyse("pylogging.loggers.app.level=LOUD");
        assertThat(analysis.getDescription()).contains("Property: pylogging.loggers.app.level", "Value: 'LOUD'");
        assertThat(analysis.getAction()).startsWith("Use DEBUG, INFO, WARNING, ERROR, CRITICAL, NOTSET");
        assertThat(analyse("pylogging.level.myapp=verbose").getDescription())
                .contains("Property: pylogging.level.myapp", "Value: 'verbose'");
    }

    @Test
    void malformedFormatString() {
        FailureAnalysis analysis = analyse("pylogging.formatters.broken.format=%(asctime - %(message)s");
        assertThat(analysis.getDescription()).contains("Property: pylogging.formatters.broken.format",
                "Value: '%(asctime - %(message)s'");
        assertThat(analysis.getAction()).contains("a literal % is written %%");
    }

    @Test
    void unknownOrWrongClass() {
        FailureAnalysis unknown = analyse("pylogging.handlers.h.class=handlers.RotatingFileHandlr");
        assertThat(unknown.getDescription()).contains("Property: pylogging.handlers.h.class",
                "Value: 'handlers.RotatingFileHandlr'", "unknown class 'handlers.RotatingFileHandlr'");
        assertThat(unknown.getAction()).contains("handlers.RotatingFileHandler");
        FailureAnalysis wrong = analyse("pylogging.handlers.h.class=java.lang.Runtime");
        assertThat(wrong.getDescription()).contains("Value: 'java.lang.Runtime'",
                "class java.lang.Runtime is not a Handler");
        FailureAnalysis formatter = analyse("pylogging.formatters.f.class=java.lang.String",
                "pylogging.formatters.f.format=%(message)s");
        assertThat(formatter.getDescription()).contains("Property: pylogging.formatters.f.class",
                "class java.lang.String is not a Formatter");
    }

    @Test
    void keysTheClassDoesNotTake() {
        assertReport(analyse("pylogging.handlers.console.class=StreamHandler", "pylogging.handlers.console.max-bytes=10"),
                "pylogging.handlers.console.max-bytes", "10", "StreamHandler does not take max-bytes",
                "Remove it; StreamHandler takes [buffer-size, buffered, stream].");
    }

    @Test
    void aBufferSizeOfNothing() {
        assertReport(analyse("pylogging.handlers.console.class=StreamHandler", "pylogging.handlers.console.buffered=true",
                        "pylogging.handlers.console.buffer-size=0KB"),
                "pylogging.handlers.console.buffer-size", "0B", "a buffer holds 1 byte to 2GB",
                "Set pylogging.handlers.console.buffer-size to a size such as 64KB.");
    }

    @Test
    void unwritableFile() throws Exception {
        Path blocker = Files.writeString(dir.resolve("not-a-dir"), "a file where a directory should be");
        String filename = blocker.resolve("app.log").toString();
        FailureAnalysis analysis = analyse("pylogging.handlers.file.class=FileHandler",
                "pylogging.handlers.file.filename=" + filename);
        assertThat(analysis.getDescription()).contains("Property: pylogging.handlers.file.filename",
                "Value: '" + filename + "'");
        assertThat(analysis.getAction()).contains("can be created and written");
    }

    @Test
    void badPorts() throws Exception {
        assertReport(analyse("pylogging.handlers.net.class=handlers.SocketHandler",
                        "pylogging.handlers.net.host=localhost", "pylogging.handlers.net.port=70000"),
                "pylogging.handlers.net.port", "70000", "a port is 1 to 65535", "to the peer's port");
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            FailureAnalysis analysis = analyse("pylogging.receiver.enabled=true",
                    "pylogging.receiver.port=" + taken.getLocalPort());
            assertThat(analysis.getDescription()).contains("Property: pylogging.receiver.port",
                    "Value: '" + taken.getLocalPort() + "'", "cannot listen");
            assertThat(analysis.getAction()).contains("Choose a free port");
        }
    }

    @Test
    void memoryHandlerTargetCycle() {
        assertReport(analyse(
                        "pylogging.handlers.a.class=handlers.MemoryHandler", "pylogging.handlers.a.capacity=10",
                        "pylogging.handlers.a.target=b",
                        "pylogging.handlers.b.class=handlers.MemoryHandler", "pylogging.handlers.b.capacity=10",
                        "pylogging.handlers.b.target=a"),
                "pylogging.handlers.a.target", "b", "MemoryHandler targets form a cycle through [a, b]",
                "Make the last MemoryHandler of the chain target a handler that writes somewhere.");
    }

    @Test
    void missingConfigFile() {
        assertReport(analyse("pylogging.config-file=classpath:nowhere.conf"), "pylogging.config-file",
                "classpath:nowhere.conf", "no such file", "Point pylogging.config-file at a fileConfig INI file");
    }

    @Test
    void aBrokenConfigFileNamesItsSectionAndKey() throws Exception {
        Path ini = Files.writeString(dir.resolve("bad.conf"), """
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
                args=(__import__('os').system('id'),)
                """);
        FailureAnalysis analysis = analyse("pylogging.config-file=file:" + ini);
        assertThat(analysis.getDescription()).contains("Property: pylogging.config-file", "[handler_h] args");
    }

    @Test
    void aFailedStartLeavesNoHandlerBehind() {
        analyse("pylogging.handlers.file.class=FileHandler",
                "pylogging.handlers.file.filename=" + dir.resolve("partial.log"),
                "pylogging.loggers.root.handlers=file,missing");
        assertThat(Logging.getLogger().getHandlers()).isEmpty();
    }
}
