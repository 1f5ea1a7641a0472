package dev.pylogging.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The three libraries, as the benchmarks configure them, write the same lines. */
class SameWorkTest {

    private static final String TIME = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3}";

    @ParameterizedTest
    @EnumSource(Workload.class)
    void everyLibraryWritesTheSameLine(Workload workload) throws IOException {
        Path dir = Workload.tempDir("same");
        try {
            String name = "bench." + workload.name().toLowerCase(java.util.Locale.ROOT);
            var py = PyLoggingSetup.file(workload, dir);
            py.info("Pack my box with %d dozen %s", 5, "liquor jugs");
            PyLoggingSetup.stop();
            var lb = LogbackSetup.file(workload, dir);
            lb.info("Pack my box with {} dozen {}", 5, "liquor jugs");
            LogbackSetup.stop(lb);
            var l4 = Log4j2Setup.file(workload, dir);
            l4.info("Pack my box with {} dozen {}", 5, "liquor jugs");
            Log4j2Setup.stop(l4);
            String caller = workload.callerInfo ? "SameWorkTest\\.java:\\d+ - " : "";
            String line = TIME + " - " + name.replace(".", "\\.") + " - INFO - " + caller
                    + "Pack my box with 5 dozen liquor jugs";
            for (String file : new String[] {"pylogging.log", "logback.log", "log4j2.log"}) {
                assertThat(Files.readAllLines(dir.resolve(file))).as(file).singleElement().asString().matches(line);
            }
        } finally {
            Workload.delete(dir);
        }
    }

    @Test
    void disabledLoggersAreDisabledInEveryLibrary() {
        assertThat(PyLoggingSetup.disabled().isEnabledFor(dev.pylogging.Level.DEBUG)).isFalse();
        assertThat(LogbackSetup.disabled().isDebugEnabled()).isFalse();
        assertThat(Log4j2Setup.disabled().isDebugEnabled()).isFalse();
        PyLoggingSetup.stop();
    }
}
