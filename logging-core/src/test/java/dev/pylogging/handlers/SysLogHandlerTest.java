package dev.pylogging.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pylogging.CapturedStderr;
import dev.pylogging.Level;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.handlers.SysLogHandler.SocketType;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SysLogHandler against a real rsyslogd over UDP, TCP and both kinds of Unix socket. */
class SysLogHandlerTest extends LoggingTestCase {

    @TempDir
    static Path rsyslogDir;

    static RsyslogDaemon rsyslog;

    @BeforeAll
    static void startRsyslog() throws Exception {
        rsyslog = RsyslogDaemon.start(rsyslogDir);
    }

    @AfterAll
    static void stopRsyslog() throws Exception {
        if (rsyslog != null) {
            rsyslog.close();
        }
    }

    /** Logs one record per level through {@code handler} and returns rsyslog's new lines. */
    private List<String> logEveryLevel(SysLogHandler handler, String tag) throws Exception {
        handler.setIdent(tag + ": ");
        Logger logger = Logging.getLogger("syslog." + tag);
        logger.setLevel(Level.DEBUG);
        logger.addHandler(handler);
        int before = rsyslog.lines().size();
        logger.debug("debug via %s", tag);
        logger.info("info via %s", tag);
        logger.warning("warning via %s", tag);
        logger.error("error via %s", tag);
        logger.critical("critical via %s", tag);
        logger.log(25, "custom level via %s", tag);
        handler.close();
        List<String> lines = rsyslog.awaitLines(before + 6);
        return lines.subList(before, lines.size()).stream().filter(l -> l.contains("[" + tag + "]")).toList();
    }

    private static List<String> expected(String facility, String tag) {
        return List.of(
                facility + ".debug [" + tag + "] [ debug via " + tag + "]",
                facility + ".info [" + tag + "] [ info via " + tag + "]",
                facility + ".warning [" + tag + "] [ warning via " + tag + "]",
                facility + ".err [" + tag + "] [ error via " + tag + "]",
                facility + ".crit [" + tag + "] [ critical via " + tag + "]",
                // A level syslog has no name for maps to warning, as in CPython.
                facility + ".warning [" + tag + "] [ custom level via " + tag + "]");
    }

    @Test
    void udpToRsyslogWithEveryLevel() throws Exception {
        SysLogHandler handler = new SysLogHandler("127.0.0.1:" + rsyslog.udpPort, SysLogHandler.LOG_LOCAL3);
        assertThat(logEveryLevel(handler, "overudp")).containsExactlyElementsOf(expected("local3", "overudp"));
    }

    @Test
    void tcpToRsyslog() throws Exception {
        SysLogHandler handler = new SysLogHandler("127.0.0.1:" + rsyslog.tcpPort, SysLogHandler.LOG_DAEMON,
                SocketType.STREAM);
        assertThat(logEveryLevel(handler, "overtcp")).containsExactlyElementsOf(expected("daemon", "overtcp"));
    }

    @Test
    void unixDatagramSocketLikeDevLog() throws Exception {
        SysLogHandler handler = new SysLogHandler(rsyslog.datagramSocket.toString(), "local7");
        assertThat(logEveryLevel(handler, "overdgram")).containsExactlyElementsOf(expected("local7", "overdgram"));
    }

    @Test
    void aStreamOnlyUnixSocketIsReachedByFallingBackFromDatagram() throws Exception {
        SysLogHandler handler = new SysLogHandler(rsyslog.streamSocket.toString(), SysLogHandler.LOG_MAIL);
        assertThat(logEveryLevel(handler, "fallback")).containsExactlyElementsOf(expected("mail", "fallback"));
    }

    @Test
    void anExplicitStreamUnixSocket() throws Exception {
        SysLogHandler handler = new SysLogHandler(rsyslog.streamSocket.toString(), SysLogHandler.LOG_USER,
                SocketType.STREAM);
        assertThat(logEveryLevel(handler, "overstream")).containsExactlyElementsOf(expected("user", "overstream"));
    }

