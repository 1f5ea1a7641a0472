package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** FileHandler and StreamHandler: modes, delay, encodings, buffering, and many threads. */
class FileHandlerTest extends LoggingTestCase {

    @TempDir
    Path dir;

    @Test
    void appendsByDefaultAndTruncatesInModeW() throws IOException {
        Path log = dir.resolve("app.log");
        Files.writeString(log, "old\n");
        Logger logger = Logging.getLogger("fh");
        FileHandler append = new FileHandler(log.toString());
        logger.addHandler(append);
        logger.warning("new");
        append.close();
        assertThat(Files.readString(log)).isEqualTo("old\nnew\n");
        logger.removeHandler(append);
        FileHandler truncate = new FileHandler(log.toString(), "w");
        logger.addHandler(truncate);
        logger.warning("only");
        truncate.close();
        assertThat(Files.readString(log)).isEqualTo("only\n");
        assertThat(truncate.getBaseFilename()).isEqualTo(log.toAbsolutePath().toString());
    }

    @Test
    void delayOpensTheFileWithTheFirstRecord() throws IOException {
        Path log = dir.resolve("delayed.log");
        FileHandler handler = new FileHandler(log.toString(), "a", null, true);
        assertThat(log).doesNotExist();
        Logger logger = Logging.getLogger("delay");
        logger.addHandler(handler);
        logger.warning("first");
        assertThat(Files.readString(log)).isEqualTo("first\n");
    }

    @Test
    void aClosedAppendingHandlerReopensButATruncatingOneStaysClosed() throws IOException {
        Path log = dir.resolve("reopen.log");
        Logger logger = Logging.getLogger("reopen");
        FileHandler handler = new FileHandler(log.toString());
        logger.addHandler(handler);
        logger.warning("one");
        handler.close();
        logger.warning("two");
        handler.close();
        assertThat(Files.readString(log)).isEqualTo("one\ntwo\n");

        Path wlog = dir.resolve("w.log");
        FileHandler wHandler = new FileHandler(wlog.toString(), "w");
        Logger wLogger = Logging.getLogger("reopen.w");
        wLogger.setPropagate(false);
        wLogger.addHandler(wHandler);
        wLogger.warning("one");
        wHandler.close();
        wLogger.warning("dropped, as in CPython");
        assertThat(Files.readString(wlog)).isEqualTo("one\n");
    }

    @Test
    void writesInTheGivenEncoding() throws IOException {
        Path log = dir.resolve("latin1.log");
        FileHandler handler = new FileHandler(log.toString(), "w", "ISO-8859-1");
        Logger logger = Logging.getLogger("enc");
        logger.addHandler(handler);
        logger.warning("café %s", "€");
        handler.close();
        assertThat(Files.readAllBytes(log)).isEqualTo("café ?\n".getBytes(Charset.forName("ISO-8859-1")));
        Path utf8 = dir.resolve("utf8.log");
        FileHandler utf8Handler = new FileHandler(utf8.toString());
        logger.addHandler(utf8Handler);
        logger.warning("😀 é € \ud800 end");
        utf8Handler.close();
        assertThat(Files.readString(utf8, StandardCharsets.UTF_8)).endsWith("😀 é € ? end\n");
    }

    @Test
    void bufferedOutputReachesTheFileOnFlushAndClose() throws IOException {
        Path log = dir.resolve("buffered.log");
        FileHandler handler = new FileHandler(log.toString());
        handler.setImmediateFlush(false);
        Logger logger = Logging.getLogger("buffered");
        logger.addHandler(handler);
        logger.warning("held");
        assertThat(Files.readString(log)).isEmpty();
        handler.flush();
        assertThat(Files.readString(log)).isEqualTo("held\n");
        for (int i = 0; i < 1000; i++) {
            logger.warning("line %04d with some padding to fill the buffer", i);
        }
        assertThat(Files.size(log)).as("a full buffer is written").isGreaterThan(8000);
        handler.close();
        assertThat(Files.readAllLines(log)).hasSize(1001).last().isEqualTo("line 0999 with some padding to fill the buffer");
    }

