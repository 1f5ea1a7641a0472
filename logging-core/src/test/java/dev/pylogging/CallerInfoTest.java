package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Caller attributes point at the user's call site, are found lazily, and only when needed. */
class CallerInfoTest extends LoggingTestCase {

    private static String text(ByteArrayOutputStream out) {
        return out.toString(StandardCharsets.UTF_8);
    }

    private static ByteArrayOutputStream withFormat(Logger logger, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamHandler handler = new StreamHandler(out);
        handler.setFormatter(new Formatter(format));
        logger.addHandler(handler);
        return out;
    }

    @Test
    void pointsAtTheLineThatLogged() {
        Logger logger = Logging.getLogger("caller");
        ByteArrayOutputStream out = withFormat(logger,
                "%(pathname)s|%(filename)s|%(module)s|%(funcName)s|%(lineno)d|%(message)s");
        int line = new Throwable().getStackTrace()[0].getLineNumber() + 1;
        logger.warning("here");
        assertThat(text(out)).isEqualTo("dev/pylogging/CallerInfoTest.java|CallerInfoTest.java|CallerInfoTest|"
                + "pointsAtTheLineThatLogged|" + line + "|here\n");
    }

    @Test
    void everyEntryPointReportsTheUsersFrame() {
        Logging.basicConfig(BasicConfig.builder().stream(new ByteArrayOutputStream()).build());
        Logger root = Logging.getLogger();
        ByteArrayOutputStream out = withFormat(Logging.getLogger("entry"), "%(funcName)s:%(lineno)d");
        Logger logger = Logging.getLogger("entry");
        List<Integer> lines = new ArrayList<>();
        lines.add(here());
        logger.warning("a");
        lines.add(here());
        logger.log(Level.ERROR, "b %s", 1);
        lines.add(here());
        logger.atError().extra("k", "v").log("c");
        lines.add(here());
        logger.exception(new RuntimeException("x"), "d");
        lines.add(here());
        logger.warning("%s %s", 1, 2);
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            expected.append("everyEntryPointReportsTheUsersFrame:").append(lines.get(i) + 1).append('\n');
            if (i == 3) {
                expected.append("java.lang.RuntimeException: x\n");
            }
        }
        assertThat(text(out).lines().filter(l -> !l.startsWith("\tat ")).map(l -> l + "\n").reduce("", String::concat))
                .isEqualTo(expected.toString());
        ByteArrayOutputStream rootOut = withFormat(root, "%(funcName)s:%(lineno)d");
        int line = here() + 1;
        Logging.warning("from the module function");
        assertThat(text(rootOut)).isEqualTo("everyEntryPointReportsTheUsersFrame:" + line + "\n");
    }

    private static int here() {
        return new Throwable().getStackTrace()[1].getLineNumber();
    }

    @Test
    void aLoggerSubclassThatWrapsTheCallIsTheCaller() {
        Logging.setLoggerClass(WrappingLogger.class);
        Logger logger = Logging.getLogger("wrapping");
        ByteArrayOutputStream out = withFormat(logger, "%(filename)s:%(funcName)s");
        logger.warning("x");
        assertThat(text(out)).isEqualTo("CallerInfoTest.java:warning\n");
    }

    /** Overrides a logging method, as CPython subclasses may; that method then is the caller. */
    public static class WrappingLogger extends Logger {
        public WrappingLogger(String name) {
            super(name);
        }

        @Override
        public void warning(String msg) {
            super.warning("[wrapped] " + msg);
        }
    }

    @Test
    void isNotLookedUpWhenNoFormatNeedsIt() {
        Logger logger = Logging.getLogger("lazy");
        List<LogRecord> seen = new ArrayList<>();
        withFormat(logger, "%(message)s").size();
        // A filter is told a record during the call; it is not a handler, so nothing was looked up for it.
        logger.getHandlers().get(0).addFilter(record -> seen.add(record));
        logger.warning("seen by a filter");
        assertThat(seen).singleElement().satisfies(record -> {
            assertThat(record.getLineno()).as("the call has returned: too late to look").isZero();
            assertThat(record.getPathname()).isEqualTo("(unknown file)");
            assertThat(record.getFuncName()).isEqualTo("(unknown function)");
        });
    }

    @Test
    void aUsersHandlerThatKeepsRecordsGetsTheCallSiteWithoutSayingSo() {
        Logger logger = Logging.getLogger("kept");
        List<LogRecord> kept = new ArrayList<>();
        logger.addHandler(new CollectingHandler(kept::add));
        int line = here() + 1;
        logger.warning("kept for later");
        assertThat(kept).singleElement().satisfies(record -> {
            assertThat(record.getLineno()).isEqualTo(line);
            assertThat(record.getPathname()).endsWith("dev/pylogging/CallerInfoTest.java");
            assertThat(record.getFilename()).isEqualTo("CallerInfoTest.java");
            assertThat(record.getFuncName()).isEqualTo("aUsersHandlerThatKeepsRecordsGetsTheCallSiteWithoutSayingSo");
        });
    }

    @Test
    void aHandlerThatPassesRecordsToAnotherThreadGetsTheCallSiteThere() throws Exception {
        Logger logger = Logging.getLogger("handed.over");
        java.util.concurrent.BlockingQueue<LogRecord> queue = new java.util.concurrent.LinkedBlockingQueue<>();
        java.util.concurrent.CompletableFuture<String> readThere = new java.util.concurrent.CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try {
                LogRecord r = queue.take();
                readThere.complete(r.getFuncName() + ":" + r.getLineno());
            } catch (InterruptedException e) {
                readThere.completeExceptionally(e);
            }
        });
        reader.start();
        CountingLatchHandler handler = new CountingLatchHandler(queue);
        logger.addHandler(handler);
        int line = here() + 1;
        logger.warning("read on another thread while the call is still running");
        assertThat(readThere.get(10, java.util.concurrent.TimeUnit.SECONDS))
                .isEqualTo("aHandlerThatPassesRecordsToAnotherThreadGetsTheCallSiteThere:" + line);
        reader.join(10_000);
    }

    /** Hands each record to another thread and waits until that thread has read it. */
    private static final class CountingLatchHandler extends Handler {
        private final java.util.concurrent.BlockingQueue<LogRecord> queue;

        CountingLatchHandler(java.util.concurrent.BlockingQueue<LogRecord> queue) {
            this.queue = queue;
        }

        @Override
        public void emit(LogRecord record) {
            queue.add(record);
            long end = System.nanoTime() + 10_000_000_000L;
            while (!queue.isEmpty() && System.nanoTime() < end) {
                Thread.onSpinWait();
            }
        }
    }

    @Test
    void aSubclassOfTheLibrarysFileHandlerThatKeepsRecordsGetsTheCallSite(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        Logger logger = Logging.getLogger("kept.file");
        List<LogRecord> kept = new ArrayList<>();
        FileHandler handler = new FileHandler(dir.resolve("app.log").toString()) {
            @Override
            public void emit(LogRecord record) {
                kept.add(record);
                super.emit(record);
            }
        };
        logger.addHandler(handler);
        int line = here() + 1;
        logger.warning("written and kept");
        handler.close();
        assertThat(kept.get(0).getLineno()).isEqualTo(line);
        assertThat(kept.get(0).getFuncName()).isEqualTo("aSubclassOfTheLibrarysFileHandlerThatKeepsRecordsGetsTheCallSite");
    }

    @Test
    void aHandlerThatKeepsRecordsResolvesTheCallerFirst() {
        Logger logger = Logging.getLogger("resolving");
        List<LogRecord> kept = new ArrayList<>();
        logger.addHandler(new Handler() {
            @Override
            public boolean needsCallerInfo() {
                return true;
            }

            @Override
            public void emit(LogRecord record) {
                kept.add(record);
            }
        });
        int line = here() + 1;
        logger.warning("kept for later");
        assertThat(kept.get(0).getLineno()).isEqualTo(line);
        assertThat(kept.get(0).getFuncName()).isEqualTo("aHandlerThatKeepsRecordsResolvesTheCallerFirst");
    }

    @Test
    void findCallerReturnsTheCallingMethod() {
        CallerInfo caller = Logging.getLogger("fc").findCaller();
        assertThat(caller.funcName()).isEqualTo("findCallerReturnsTheCallingMethod");
        assertThat(caller.filename()).isEqualTo("CallerInfoTest.java");
        assertThat(caller.module()).isEqualTo("CallerInfoTest");
    }
}
