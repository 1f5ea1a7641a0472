package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In buffered mode the buffer is written whenever it is full, and a buffer of a page or more
 * ends each write on a page boundary of the file, a record spanning two writes where it must.
 */
class StreamHandlerBufferTest extends LoggingTestCase {

    @TempDir
    Path dir;

    /** Remembers the size of each write and everything written. */
    private static final class RecordingStream extends OutputStream {
        final List<Integer> writes = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            writes.add(len);
            text.append(new String(b, off, len, StandardCharsets.UTF_8));
        }
    }

    private static Logger loggerTo(StreamHandler handler) {
        handler.setImmediateFlush(false);
        handler.setFormatter(new Formatter("%(message)s"));
        Logger logger = Logging.getLogger("buffer.test");
        logger.setPropagate(false);
        logger.addHandler(handler);
        return logger;
    }

    @Test
    void fullBuffersAreWrittenWholeWithRecordsSplitAtTheirEdges() {
        RecordingStream stream = new RecordingStream();
        Logger logger = loggerTo(new StreamHandler(stream));
        String record = "x".repeat(99); // 100 bytes with the terminator
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 200; i++) {
            logger.warning(record);
            expected.append(record).append('\n');
        }
        assertThat(stream.writes).as("20,000 bytes: two whole 8 KiB buffers so far").containsExactly(8192, 8192);
        logger.getHandlers().get(0).flush();
        assertThat(stream.writes).containsExactly(8192, 8192, 20_000 - 2 * 8192);
        assertThat(stream.text.toString()).isEqualTo(expected.toString());
    }

    @Test
    void aRecordLargerThanTheBufferGoesOutFromItsOwnArrayUpToItsLastPageBoundary() {
        RecordingStream stream = new RecordingStream();
        StreamHandler handler = new StreamHandler(stream);
        Logger logger = loggerTo(handler);
        logger.warning("y".repeat(49)); // 50 bytes buffered
        String huge = "z".repeat(19_999); // 20,000 bytes
        logger.warning(huge);
        // 8,142 fill the buffer to 8 KiB; of the 11,858 left, 8,192 reach the page boundary at
        // 16 KiB straight from the record, and 3,666 wait in the buffer.
        assertThat(stream.writes).containsExactly(8192, 8192);
        handler.flush();
        assertThat(stream.writes).containsExactly(8192, 8192, 3666);
        assertThat(stream.text.toString()).isEqualTo("y".repeat(49) + "\n" + huge + "\n");
    }

    @Test
    void aSmallBufferIsWrittenEachTimeItFills() {
        RecordingStream stream = new RecordingStream();
        StreamHandler handler = new StreamHandler(stream);
        Logger logger = loggerTo(handler);
        handler.setBufferSize(10);
        logger.warning("abcd");
        assertThat(stream.writes).isEmpty();
        logger.warning("efghijk");
        assertThat(stream.writes).as("the buffer filled midway through the second record").containsExactly(10);
        logger.warning("a record longer than the buffer");
        assertThat(stream.writes).as("the rest of the buffer, then the rest of the record at once")
                .containsExactly(10, 10, 25);
        assertThat(stream.text.toString()).isEqualTo("abcd\nefghijk\na record longer than the buffer\n");
    }

    @Test
    void writesToAFileOpenedForAppendingEndOnItsPageBoundaries() throws IOException {
        Path log = dir.resolve("append.log");
        Files.writeString(log, "p".repeat(99) + "\n"); // 100 bytes already there
        FileHandler handler = new FileHandler(log.toString());
        Logger logger = loggerTo(handler);
        String record = "r".repeat(99);
        int logged = 0;
        while (Files.size(log) == 100) {
            logger.warning(record);
            logged++;
        }
        assertThat(Files.size(log)).as("the first write ends at the file's second page boundary").isEqualTo(8192);
        assertThat(logged).as("81 records fit after the first 100 bytes; the 81st spans the boundary").isEqualTo(81);
        while (Files.size(log) == 8192) {
            logger.warning(record);
            logged++;
        }
        assertThat(Files.size(log)).isEqualTo(16_384);
        handler.close();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(logged + 1);
        assertThat(lines.subList(1, lines.size())).containsOnly(record);
    }

    @Test
    void aTruncatedFileCountsFromItsStart() throws IOException {
        Path log = dir.resolve("truncated.log");
        Files.writeString(log, "old contents\n");
        FileHandler handler = new FileHandler(log.toString(), "w", null, false);
        Logger logger = loggerTo(handler);
        while (Files.size(log) == 0) {
            logger.warning("w".repeat(99));
        }
        assertThat(Files.size(log)).isEqualTo(8192);
        handler.close();
    }
}
