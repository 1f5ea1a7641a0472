package dev.pylogging.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same-JVM comparison: what each arm writes, what it cleans up, and the report's arithmetic. */
class SameJvmComparisonTest {

    private static final String LINE = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3} - bench\\.sync - INFO - "
            + "Pack my box with 5 dozen liquor jugs";

    @ParameterizedTest
    @ValueSource(strings = {"pylogging", "logback", "log4j2", "ceiling", "handwritten"})
    void everyArmWritesTheBenchmarkLineEmptiesItsFileBetweenRoundsAndDeletesItsDirectory(String library)
            throws IOException {
        Path dir;
        try (ComparisonArm arm = new ComparisonArm(library, "SYNC")) {
            dir = arm.dir();
            arm.accept(3);
            List<Path> files = list(dir);
            assertThat(files).hasSize(1);
            assertThat(Files.readAllLines(files.get(0))).hasSize(3).allMatch(line -> line.matches(LINE));
            arm.run();
            assertThat(files.get(0)).isEmptyFile();
            arm.accept(2);
            assertThat(Files.readAllLines(files.get(0))).hasSize(2).allMatch(line -> line.matches(LINE));
        }
        assertThat(dir).doesNotExist();
    }

    @Test
    void aRollingArmKeepsItsFilesBetweenRounds() throws IOException {
        try (ComparisonArm arm = new ComparisonArm("pylogging", "ROTATING")) {
            arm.accept(2);
            arm.run();
            assertThat(Files.readAllLines(list(arm.dir()).get(0))).hasSize(2);
        }
    }

    @Test
    void anUnknownLibraryOrWorkloadIsNamedAndLeavesNoDirectory() throws IOException {
        long before = countArmDirs();
        assertThatThrownBy(() -> new ComparisonArm("slf4j", "SYNC")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no library 'slf4j': one of " + ComparisonArm.LIBRARIES);
        assertThatThrownBy(() -> new ComparisonArm("pylogging", "FAST")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no workload 'FAST': one of [SYNC, BUFFERED, CALLER, ROTATING]");
        assertThatThrownBy(() -> new ComparisonArm("ceiling", "BUFFERED")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("ceiling writes each line as it comes: SYNC only, not BUFFERED");
        assertThat(countArmDirs()).isEqualTo(before);
    }

    @Test
    void theReportSkipsTheFirstQuarterAndPairsEachRoundWithTheFirstArms() {
        double[][] nanos = {
            {900, 100, 100, 200, 100, 100, 100, 100},
            {100, 120, 110, 260, 130, 115, 125, 140},
        };
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SameJvmComparison.report(List.of("a", "b"), nanos, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        // Rounds 2..7 count. b's ratios: 1.10 1.30 1.30 1.15 1.25 1.40 -> sorted 1.10 1.15 1.25 1.30 1.30 1.40.
        assertThat(bytes.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "a                                           100.0 ns/call  10000000 calls/s   "
                        + "time vs first arm 1.000 [1.000-1.000]",
                "b                                           130.0 ns/call   7692308 calls/s   "
                        + "time vs first arm 1.300 [1.150-1.300]");
    }

    private static List<Path> list(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.toList();
        }
    }

    private static long countArmDirs() throws IOException {
        try (var dirs = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return dirs.filter(p -> p.getFileName().toString().startsWith("pylogging-bench-arm-")).count();
        }
    }
}
