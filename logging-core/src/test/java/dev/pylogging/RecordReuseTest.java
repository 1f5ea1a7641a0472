package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pylogging.handlers.DatagramHandler;
import dev.pylogging.handlers.HTTPHandler;
import dev.pylogging.handlers.MemoryHandler;
import dev.pylogging.handlers.NTEventLogHandler;
import dev.pylogging.handlers.RotatingFileHandler;
import dev.pylogging.handlers.SMTPHandler;
import dev.pylogging.handlers.SocketHandler;
import dev.pylogging.handlers.SysLogHandler;
import dev.pylogging.handlers.TimedRotatingFileHandler;
import dev.pylogging.handlers.WatchedFileHandler;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A logger reuses its record object from call to call while only the library's handlers that are
 * done with a record when they return, name filters and plain formatters see it; anything that may keep a record gets one
 * of its own, which stays as it was.
 */
class RecordReuseTest extends LoggingTestCase {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private Logger loggerWithStreamHandler(String name) {
        Logger logger = Logging.getLogger(name);
        logger.setLevel(Level.INFO);
        logger.setPropagate(false);
        StreamHandler handler = new StreamHandler(out);
        handler.setFormatter(new Formatter("%(name)s %(levelname)s %(message)s"));
        logger.addHandler(handler);
        return logger;
    }

    @Test
    void callsThroughStreamHandlersOnlyAllocateNothing() {
        Logger logger = Logging.getLogger("reused");
        logger.setPropagate(false);
        StreamHandler handler = new StreamHandler(OutputStream.nullOutputStream());
        handler.setFormatter(new Formatter("%(asctime)s - %(name)s - %(levelname)s - %(message)s"));
        handler.addFilter(new Filter("reused"));
        logger.addHandler(handler);
        // A record would be over 100 bytes, the arguments' array 24.
        assertThat(bytesPerCall(logger)).as("bytes allocated per call").isZero();
    }

    @Test
    void aJsonFormatterKeepsNoRecordButASubclassOfItMay() throws Exception {
        Logger json = loggerWithStreamHandler("json.reused");
        json.getHandlers().get(0).setFormatter(new JsonFormatter("ecs"));
        json.warning("first");
        json.warning("second");
        assertThat(spareOf(json)).as("the record given back after a JSON line").isNotNull();

        Logger custom = loggerWithStreamHandler("json.subclass");
        custom.getHandlers().get(0).setFormatter(new JsonFormatter("ecs") { });
        custom.warning("first");
        custom.warning("second");
        assertThat(spareOf(custom)).as("a record a subclass may have kept is never reused").isNull();
    }

    @Test
    void jsonLinesThroughAStreamHandlerAllocateNothing() {
        Logger logger = Logging.getLogger("json.alloc");
        logger.setPropagate(false);
        StreamHandler handler = new StreamHandler(OutputStream.nullOutputStream());
        JsonFormatter ecs = new JsonFormatter("ecs");
        ecs.setService("orders", "1.4.2", "prod", "node-1");
        handler.setFormatter(ecs);
        logger.addHandler(handler);
        assertThat(bytesPerCall(logger)).as("bytes allocated per JSON line").isZero();
    }

