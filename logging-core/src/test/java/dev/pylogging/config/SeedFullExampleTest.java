package dev.pylogging.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import dev.pylogging.CapturedStderr;
import dev.pylogging.CapturedStdout;
import dev.pylogging.FileHandler;
import dev.pylogging.CollectingHandler;
import dev.pylogging.Handler;
import dev.pylogging.Level;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.StreamHandler;
import dev.pylogging.handlers.DatagramHandler;
import dev.pylogging.handlers.HTTPHandler;
import dev.pylogging.handlers.MemoryHandler;
import dev.pylogging.handlers.NTEventLogHandler;
import dev.pylogging.handlers.SMTPHandler;
import dev.pylogging.handlers.SocketHandler;
import dev.pylogging.handlers.SysLogHandler;
import dev.pylogging.net.LogRecordDatagramReceiver;
import dev.pylogging.net.LogRecordSocketReceiver;
import java.io.StringReader;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's full configuration-file example: loggers log01 (root) to log07, handlers hand01 to
 * hand09 and formatters form01 to form09 with the seed's own sections, loaded as written and then
 * pointed at real peers on loopback.
 */
class SeedFullExampleTest extends LoggingTestCase {

    /**
     * The seed's sections; it shows only root and {@code parser} loggers, so log02 to log07 chain
     * down a hierarchy with the seed's keys. The one change: {@code python.log} is written under
     * {@code %(dir)s}, so that the test leaves nothing outside its temp folder.
     */
    static final String SEED_FULL_EXAMPLE = """
            [loggers]
            keys=root,log02,log03,log04,log05,log06,log07

            [handlers]
            keys=hand01,hand02,hand03,hand04,hand05,hand06,hand07,hand08,hand09

            [formatters]
            keys=form01,form02,form03,form04,form05,form06,form07,form08,form09

            [logger_root]
            level=NOTSET
            handlers=hand01

            [logger_log02]
            level=DEBUG
            handlers=hand02
            propagate=1
            qualname=compiler

            [logger_log03]
            level=INFO
            handlers=hand03
            propagate=1
            qualname=compiler.parser

            [logger_log04]
            level=WARN
            handlers=hand04
            propagate=0
            qualname=compiler.parser.lexer

            [logger_log05]
            level=ERROR
            handlers=hand05
            propagate=1
            qualname=compiler.parser.lexer.tokens

            [logger_log06]
            level=CRITICAL
            handlers=hand06
            propagate=1
            qualname=compiler.parser.lexer.tokens.ident

            [logger_log07]
            level=WARN
            handlers=hand07,hand08,hand09
            propagate=1
            qualname=compiler.parser.lexer.tokens.ident.unicode

            [handler_hand01]
            class=StreamHandler
            level=NOTSET
            formatter=form01
            args=(sys.stdout,)

            [handler_hand02]
            class=FileHandler
            level=DEBUG
            formatter=form02
            args=('%(dir)s/python.log', 'w')

            [handler_hand03]
            class=handlers.SocketHandler
            level=INFO
            formatter=form03
            args=('localhost', handlers.DEFAULT_TCP_LOGGING_PORT)

            [handler_hand04]
            class=handlers.DatagramHandler
            level=WARN
            formatter=form04
            args=('localhost', handlers.DEFAULT_UDP_LOGGING_PORT)

            [handler_hand05]
            class=handlers.SysLogHandler
            level=ERROR
            formatter=form05
            args=(('localhost', handlers.SYSLOG_UDP_PORT), handlers.SysLogHandler.LOG_USER)

            [handler_hand06]
            class=handlers.NTEventLogHandler
            level=CRITICAL
            formatter=form06
            args=('Python Application', '', 'Application')

            [handler_hand07]
            class=handlers.SMTPHandler
            level=WARN
            formatter=form07
            args=('localhost', 'from@abc', ['user1@abc', 'user2@xyz'], 'Logger Subject')

            [handler_hand08]
            class=handlers.MemoryHandler
            level=NOTSET
            formatter=form08
            target=
            args=(10, ERROR)

            [handler_hand09]
            class=handlers.HTTPHandler
            level=NOTSET
            formatter=form09
            args=('localhost:9022', '/log', 'GET')

            [formatter_form01]
            format=F1 %(asctime)s %(levelname)s %(message)s
            datefmt=
            class=logging.Formatter

            [formatter_form02]
            format=F2 %(asctime)s %(levelname)s %(message)s
            datefmt=

            [formatter_form03]
            format=F3 %(asctime)s %(levelname)s %(message)s
            datefmt=

            [formatter_form04]
            format=%(asctime)s %(levelname)s %(message)s
            datefmt=

            [formatter_form05]
            format=F5 %(levelname)s %(message)s
            datefmt=

            [formatter_form06]
            format=F6 %(levelname)s %(message)s
            datefmt=

            [formatter_form07]
            format=F7 %(levelname)s %(message)s
            datefmt=

            [formatter_form08]
            format=F8 %(levelname)s %(message)s
            datefmt=

            [formatter_form09]
            format=F9 %(levelname)s %(message)s
            datefmt=%H:%M:%S
            """;