    @Test
    void theBytesOnTheWireAreCPythons() throws Exception {
        try (DatagramSocket peer = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            peer.setSoTimeout(5000);
            SysLogHandler handler = new SysLogHandler("127.0.0.1:" + peer.getLocalPort(), "local0");
            Logger logger = Logging.getLogger("wire");
            logger.addHandler(handler);
            logger.error("caf\u00e9 %d", 42);
            handler.setIdent("app: ");
            handler.setAppendNul(false);
            logger.warning("second");
            handler.close();
            // CPython 3.11: SysLogHandler(('127.0.0.1', port), 'local0') sends b'<131>caf\xc3\xa9 42\x00'.
            assertThat(receive(peer)).isEqualTo("<131>caf\u00e9 42\0".getBytes(StandardCharsets.UTF_8));
            assertThat(receive(peer)).isEqualTo("<132>app: second".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static byte[] receive(DatagramSocket socket) throws Exception {
        DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
        socket.receive(packet);
        return Arrays.copyOf(packet.getData(), packet.getLength());
    }

    @Test
    void encodePriorityAndMapPriorityMatchCPython() {
        SysLogHandler handler = new SysLogHandler();
        assertThat(handler.encodePriority(SysLogHandler.LOG_USER, SysLogHandler.LOG_INFO)).isEqualTo(14);
        assertThat(handler.encodePriority("local7", "debug")).isEqualTo(191);
        assertThat(handler.encodePriority("KERN", "panic")).isZero();
        assertThat(handler.encodePriority("solaris-cron", "warn")).isEqualTo(124);
        assertThat(handler.mapPriority("CRITICAL")).isEqualTo("critical");
        assertThat(handler.mapPriority("NOTICE")).isEqualTo("warning");
        assertThat(SysLogHandler.FACILITY_NAMES).hasSize(24);
        assertThat(SysLogHandler.PRIORITY_NAMES).hasSize(12);
    }

    @Test
    void anOverriddenMapPriorityThatAnswersNoSyslogNameIsReportedByName() {
        SysLogHandler handler = new SysLogHandler("127.0.0.1:9") {
            @Override
            public String mapPriority(String levelName) {
                return "loud";
            }
        };
        Logger logger = Logging.getLogger("loud");
        logger.addHandler(handler);
        try (CapturedStderr err = new CapturedStderr()) {
            logger.error("not sent");
            assertThat(err.text()).contains("unknown syslog priority 'loud'").contains("not sent");
        }
        handler.close();
    }

    @Test
    void badAddressesAndNamesAreRefusedByName() {
        assertThatThrownBy(() -> new SysLogHandler("localhost:http"))
                .hasMessage("bad syslog address 'localhost:http': port must be 1 to 65535, not 'http'");
        assertThatThrownBy(() -> new SysLogHandler("localhost:70000"))
                .hasMessageContaining("not '70000'");
        assertThatThrownBy(() -> new SysLogHandler("localhost", "locall"))
                .hasMessageStartingWith("unknown syslog facility 'locall'; expected one of [auth,");
        assertThatThrownBy(() -> new SysLogHandler("localhost", 24))
                .hasMessage("syslog facility must be 0 to 23, not 24");
        assertThatThrownBy(() -> new SysLogHandler().encodePriority("user", "loud"))
                .hasMessageStartingWith("unknown syslog priority 'loud'");
        assertThat(new SysLogHandler("[::1]:1514").getAddress()).isEqualTo("[::1]:1514");
        assertThatThrownBy(() -> new SysLogHandler("[::1"))
                .hasMessage("bad syslog address '[::1': expected [ipv6]:port");
        assertThatThrownBy(() -> new SysLogHandler("[::1]x"))
                .hasMessage("bad syslog address '[::1]x': expected [ipv6]:port");
    }

    @Test
    void aMissingSocketIsReportedAndTheHandlerRecoversWhenItAppears(@TempDir Path dir) throws Exception {
        Path link = dir.resolve("log");
        SysLogHandler handler = new SysLogHandler(link.toString(), SysLogHandler.LOG_LOCAL1);
        handler.setIdent("late: ");
        Logger logger = Logging.getLogger("late");
        logger.addHandler(handler);
        try (CapturedStderr err = new CapturedStderr()) {
            logger.error("lost while the daemon is away");
            assertThat(err.text()).contains("SysLogHandler").contains("lost while the daemon is away")
                    .contains(link.toString());
        }
        Files.createSymbolicLink(link, rsyslog.datagramSocket);
        int before = rsyslog.lines().size();
        logger.error("delivered once it is back");
        handler.close();
        assertThat(rsyslog.awaitLines(before + 1).subList(before, before + 1))
                .containsExactly("local1.err [late] [ delivered once it is back]");
    }
}