    @Test
    void bufferSizeDecidesWhenRecordsAreWritten() throws IOException {
        Path log = dir.resolve("small-buffer.log");
        FileHandler handler = new FileHandler(log.toString());
        handler.setImmediateFlush(false);
        handler.setBufferSize(12);
        Logger logger = Logging.getLogger("small.buffer");
        logger.addHandler(handler);
        logger.warning("abcd");
        logger.warning("efgh");
        assertThat(Files.readString(log)).as("ten bytes wait in a 12-byte buffer").isEmpty();
        logger.warning("ij");
        assertThat(Files.readString(log)).as("the buffer is written as soon as it is full")
                .isEqualTo("abcd\nefgh\nij");
        handler.setBufferSize(1000);
        logger.warning("kept");
        assertThat(Files.readString(log)).as("a new size writes what was buffered first").isEqualTo("abcd\nefgh\nij\n");
        handler.close();
        assertThat(Files.readString(log)).isEqualTo("abcd\nefgh\nij\nkept\n");
        assertThatThrownBy(() -> handler.setBufferSize(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not 0");
    }

    @Test
    void shutdownFlushesBufferedHandlersNewestFirstAndOnlyOnce() throws IOException {
        List<String> closed = new ArrayList<>();
        class Recording extends Handler {
            private final String id;

            Recording(String id) {
                this.id = id;
            }

            @Override
            public void emit(LogRecord record) {
            }

            @Override
            public void close() {
                closed.add(id);
                super.close();
            }
        }
        new Recording("first");
        new Recording("second");
        Path log = dir.resolve("shutdown.log");
        FileHandler file = new FileHandler(log.toString());
        file.setImmediateFlush(false);
        Logger logger = Logging.getLogger("sd");
        logger.addHandler(file);
        logger.warning("flushed at shutdown");
        Logging.shutdown();
        Logging.shutdown();
        assertThat(closed).containsExactly("second", "first");
        assertThat(Files.readString(log)).isEqualTo("flushed at shutdown\n");
    }

    @Test
    void terminatorIsConfigurable() throws IOException {
        Path log = dir.resolve("crlf.log");
        FileHandler handler = new FileHandler(log.toString());
        handler.setTerminator("\r\n");
        Logger logger = Logging.getLogger("crlf");
        logger.addHandler(handler);
        logger.warning("a");
        logger.warning("b");
        handler.close();
        assertThat(Files.readString(log)).isEqualTo("a\r\nb\r\n");
    }

    @Test
    void exceptionTextFollowsTheMessage() throws IOException {
        Path log = dir.resolve("exc.log");
        FileHandler handler = new FileHandler(log.toString());
        handler.setFormatter(new Formatter("%(levelname)s %(message)s"));
        Logger logger = Logging.getLogger("exc");
        logger.addHandler(handler);
        try {
            throw new IllegalStateException("boom");
        } catch (IllegalStateException e) {
            logger.exception(e, "failed after %d tries", 3);
        }
        handler.close();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines.get(0)).isEqualTo("ERROR failed after 3 tries");
        assertThat(lines.get(1)).isEqualTo("java.lang.IllegalStateException: boom");
        assertThat(lines.get(2)).startsWith("\tat dev.pylogging.FileHandlerTest.exceptionTextFollowsTheMessage(FileHandlerTest.java:");
    }

    @Test
    void fourThreadsWriteFiftyThousandWholeLinesEach() throws Exception {
        Path log = dir.resolve("threads.log");
        FileHandler handler = new FileHandler(log.toString());
        handler.setFormatter(new Formatter("%(threadName)s %(levelname)s %(message)s"));
        Logger logger = Logging.getLogger("threads");
        logger.addHandler(handler);
        int threads = 4;
        int perThread = 50_000;
        Concurrently.run(threads, perThread, "worker-",
                i -> logger.warning("record %d of %s", i, Thread.currentThread().getName()));
        handler.close();
        List<String> lines = Files.readAllLines(log);
        assertThat(lines).hasSize(threads * perThread);
        Pattern whole = Pattern.compile("(worker-\\d) WARNING record (\\d+) of (worker-\\d)");
        Set<String> seen = new HashSet<>();
        java.util.Map<String, Integer> lastOfThread = new java.util.HashMap<>();
        for (String line : lines) {
            Matcher m = whole.matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            assertThat(m.group(1)).isEqualTo(m.group(3));
            seen.add(m.group(1) + "/" + m.group(2));
            int index = Integer.parseInt(m.group(2));
            Integer previous = lastOfThread.put(m.group(1), index);
            assertThat(index).as("each thread's records in the order it logged them").isEqualTo(previous == null ? 0 : previous + 1);
        }
        assertThat(seen).hasSize(threads * perThread);
    }
}