    @TempDir
    Path dir;

    private static String handlerSummary(Handler h) {
        return h.getName() + " " + h.getClass().getSimpleName() + " " + Logging.getLevelName(h.getLevel()) + " "
                + h.getFormatter().getFmt();
    }

    @Test
    void loadsAsTheSeedWritesIt() {
        try (CapturedStderr err = new CapturedStderr()) {
            LoggingConfig.fileConfig(new StringReader(SEED_FULL_EXAMPLE), "logging.conf", Map.of("dir", dir.toString()),
                    true);
            assertThat(err.text()).contains("NTEventLogHandler Python Application");
        }
        List<Handler> all = new ArrayList<>(Logging.getLogger().getHandlers());
        for (String name : List.of("compiler", "compiler.parser", "compiler.parser.lexer", "compiler.parser.lexer.tokens",
                "compiler.parser.lexer.tokens.ident", "compiler.parser.lexer.tokens.ident.unicode")) {
            all.addAll(Logging.getLogger(name).getHandlers());
        }
        assertThat(all).extracting(SeedFullExampleTest::handlerSummary).containsExactly(
                "hand01 StreamHandler NOTSET F1 %(asctime)s %(levelname)s %(message)s",
                "hand02 FileHandler DEBUG F2 %(asctime)s %(levelname)s %(message)s",
                "hand03 SocketHandler INFO F3 %(asctime)s %(levelname)s %(message)s",
                "hand04 DatagramHandler WARNING %(asctime)s %(levelname)s %(message)s",
                "hand05 SysLogHandler ERROR F5 %(levelname)s %(message)s",
                "hand06 NTEventLogHandler CRITICAL F6 %(levelname)s %(message)s",
                "hand07 SMTPHandler WARNING F7 %(levelname)s %(message)s",
                "hand08 MemoryHandler NOTSET F8 %(levelname)s %(message)s",
                "hand09 HTTPHandler NOTSET F9 %(levelname)s %(message)s");
        assertThat(((SocketHandler) all.get(2)).getPort()).isEqualTo(9020);
        assertThat(((DatagramHandler) all.get(3)).getPort()).isEqualTo(9021);
        assertThat(((SysLogHandler) all.get(4)).getAddress()).isEqualTo("localhost:514");
        assertThat(((SysLogHandler) all.get(4)).getFacility()).isEqualTo(SysLogHandler.LOG_USER);
        assertThat(((NTEventLogHandler) all.get(5)).getLogtype()).isEqualTo("Application");
        assertThat(((SMTPHandler) all.get(6)).getToaddrs()).containsExactly("user1@abc", "user2@xyz");
        assertThat(((MemoryHandler) all.get(7)).getTarget()).isNull();
        assertThat(((MemoryHandler) all.get(7)).getFlushLevel()).isEqualTo(Level.ERROR);
        assertThat(((FileHandler) all.get(1)).getMode()).isEqualTo("w");
        assertThat(Logging.getLogger("compiler.parser.lexer").isPropagate()).isFalse();
        assertThat(Logging.getLogger("compiler.parser.lexer.tokens.ident").getLevel()).isEqualTo(Level.CRITICAL);
    }

