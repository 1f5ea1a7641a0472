package dev.pylogging.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.Peers;
import dev.pylogging.LoggingTestCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reopening a file that something else moved, replaced or deleted; the real logrotate included. */
class WatchedFileHandlerTest extends LoggingTestCase {

    @TempDir
    Path dir;

    @Test
    void aMovedFileIsReopenedAtThePath() throws IOException {
        Path log = dir.resolve("app.log");
        WatchedFileHandler handler = new WatchedFileHandler(log.toString());
        Logger logger = Logging.getLogger("watched");
        logger.addHandler(handler);
        logger.warning("before the move");
        Files.move(log, dir.resolve("app.log.1"));
        logger.warning("after the move");
        Files.delete(log);
        logger.warning("after the delete");
        handler.close();
        assertThat(Files.readString(dir.resolve("app.log.1"))).isEqualTo("before the move\n");
        assertThat(Files.readString(log)).isEqualTo("after the delete\n");
    }

    @Test
    void aReplacedFileIsReopened() throws IOException {
        Path log = dir.resolve("replaced.log");
        WatchedFileHandler handler = new WatchedFileHandler(log.toString());
        Logger logger = Logging.getLogger("replaced");
        logger.addHandler(handler);
        logger.warning("one");
        Path fresh = Files.writeString(dir.resolve("fresh"), "fresh file\n");
        Files.move(fresh, log, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        logger.warning("two");
        handler.close();
        assertThat(Files.readString(log)).isEqualTo("fresh file\ntwo\n");
    }

    @Test
    void logrotateWithCreateLosesNoRecord() throws Exception {
        Map<Integer, Integer> seen = runLogrotateWhileLogging("create\n");
        assertThat(seen).as("every record exactly once").hasSize(expected).allSatisfy((n, count) ->
                assertThat(count).as("record %d", n).isEqualTo(1));
    }

    @Test
    void logrotateWithCopytruncateDuplicatesNothingAndKeepsLogging() throws Exception {
        Map<Integer, Integer> seen = runLogrotateWhileLogging("copytruncate\n");
        assertThat(seen.values()).as("no record twice").allMatch(count -> count == 1);
        // copytruncate itself drops what is written between its copy and its truncate
        // (logrotate's manual says so): at most one run of consecutive records per rotation, how
        // long depending on the machine; everything logged after the last rotation is there.
        for (int n = afterLastRotation; n < expected; n++) {
            assertThat(seen).containsKey(n);
        }
        int runsLost = 0;
        for (int n = 0; n < expected; n++) {
            if (!seen.containsKey(n) && (n == 0 || seen.containsKey(n - 1))) {
                runsLost++;
            }
        }
        assertThat(runsLost).as("runs of lost records").isLessThanOrEqualTo(ROTATIONS);
    }

    private static final int ROTATIONS = 5;
    private int expected;
    private int afterLastRotation;

    private Map<Integer, Integer> runLogrotateWhileLogging(String mode) throws Exception {
        Peers.assume("logrotate");
        Path log = dir.resolve("rotated.log");
        Path conf = dir.resolve("logrotate.conf");
        Files.writeString(conf, log + " {\n    rotate 20\n    missingok\n    nocompress\n    " + mode + "}\n");
        WatchedFileHandler handler = new WatchedFileHandler(log.toString());
        Logger logger = Logging.getLogger("rotated");
        logger.addHandler(handler);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger next = new AtomicInteger();
        Thread writer = new Thread(() -> {
            while (!stop.get()) {
                logger.warning("record %d", next.getAndIncrement());
                if (next.get() % 50 == 0) {
                    try {
                        Thread.sleep(1);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }
        }, "writer");
        writer.start();
        try {
            for (int i = 0; i < ROTATIONS; i++) {
                Thread.sleep(30);
                Process rotate = new ProcessBuilder("logrotate", "-f", "-s", dir.resolve("state").toString(),
                        conf.toString()).redirectErrorStream(true).start();
                assertThat(rotate.waitFor(30, TimeUnit.SECONDS)).isTrue();
                String output = new String(rotate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(rotate.exitValue()).as(output).isZero();
            }
            afterLastRotation = next.get();
            Thread.sleep(50);
        } finally {
            stop.set(true);
            writer.join(10_000);
        }
        expected = next.get();
        handler.close();
        Map<Integer, Integer> seen = new HashMap<>();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> list = Files.list(dir)) {
            list.filter(p -> p.getFileName().toString().startsWith("rotated.log")).forEach(files::add);
        }
        assertThat(files).as("logrotate made backups").hasSizeGreaterThan(1);
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                assertThat(line).matches("record \\d+");
                seen.merge(Integer.parseInt(line.substring(7)), 1, Integer::sum);
            }
        }
        return seen;
    }
}