    @Test
    void theRecordKeptForReuseHoldsNothingOfTheLastCall() throws Exception {
        Logger logger = loggerWithStreamHandler("released");
        // The first call makes the record that the next ones reuse.
        logger.warning("with %s", new Object());
        logger.warning("with %s", new Object());
        logger.warning("with %s and %s", new Object(), new Object());
        logger.log(Level.WARNING, new IllegalStateException(), "with %s, %s and %s", 1, 2, 3);
        LogRecord kept = spareOf(logger);
        assertThat(kept).isNotNull();
        assertThat(kept.getMsg()).isNull();
        assertThat(kept.getArgs()).isEmpty();
        assertThat(kept.getExcInfo()).isNull();
        for (String own : new String[] {"args1", "args2"}) {
            java.lang.reflect.Field array = LogRecord.class.getDeclaredField(own);
            array.setAccessible(true);
            assertThat((Object[]) array.get(kept)).as(own).isNotEmpty().containsOnlyNulls();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("released WARNING with java.lang.Object@");
    }

    @Test
    void aHandlerThatKeepsRecordsGetsOneRecordPerCallUnchanged() {
        Logger logger = loggerWithStreamHandler("kept.handler");
        List<LogRecord> kept = new ArrayList<>();
        logger.addHandler(new CollectingHandler(kept::add));
        logTwice(logger);
        assertKeptUnchanged(kept);
    }

    @Test
    void aStreamHandlerSubclassMayKeepRecords() {
        Logger logger = Logging.getLogger("kept.subclass");
        logger.setPropagate(false);
        List<LogRecord> kept = new ArrayList<>();
        logger.addHandler(new StreamHandler(out) {
            @Override
            public void emit(LogRecord record) {
                kept.add(record);
                super.emit(record);
            }
        });
        logTwice(logger);
        assertKeptUnchanged(kept);
    }

    @Test
    void theLibrarysHandlersThatAreDoneWithARecordKeepNoneButTheirSubclassesMay(@TempDir Path dir) {
        String file = dir.resolve("app.log").toString();
        SMTPHandler.Builder mail = SMTPHandler.builder("127.0.0.1", "app@example.com", List.of("ops@example.com"));
        List<Handler> own = List.of(new StreamHandler(out), new FileHandler(file), new RotatingFileHandler(file),
                new TimedRotatingFileHandler(file), new WatchedFileHandler(file), new SocketHandler("127.0.0.1", 9),
                new DatagramHandler("127.0.0.1", 9), new SysLogHandler("127.0.0.1:9"),
                new HTTPHandler("127.0.0.1:9", "/log"), mail.build(), new NTEventLogHandler("app"));
        List<Handler> subclasses = List.of(new StreamHandler(out) { }, new FileHandler(file) { },
                new RotatingFileHandler(file) { }, new TimedRotatingFileHandler(file) { },
                new WatchedFileHandler(file) { }, new SocketHandler("127.0.0.1", 9) { },
                new DatagramHandler("127.0.0.1", 9) { }, new SysLogHandler("127.0.0.1:9") { },
                new HTTPHandler("127.0.0.1:9", "/log") { }, new SMTPHandler("127.0.0.1", "app@example.com", List.of("ops@example.com"), "") { }, new NTEventLogHandler("app") { });
        try {
            assertThat(own).allMatch(h -> h.retention == RecordPool.Retention.NONE);
            assertThat(subclasses).allMatch(h -> h.retention == RecordPool.Retention.KEEPS_ANYTHING);
            Handler buffering = new MemoryHandler(10);
            assertThat(buffering.retention).as("a buffering handler").isEqualTo(RecordPool.Retention.KEEPS);
        } finally {
            own.forEach(Handler::close);
            subclasses.forEach(Handler::close);
        }
    }

    @Test
    void aSysLogHandlerSendsReusedRecordsAndAFormatterSubclassKeepsItsOwn() throws Exception {
        try (DatagramSocket receiver = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            receiver.setSoTimeout(5_000);
            SysLogHandler handler = new SysLogHandler("127.0.0.1:" + receiver.getLocalPort(), SysLogHandler.LOG_USER);
            handler.setFormatter(new Formatter("%(name)s: %(message)s"));
            Logger logger = Logging.getLogger("syslog.reused");
            logger.setPropagate(false);
            logger.addHandler(handler);
            logger.warning("first %d", 1);
            LogRecord spare = spareOf(logger);
            logger.error("second %s %s", "two", "args");
            assertThat(spareOf(logger)).as("the record the first call made, reused").isNotNull().isSameAs(spare);
            assertThat(receive(receiver)).isEqualTo("<12>syslog.reused: first 1\0");
            assertThat(receive(receiver)).isEqualTo("<11>syslog.reused: second two args\0");

            List<LogRecord> formatted = new ArrayList<>();
            handler.setFormatter(collecting(formatted));
            logTwice(logger);
            assertKeptUnchanged(formatted);
            assertThat(receive(receiver)).isEqualTo("<12>first 1\0");
            assertThat(receive(receiver)).isEqualTo("<11>second two args\0");
        }
    }

    /** A formatter subclass that keeps every record it formats in {@code kept}. */
    private static Formatter collecting(List<LogRecord> kept) {
        return new Formatter("%(message)s") {
            @Override
            public String format(LogRecord record) {
                kept.add(record);
                return super.format(record);
            }
        };
    }

    /** The fewest bytes this thread allocated per warning call, over five rounds of 20,000. */
    private static long bytesPerCall(Logger logger) {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        long perCall = Long.MAX_VALUE;
        for (int round = 0; round < 5; round++) {
            long before = threads.getThreadAllocatedBytes(tid);
            for (int i = 0; i < 20_000; i++) {
                logger.warning("Pack my box with %d dozen %s", 5, "liquor jugs");
            }
            perCall = Math.min(perCall, (threads.getThreadAllocatedBytes(tid) - before) / 20_000);
        }
        return perCall;
    }

    private static LogRecord spareOf(Logger logger) throws ReflectiveOperationException {
        java.lang.reflect.Field spare = Logger.class.getDeclaredField("spare");
        spare.setAccessible(true);
        return (LogRecord) spare.get(logger);
    }

    private static String receive(DatagramSocket receiver) throws java.io.IOException {
        DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
        receiver.receive(packet);
        return new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8);
    }