    @Test
    void everyHandlerDeliversToARealPeer() throws Exception {
        List<String> tcp = new CopyOnWriteArrayList<>();
        List<String> udp = new CopyOnWriteArrayList<>();
        List<String> http = new CopyOnWriteArrayList<>();
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        HttpServer web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/log", exchange -> {
            Map<String, String> fields = Arrays.stream(exchange.getRequestURI().getRawQuery().split("&"))
                    .map(p -> p.split("=", 2))
                    .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
            http.add(fields.get("levelname") + " " + fields.get("msg"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        web.start();
        CapturedStdout stdout = new CapturedStdout();
        try (LogRecordSocketReceiver tcpReceiver = LogRecordSocketReceiver.builder().port(0).logname("received.tcp").build();
                LogRecordDatagramReceiver udpReceiver = LogRecordDatagramReceiver.create(
                        InetAddress.getLoopbackAddress(), 0, "received.udp");
                DatagramSocket syslog = new DatagramSocket(0, InetAddress.getLoopbackAddress());
                CapturedStderr err = new CapturedStderr()) {
            tcpReceiver.start();
            udpReceiver.start();
            syslog.setSoTimeout(5000);
            String pointed = SEED_FULL_EXAMPLE
                    .replace("('localhost', handlers.DEFAULT_TCP_LOGGING_PORT)", "('127.0.0.1', %(tcp)s)")
                    .replace("('localhost', handlers.DEFAULT_UDP_LOGGING_PORT)", "('127.0.0.1', %(udp)s)")
                    .replace("(('localhost', handlers.SYSLOG_UDP_PORT)", "(('127.0.0.1', %(syslog)s)")
                    .replace("('localhost', 'from@abc'", "('127.0.0.1:%(smtp)s', 'from@abc'")
                    .replace("('localhost:9022', '/log', 'GET')", "('127.0.0.1:%(http)s', '/log', 'GET')");
            LoggingConfig.fileConfig(new StringReader(pointed), "logging.conf", Map.of("dir", dir.toString(),
                    "tcp", Integer.toString(tcpReceiver.getPort()), "udp", Integer.toString(udpReceiver.getPort()),
                    "syslog", Integer.toString(syslog.getLocalPort()), "smtp", Integer.toString(mail.getSmtp().getPort()),
                    "http", Integer.toString(web.getAddress().getPort())), true);
            capture("received.tcp", tcp);
            capture("received.udp", udp);

            Logging.getLogger("compiler").debug("d1 compiler");
            Logging.getLogger("compiler.parser").info("i2 parser");
            Logging.getLogger("compiler.parser.lexer").warning("w3 lexer");
            Logging.getLogger("compiler.parser.lexer.tokens").error("e4 tokens");
            Logging.getLogger("compiler.parser.lexer.tokens.ident").critical("c5 ident");
            Logging.getLogger("compiler.parser.lexer.tokens.ident.unicode").warning("w6 unicode");
            Logging.getLogger("compiler.parser.lexer.tokens.ident.unicode").error("e7 unicode");

            await().until(() -> tcp.size() == 1 && udp.size() == 5 && http.size() == 2 && mail.getReceivedMessages().length == 4);
            assertThat(tcp).containsExactly("INFO i2 parser");
            List<String> datagrams = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                DatagramPacket packet = new DatagramPacket(new byte[2048], 2048);
                syslog.receive(packet);
                datagrams.add(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8));
            }
            assertThat(datagrams).containsExactly("<11>F5 ERROR e4 tokens\0", "<10>F5 CRITICAL c5 ident\0",
                    "<11>F5 ERROR e7 unicode\0");
            assertThat(udp).containsExactly("WARNING w3 lexer", "ERROR e4 tokens", "CRITICAL c5 ident",
                    "WARNING w6 unicode", "ERROR e7 unicode");
            assertThat(http).containsExactly("WARNING w6 unicode", "ERROR e7 unicode");
            assertThat(Arrays.stream(mail.getReceivedMessages()).map(m -> {
                try {
                    return m.getSubject() + ": " + ((String) m.getContent()).strip();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            })).containsExactlyInAnyOrder("Logger Subject: F7 WARNING w6 unicode", "Logger Subject: F7 WARNING w6 unicode",
                    "Logger Subject: F7 ERROR e7 unicode", "Logger Subject: F7 ERROR e7 unicode");
            assertThat(err.text().lines()).containsExactly("NTEventLogHandler Python Application: the Windows event log "
                    + "is not available here (not Windows); records will be dropped");
        } finally {
            stdout.close();
            Logging.shutdown();
            web.stop(0);
            mail.stop();
        }
        String time = "\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2},\\d{3}";
        assertThat(Files.readString(dir.resolve("python.log")).lines().toList())
                .satisfiesExactly(l -> assertThat(l).matches("F2 " + time + " DEBUG d1 compiler"),
                        l -> assertThat(l).matches("F2 " + time + " INFO i2 parser"));
        assertThat(stdout.text().lines().map(l -> l.replaceAll(time + " ", "")).toList())
                .containsExactly("F1 DEBUG d1 compiler", "F1 INFO i2 parser");
    }

    private static void capture(String loggerName, List<String> into) {
        Logger logger = Logging.getLogger(loggerName);
        logger.setPropagate(false);
        logger.addHandler(new CollectingHandler(record -> into.add(record.getLevelname() + " " + record.getMessage())));
    }

}
