package dev.pylogging.jul;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pylogging.Formatter;
import dev.pylogging.Level;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.StreamHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code java.util.logging} records reach pylogging, and pylogging's levels reach JUL's loggers. */
class JulBridgeTest extends LoggingTestCase {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    @BeforeEach
    void install() {
        StreamHandler handler = new StreamHandler(written);
        handler.setFormatter(new Formatter("%(levelname)s|%(name)s|%(funcName)s|%(message)s"));
        Logging.getLogger().addHandler(handler);
        JulBridge.install();
    }

    @AfterEach
    void uninstall() {
        JulBridge.uninstall();
        java.util.logging.Logger.getLogger("").setLevel(java.util.logging.Level.INFO);
    }

    private String output() {
        return written.toString(StandardCharsets.UTF_8);
    }

    @Test
    void julRecordsReachThePyloggingLoggerOfTheSameNameFormattedAsJulFormatsThem() {
        Logging.getLogger("jul.app").setLevel(Level.DEBUG);
        java.util.logging.Logger jul = java.util.logging.Logger.getLogger("jul.app");
        jul.log(java.util.logging.Level.INFO, "hello {0}, {1}", new Object[] {"world", 42});
        jul.fine("fine is debug");
        jul.finest("finest is trace, below debug");
        jul.severe("severe is error");
        assertThat(output()).isEqualTo("INFO|jul.app|julRecordsReachThePyloggingLoggerOfTheSameNameFormattedAsJulFormatsThem"
                + "|hello world, 42\nDEBUG|jul.app|julRecordsReachThePyloggingLoggerOfTheSameNameFormattedAsJulFormatsThem"
                + "|fine is debug\nERROR|jul.app|julRecordsReachThePyloggingLoggerOfTheSameNameFormattedAsJulFormatsThem"
                + "|severe is error\n");
    }

    @Test
    void pyloggingLevelsAreMirroredOntoJulSoADisabledJulCallStopsInJul() {
        java.util.logging.Logger quiet = java.util.logging.Logger.getLogger("jul.quiet");
        Logging.getLogger("jul.quiet").setLevel(Level.ERROR);
        assertThat(quiet.isLoggable(java.util.logging.Level.WARNING)).isFalse();
        assertThat(quiet.isLoggable(java.util.logging.Level.SEVERE)).isTrue();
        Logging.getLogger("jul.quiet").setLevel(Level.NOTSET);
        Logging.getLogger().setLevel(Level.DEBUG);
        assertThat(quiet.getLevel()).isNull();
        assertThat(quiet.isLoggable(java.util.logging.Level.FINE)).isTrue();
        assertThat(quiet.isLoggable(java.util.logging.Level.FINEST)).isFalse();
    }
}
