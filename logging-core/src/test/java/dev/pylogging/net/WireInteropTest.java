package dev.pylogging.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pylogging.Formatter;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.PythonProcess;
import dev.pylogging.StreamHandler;
import dev.pylogging.handlers.DatagramHandler;
import dev.pylogging.handlers.SocketHandler;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records cross the wire between this library and CPython's logging, both ways. */
class WireInteropTest extends LoggingTestCase {

    private static void logTheTestRecords(Logger logger) {
        logger.setLevel(dev.pylogging.Level.DEBUG);
        logger.info("Pack my box with %d dozen %s", 5, "liquor jugs");
        logger.atWarning().extra("clientip", "192.168.0.1").extra("user", "fbloggs")
                .log("Protocol problem: %s", "connection reset");
        logger.warning("unicode: %s", "héllo wörld 😀");
        logger.exception(new IllegalStateException("boom"), "failed %d times", 3);
    }

    @Test
    void javaSocketHandlerToTheSeedsReceiverInCPython() throws Exception {
        try (PythonProcess receiver = PythonProcess.start("tcp_receiver.py", "4")) {
            int port = Integer.parseInt(receiver.await("PORT ").strip());
            Logger logger = Logging.getLogger("java.app");
            SocketHandler handler = new SocketHandler("127.0.0.1", port);
            logger.addHandler(handler);
            logTheTestRecords(logger);
            handler.close();
            List<String> records = receiver.records();
            assertThat(records).hasSize(4);
            String method = "javaSocketHandlerToTheSeedsReceiverInCPython";
            String where = "|" + "logTheTestRecords" + "|WireInteropTest.java|";
            assertThat(records.get(0)).startsWith("java.app|INFO|20|Pack my box with 5 dozen liquor jugs|-|-" + where);
            assertThat(records.get(1)).startsWith(
                    "java.app|WARNING|30|Protocol problem: connection reset|192.168.0.1|fbloggs" + where);
            assertThat(records.get(2)).startsWith("java.app|WARNING|30|unicode: héllo wörld 😀|-|-" + where);
            assertThat(records.get(3)).startsWith("java.app|ERROR|40|failed 3 times|-|-" + where)
                    .contains("\njava.lang.IllegalStateException: boom\n\tat dev.pylogging.net.WireInteropTest."
                            + "logTheTestRecords(WireInteropTest.java:", "\tat dev.pylogging.net.WireInteropTest." + method);
        }
    }

    @Test
    void javaDatagramHandlerToCPython() throws Exception {
        try (PythonProcess receiver = PythonProcess.start("tcp_receiver.py", "4", "udp")) {
            int port = Integer.parseInt(receiver.await("PORT ").strip());
            Logger logger = Logging.getLogger("java.udp");
            DatagramHandler handler = new DatagramHandler("127.0.0.1", port);
            logger.addHandler(handler);
            logTheTestRecords(logger);
            handler.close();
            List<String> records = receiver.records();
            assertThat(records).hasSize(4);
            assertThat(records.get(1)).startsWith("java.udp|WARNING|30|Protocol problem: connection reset|192.168.0.1|fbloggs|");
        }
    }

    /** Renders what reaches the {@code cpython} loggers with the sender's format, records NUL-separated. */
    private static ByteArrayOutputStream renderCPythonLoggers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StreamHandler local = new StreamHandler(out);
        local.setFormatter(new Formatter("%(name)s|%(levelname)s|%(levelno)d|%(message)s|%(funcName)s|%(filename)s|%(lineno)d"));
        local.setTerminator("\u0000");
        Logging.getLogger("cpython").addHandler(local);
        Logging.getLogger("cpython").setLevel(1);
        return out;
    }

    private static void assertRenderedAsCPython(ByteArrayOutputStream out, PythonProcess sender) throws Exception {
        List<String> cpython = sender.records();
        assertThat(cpython).hasSize(5);
        await().until(() -> out.toString(StandardCharsets.UTF_8).split("\u0000").length >= 5);
        List<String> java = List.of(out.toString(StandardCharsets.UTF_8).split("\u0000"));
        assertThat(java).isEqualTo(cpython);
        assertThat(java.get(3)).contains("ZeroDivisionError: division by zero");
    }

    @Test
    void cpythonSocketHandlerToOurReceiverRendersAsCPythonDoes() throws Exception {
        ByteArrayOutputStream out = renderCPythonLoggers();
        try (LogRecordSocketReceiver receiver = LogRecordSocketReceiver.builder().port(0).build()) {
            receiver.start();
            try (PythonProcess sender = PythonProcess.start("socket_sender.py", Integer.toString(receiver.getPort()))) {
                assertRenderedAsCPython(out, sender);
            }
        }
    }

    @Test
    void cpythonDatagramHandlerToOurDatagramReceiverRendersAsCPythonDoes() throws Exception {
        ByteArrayOutputStream out = renderCPythonLoggers();
        try (LogRecordDatagramReceiver receiver = LogRecordDatagramReceiver.onLoopback(0)) {
            receiver.start();
            try (PythonProcess sender = PythonProcess.start("socket_sender.py",
                    Integer.toString(receiver.getPort()), "udp")) {
                assertRenderedAsCPython(out, sender);
            }
        }
    }
}
