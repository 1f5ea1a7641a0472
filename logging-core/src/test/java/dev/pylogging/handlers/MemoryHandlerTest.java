package dev.pylogging.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.Formatter;
import dev.pylogging.Level;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.StreamHandler;
import dev.pylogging.config.LoggingConfig;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Buffering in memory: flushed on capacity, on flushLevel and on close; nothing lost or doubled. */
class MemoryHandlerTest extends LoggingTestCase {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String text() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private Logger logger(MemoryHandler handler) {
        Logger logger = Logging.getLogger("memory");
        logger.setLevel(Level.DEBUG);
        logger.addHandler(handler);
        return logger;
    }

    @Test
    void flushesWhenTheBufferIsFull() {
        MemoryHandler memory = new MemoryHandler(3, Level.ERROR, new StreamHandler(out));
        Logger logger = logger(memory);
        logger.info("one");
        logger.info("two");
        assertThat(text()).isEmpty();
        logger.info("three");
        assertThat(text()).isEqualTo("one\ntwo\nthree\n");
        logger.info("four");
        assertThat(memory.getBuffer()).hasSize(1);
    }

    @Test
    void aRecordAtFlushLevelFlushesEverythingBeforeIt() {
        MemoryHandler memory = new MemoryHandler(100, Level.WARNING, new StreamHandler(out));
        Logger logger = logger(memory);
        logger.debug("context %d", 1);
        logger.info("context %d", 2);
        logger.warning("the problem");
        assertThat(text()).isEqualTo("context 1\ncontext 2\nthe problem\n");
        assertThat(memory.getFlushLevel()).isEqualTo(Level.WARNING);
        assertThat(new MemoryHandler(5).getFlushLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void closeFlushesThenDropsTheTarget() {
        StreamHandler target = new StreamHandler(out);
        MemoryHandler memory = new MemoryHandler(100, Level.ERROR, target);
        Logger logger = logger(memory);
        logger.info("pending");
        memory.close();
        assertThat(text()).isEqualTo("pending\n");
        assertThat(memory.getTarget()).isNull();
        assertThat(memory.getBuffer()).isEmpty();
        MemoryHandler dropping = new MemoryHandler(100, Level.ERROR, target, false);
        logger.addHandler(dropping);
        logger.info("dropped on close");
        dropping.close();
        assertThat(text()).isEqualTo("pending\n");
    }

    @Test
    void withoutATargetOnlyTheNewestRecordsAreKeptUntilOneIsSet() {
        MemoryHandler memory = new MemoryHandler(3);
        Logger logger = logger(memory);
        for (int i = 1; i <= 10; i++) {
            logger.info("record %d", i);
        }
        assertThat(memory.getBuffer()).hasSize(3);
        memory.setTarget(new StreamHandler(out));
        memory.flush();
        assertThat(text()).isEqualTo("record 8\nrecord 9\nrecord 10\n");
        assertThatThrownBy(() -> memory.setTarget(memory)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void everyRecordReachesTheTargetOnceUnderManyThreads() throws Exception {
        MemoryHandler memory = new MemoryHandler(50, Level.CRITICAL, new StreamHandler(out));
        Logger logger = logger(memory);
        dev.pylogging.Concurrently.run(4, 5_000, "m", i -> logger.info("%s %d", Thread.currentThread().getName(), i));
        memory.close();
        assertThat(text().lines()).hasSize(20_000).doesNotHaveDuplicates();
    }

    @Test
    void theCallerIsFixedWhenTheTargetWillFormatIt() {
        StreamHandler target = new StreamHandler(out);
        target.setFormatter(new Formatter("%(funcName)s %(message)s"));
        MemoryHandler memory = new MemoryHandler(10, Level.ERROR, target);
        Logger logger = logger(memory);
        logger.info("buffered");
        memory.flush();
        assertThat(text()).isEqualTo("theCallerIsFixedWhenTheTargetWillFormatIt buffered\n");
    }

    @Test
    void fileConfigWiresTheTarget() {
        LoggingConfig.fileConfig(new StringReader("""
                [loggers]
                keys=root
                [handlers]
                keys=hand08,console
                [formatters]
                keys=
                [logger_root]
                level=DEBUG
                handlers=hand08
                [handler_hand08]
                class=handlers.MemoryHandler
                level=NOTSET
                target=console
                args=(10, ERROR)
                [handler_console]
                class=StreamHandler
                args=(sys.stderr,)
                """), Map.of());
        MemoryHandler memory = (MemoryHandler) Logging.getLogger().getHandlers().get(0);
        assertThat(memory.getCapacity()).isEqualTo(10);
        assertThat(memory.getFlushLevel()).isEqualTo(Level.ERROR);
        assertThat(memory.getTarget()).isInstanceOf(StreamHandler.class);
        assertThat(memory.getTarget().getName()).isEqualTo("console");
    }

    @Test
    void fileConfigRefusesATargetCycle() {
        String cycle = """
                [loggers]
                keys=root
                [handlers]
                keys=a,b
                [formatters]
                keys=
                [logger_root]
                handlers=a
                [handler_a]
                class=handlers.MemoryHandler
                target=b
                args=(10,)
                [handler_b]
                class=handlers.MemoryHandler
                target=a
                args=(10,)
                """;
        assertThatThrownBy(() -> LoggingConfig.fileConfig(new StringReader(cycle), Map.of()))
                .hasMessageContaining("[handler_a] target = b").hasMessageContaining("cycle");
        assertThat(Logging.getLogger().getHandlers()).isEmpty();
    }
}
