package dev.pylogging.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pylogging.CapturedStderr;
import dev.pylogging.FileHandler;
import dev.pylogging.Formatter;
import dev.pylogging.Level;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.StreamHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QueueHandler and QueueListener: the call enqueues, a thread of its own writes, nothing is lost unless asked. */
class QueueHandlerTest extends LoggingTestCase {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    private StreamHandler target(String format) {
        StreamHandler target = new StreamHandler(written);
        target.setFormatter(new Formatter(format));
        return target;
    }

    private String output() {
        return written.toString(StandardCharsets.UTF_8);
    }

    private static Logger logger(String name, QueueHandler handler) {
        Logger logger = Logging.getLogger(name);
        logger.setPropagate(false);
        logger.setLevel(Level.DEBUG);
        logger.addHandler(handler);
        return logger;
    }

    @Test
    void recordsReachTheTargetThroughTheListenerWithTheirMessageAndCaller() {
        QueueHandler queue = QueueHandler.withListener(100, QueueHandler.WhenFull.BLOCK, false,
                List.of(target("%(levelname)s|%(funcName)s|%(threadName)s|%(message)s")));
        Logger log = logger("queued", queue);
        log.info("Pack my box with %d dozen %s", 5, "liquor jugs");
        log.exception(new IllegalStateException("boom"), "failed %d times", 3);
        queue.close();
        String thread = Thread.currentThread().getName();
        String method = "recordsReachTheTargetThroughTheListenerWithTheirMessageAndCaller";
        assertThat(output()).startsWith("INFO|" + method + "|" + thread + "|Pack my box with 5 dozen liquor jugs\n"
                + "ERROR|" + method + "|" + thread + "|failed 3 times\njava.lang.IllegalStateException: boom\n");
        // As CPython's prepare(): the exception is in the message now, not formatted a second time.
        assertThat(output().split("IllegalStateException", -1)).hasSize(2);
    }

    @Test
    void respectHandlerLevelGivesEachHandlerOnlyTheRecordsAtItsLevel() {
        StreamHandler warnings = target("%(message)s");
        warnings.setLevel(Level.WARNING);
        QueueHandler respecting = QueueHandler.withListener(10, QueueHandler.WhenFull.BLOCK, true, List.of(warnings));
        Logger log = logger("respecting", respecting);
        log.info("below");
        log.warning("at");
        respecting.close();
        assertThat(output()).isEqualTo("at\n");

        written.reset();
        QueueHandler ignoring = QueueHandler.withListener(10, QueueHandler.WhenFull.BLOCK, false, List.of(warnings));
        Logger other = logger("ignoring", ignoring);
        other.info("below, handed on as CPython does");
        ignoring.close();
        assertThat(output()).isEqualTo("below, handed on as CPython does\n");
    }

    @Test
    void aFullQueueThatBlocksLosesNothingFromTwoThreads() throws Exception {
        Path file = dir.resolve("queued.log");
        FileHandler fileHandler = new FileHandler(file.toString());
        QueueHandler queue = QueueHandler.withListener(16, QueueHandler.WhenFull.BLOCK, false, List.of(fileHandler));
        Logger log = logger("blocking", queue);
        Runnable work = () -> {
            for (int i = 0; i < 50_000; i++) {
                log.info("record %d from %s", i, Thread.currentThread().getName());
            }
        };
        Thread a = new Thread(work, "a");
        Thread b = new Thread(work, "b");
        a.start();
        b.start();
        a.join(60_000);
        b.join(60_000);
        queue.close();
        fileHandler.close();
        try (var lines = Files.lines(file)) {
            assertThat(lines.count()).isEqualTo(100_000);
        }
        assertThat(queue.getDroppedRecords()).isZero();
    }

    @Test
    void aFullQueueThatDropsCountsAndReportsWhatItDropped() {
        QueueHandler queue = new QueueHandler(new ArrayBlockingQueue<>(10), QueueHandler.WhenFull.DROP);
        Logger log = logger("dropping", queue);
        try (CapturedStderr err = new CapturedStderr()) {
            for (int i = 0; i < 25; i++) {
                log.info("record %d", i);
            }
            assertThat(err.text()).startsWith("--- Logging queue full --- <QueueHandler (NOTSET)> dropped 1 record (1 in all)\n");
        }
        assertThat(queue.getDroppedRecords()).isEqualTo(15);
        assertThat(queue.getQueue()).hasSize(10);
    }

    @Test
    void shutdownDrainsEverythingQueuedIntoTheHandlers() throws Exception {
        Path file = dir.resolve("drained.log");
        FileHandler fileHandler = new FileHandler(file.toString());
        fileHandler.setImmediateFlush(false);
        QueueHandler queue = QueueHandler.withListener(100_000, QueueHandler.WhenFull.BLOCK, false, List.of(fileHandler));
        Logger log = logger("drained", queue);
        for (int i = 0; i < 20_000; i++) {
            log.info("record %d", i);
        }
        Logging.shutdown();
        try (var lines = Files.lines(file)) {
            assertThat(lines.count()).isEqualTo(20_000);
        }
        assertThat(queue.getQueue()).isEmpty();
    }

    @Test
    void fileConfigSetsUpAQueueHandlerWithItsListenerFromItsHandlersKey() throws Exception {
        Path file = dir.resolve("from-ini.log");
        dev.pylogging.config.LoggingConfig.fileConfig(new java.io.StringReader("""
                [loggers]
                keys=root
                [handlers]
                keys=queue,file
                [formatters]
                keys=plain
                [logger_root]
                level=DEBUG
                handlers=queue
                [handler_queue]
                class=handlers.QueueHandler
                args=(1000, 'block')
                handlers=file
                respect_handler_level=1
                [handler_file]
                class=FileHandler
                level=WARNING
                args=('%s', 'w')
                formatter=plain
                [formatter_plain]
                format=%%(levelname)s %%(message)s
                """.formatted(file)), java.util.Map.of());
        Logging.getLogger("app").info("below the file's level");
        Logging.getLogger("app").warning("through the queue");
        Logging.shutdown();
        assertThat(Files.readString(file)).isEqualTo("WARNING through the queue\n");
    }

    @Test
    void fileConfigRefusesAQueueHandlerWithoutHandlers() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> dev.pylogging.config.LoggingConfig.fileConfig(
                new java.io.StringReader("""
                [loggers]
                keys=root
                [handlers]
                keys=queue
                [formatters]
                keys=
                [logger_root]
                handlers=queue
                [handler_queue]
                class=handlers.QueueHandler
                args=(10,)
                """), java.util.Map.of()))
                .hasMessageContaining("[handler_queue] handlers = : a QueueHandler needs the handlers its listener hands "
                        + "records to");
    }
}
