package dev.pylogging.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each JSON setup of the benchmark writes one JSON object a line with the message in it. */
class JsonSetupTest {

    @TempDir
    Path dir;

    private static void assertJsonLines(Path file) throws Exception {
        List<String> lines = Files.readAllLines(file);
        assertThat(lines).hasSize(3).allMatch(line -> line.startsWith("{") && line.endsWith("}")
                && line.contains("Pack my box with 5 dozen liquor jugs"));
    }

    @Test
    void everyLibraryWritesJsonLines() throws Exception {
        Path py = Files.createDirectory(dir.resolve("py"));
        dev.pylogging.Logger pylogging = JsonSetup.pylogging(Workload.SYNC, py);
        Path lb = Files.createDirectory(dir.resolve("lb"));
        ch.qos.logback.classic.Logger logback = JsonSetup.logback(Workload.SYNC, lb);
        Path l4 = Files.createDirectory(dir.resolve("l4"));
        org.apache.logging.log4j.Logger log4j2 = JsonSetup.log4j2(Workload.SYNC, l4);
        for (int i = 0; i < 3; i++) {
            pylogging.info("Pack my box with %d dozen %s", 5, "liquor jugs");
            logback.info("Pack my box with {} dozen {}", 5, "liquor jugs");
            log4j2.info("Pack my box with {} dozen {}", 5, "liquor jugs");
        }
        PyLoggingSetup.stop();
        LogbackSetup.stop(logback);
        Log4j2Setup.stop(log4j2);
        assertJsonLines(py.resolve("pylogging.json"));
        assertJsonLines(lb.resolve("logback.json"));
        assertJsonLines(l4.resolve("log4j2.json"));
    }
}
