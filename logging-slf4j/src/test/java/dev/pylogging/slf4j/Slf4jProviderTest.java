package dev.pylogging.slf4j;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pylogging.Formatter;
import dev.pylogging.Level;
import dev.pylogging.Logging;
import dev.pylogging.StreamHandler;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.slf4j.MarkerFactory;
import org.slf4j.spi.LocationAwareLogger;

/** SLF4J's API, bound to pylogging by the provider found through {@code META-INF/services}. */
class Slf4jProviderTest {

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();
    private StreamHandler handler;

    @BeforeEach
    void writeTheRootToAStream() {
        Logging.reset();
        // The provider registers TRACE once, when SLF4J starts; reset() forgot it.
        LoggerFactory.getILoggerFactory();
        Logging.addLevelName(5, "TRACE");
        handler = new StreamHandler(written);
        handler.setFormatter(new Formatter("%(levelname)s|%(name)s|%(message)s"));
        Logging.getLogger().addHandler(handler);
        Logging.getLogger().setLevel(Level.NOTSET);
    }

    @AfterEach
    void reset() {
        MDC.clear();
        Logging.reset();
    }

    private String output() {
        handler.flush();
        return written.toString(StandardCharsets.UTF_8);
    }

    @Test
    void aLoggerForAClassIsThePyloggingLoggerOfItsName() {
        Logger log = LoggerFactory.getLogger(Slf4jProviderTest.class);
        assertThat(log.getName()).isEqualTo("dev.pylogging.slf4j.Slf4jProviderTest");
        Logging.getLogger("dev.pylogging").setLevel(Level.WARNING);
        log.info("hidden");
        log.warn("shown");
        assertThat(output()).isEqualTo("WARNING|dev.pylogging.slf4j.Slf4jProviderTest|shown\n");
        assertThat(LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME).getName()).isEqualTo("ROOT");
    }

    @Test
    void levelsMapToPyloggingNumbersWithTraceAtFive() {
        Logger log = LoggerFactory.getLogger("levels");
        Logging.getLogger("levels").setLevel(1);
        log.trace("t");
        log.debug("d");
        log.info("i");
        log.warn("w");
        log.error("e");
        assertThat(output()).isEqualTo("TRACE|levels|t\nDEBUG|levels|d\nINFO|levels|i\nWARNING|levels|w\nERROR|levels|e\n");
        assertThat(Logging.getLevelName(5)).isEqualTo("TRACE");
        Logging.getLogger("levels").setLevel(Level.DEBUG);
        assertThat(log.isTraceEnabled()).isFalse();
        assertThat(log.isDebugEnabled()).isTrue();
    }

    @Test
    void messagesAreFormattedSlf4jsWayAndPercentIsText() {
        Logger log = LoggerFactory.getLogger("format");
        log.info("100% {} of {}", "done", 3);
        log.info("escaped \\{} and {}", "x");
        log.info("array {} and {}", new int[] {1, 2}, new String[] {"a", "b"});
        log.info("{} {} {}", "a", "b", "c");
        log.info("%s stays");
        assertThat(output()).isEqualTo("INFO|format|100% done of 3\nINFO|format|escaped {} and x\n"
                + "INFO|format|array [1, 2] and [a, b]\nINFO|format|a b c\nINFO|format|%s stays\n");
    }

    @Test
    void aTrailingThrowableBecomesTheRecordsException() {
        Logger log = LoggerFactory.getLogger("thrown");
        log.error("failed {} times", 3, new IllegalStateException("boom"));
        log.warn("plain", new IllegalArgumentException("bad"));
        String out = output();
        assertThat(out).startsWith("ERROR|thrown|failed 3 times\njava.lang.IllegalStateException: boom\n");
        assertThat(out).contains("WARNING|thrown|plain\njava.lang.IllegalArgumentException: bad\n");
    }

    @Test
    void theMdcKeyValuePairsAndMarkersAreRecordAttributes() {
        handler.setFormatter(new Formatter("%(traceId)s|%(user)s|%(marker)s|%(message)s"));
        Logger log = LoggerFactory.getLogger("context");
        MDC.put("traceId", "abc123");
        log.atInfo().addKeyValue("user", "fbloggs").addMarker(MarkerFactory.getMarker("AUDIT")).log("logged in");
        MDC.remove("traceId");
        log.info("no trace id");
        assertThat(output()).isEqualTo("abc123|fbloggs|AUDIT|logged in\n|||no trace id\n");
    }

    @Test
    void callerInformationNamesTheApplicationsLine() {
        handler.setFormatter(new Formatter("%(filename)s:%(lineno)d %(funcName)s %(message)s"));
        Logger log = LoggerFactory.getLogger("caller");
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        log.info("plain");
        log.info("one {}", 1);
        log.info("two {} {}", 1, 2);
        log.info("three {} {} {}", 1, 2, 3);
        log.atInfo().log("fluent");
        ((LocationAwareLogger) log).log(null, "dev.pylogging.slf4j.Slf4jProviderTest$Facade", LocationAwareLogger.INFO_INT,
                "through a facade", null, null);
        String f = "Slf4jProviderTest.java:";
        String m = " callerInformationNamesTheApplicationsLine ";
        assertThat(output()).isEqualTo(f + line + m + "plain\n" + f + (line + 1) + m + "one 1\n"
                + f + (line + 2) + m + "two 1 2\n" + f + (line + 3) + m + "three 1 2 3\n"
                + f + (line + 4) + m + "fluent\n" + "(unknown file):0 (unknown function) through a facade\n");
    }

    @Test
    void aDisabledCallAllocatesNothing() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Logger log = LoggerFactory.getLogger("quiet");
        Logging.getLogger("quiet").setLevel(Level.INFO);
        String arg = "argument";
        Object other = "other";
        long tid = Thread.currentThread().getId();
        for (int round = 0; round < 4; round++) {
            long before = threads.getThreadAllocatedBytes(tid);
            for (int i = 0; i < 200_000; i++) {
                log.debug("value {}", arg);
                log.debug("values {} {}", arg, other);
                log.debug("no args");
                log.atDebug().addKeyValue("k", arg).log("fluent {}", arg);
            }
            long allocated = threads.getThreadAllocatedBytes(tid) - before;
            if (round > 0) {
                assertThat(allocated).as("bytes allocated by 800,000 disabled calls").isLessThan(16_384);
            }
        }
    }
}