    @Test
    void aFilterOrAFormatterSubclassMayKeepRecords() {
        Logger filtered = loggerWithStreamHandler("kept.filter");
        List<LogRecord> byFilter = new ArrayList<>();
        filtered.addFilter(record -> byFilter.add(record));
        logTwice(filtered);
        assertKeptUnchanged(byFilter);

        Logger formatted = loggerWithStreamHandler("kept.formatter");
        List<LogRecord> byFormatter = new ArrayList<>();
        formatted.getHandlers().get(0).setFormatter(collecting(byFormatter));
        logTwice(formatted);
        assertKeptUnchanged(byFormatter);
    }

    @Test
    void aHandlerOfAnAncestorThatKeepsRecordsCounts() {
        Logger parent = Logging.getLogger("kept");
        List<LogRecord> kept = new ArrayList<>();
        parent.addHandler(new CollectingHandler(kept::add));
        Logger child = Logging.getLogger("kept.child");
        child.setLevel(Level.INFO);
        StreamHandler handler = new StreamHandler(out);
        child.addHandler(handler);
        logTwice(child);
        assertKeptUnchanged(kept);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("first 1\nsecond two args\n");
    }

    @Test
    void aLoggerClassThatMakesItsOwnRecordsGetsThemEveryCall() {
        List<LogRecord> made = new ArrayList<>();
        Logger logger = new Logger("own.records", Level.INFO) {
            @Override
            public LogRecord makeRecord(String name, int level, String pathname, int lineno, String msg, Object[] args,
                                        Throwable excInfo, String funcName, Map<String, ?> extra) {
                LogRecord record = super.makeRecord(name, level, pathname, lineno, msg, args, excInfo, funcName, extra);
                made.add(record);
                return record;
            }
        };
        logger.addHandler(new StreamHandler(out));
        logTwice(logger);
        assertKeptUnchanged(made);
    }

    private static void logTwice(Logger logger) {
        logger.warning("first %d", 1);
        logger.error("second %s %s", "two", "args");
    }

    private static void assertKeptUnchanged(List<LogRecord> kept) {
        assertThat(kept).hasSize(2);
        assertThat(kept.get(0)).isNotSameAs(kept.get(1));
        assertThat(kept.get(0).getMessage()).isEqualTo("first 1");
        assertThat(kept.get(0).getLevelname()).isEqualTo("WARNING");
        assertThat(kept.get(1).getMessage()).isEqualTo("second two args");
        assertThat(kept.get(1).getArgs()).containsExactly("two", "args");
        assertThat(kept.get(1).getLevelname()).isEqualTo("ERROR");
    }
}
