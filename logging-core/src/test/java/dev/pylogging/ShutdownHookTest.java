package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A real child JVM ends three ways; the shutdown hook writes every record it held. */
class ShutdownHookTest {

    private static final int RECORDS = 100_000;

    @TempDir
    Path dir;

    private Process start(String end, String... jvmOptions) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m"));
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), ExitScenario.class.getName(), end,
                dir.toString(), Integer.toString(RECORDS)));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void endAndAwait(Process child, String end) throws Exception {
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            if (end.equals("wait")) {
                assertThat(out.readLine()).isEqualTo("ready");
                child.destroy();
            }
            boolean ended = child.waitFor(60, TimeUnit.SECONDS);
            if (!ended) {
                child.destroyForcibly();
            }
            assertThat(ended).as("the child JVM ended within 60 s").isTrue();
        }
    }

    private void assertEveryRecordWritten(String end) throws IOException {
        for (String file : List.of("memory.log", "buffered.log")) {
            List<String> lines = Files.readAllLines(dir.resolve(file));
            assertThat(lines).as(file).hasSize(RECORDS);
            assertThat(lines.get(RECORDS - 1)).isEqualTo("record " + (RECORDS - 1) + " of a run that ends by " + end);
            assertThat(Files.readString(dir.resolve(file))).endsWith("\n");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"return", "exit", "wait"})
    void everyHeldRecordIsWrittenWhenTheJvmEnds(String end) throws Exception {
        Process child = start(end);
        endAndAwait(child, end);
        assertEveryRecordWritten(end);
    }

    @Test
    void withTheHookSwitchedOffAMemoryHandlerTakesItsRecordsAlong() throws Exception {
        Process child = start("return", "-Dpylogging.shutdown-hook=false");
        endAndAwait(child, "return");
        assertThat(Files.readString(dir.resolve("memory.log"))).isEmpty();
    }
}
