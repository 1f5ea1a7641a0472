package dev.pylogging.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import com.sun.net.httpserver.HttpServer;
import dev.pylogging.Handler;
import dev.pylogging.LogRecord;
import dev.pylogging.Logging;
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
import dev.pylogging.net.LogRecordDatagramReceiver;
import dev.pylogging.net.LogRecordSocketReceiver;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Every handler of the seed configured with typed keys, each delivering to a real peer. */
class HandlerTypesTest extends AutoConfigurationTestCase {

    @Test
    void everyHandlerOfTheSeedFromTypedKeys() throws Exception {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        List<String> http = new CopyOnWriteArrayList<>();
        HttpServer web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/log", exchange -> {
            http.add(exchange.getRequestMethod() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).contains("msg=to+http"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        web.start();
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try (DatagramSocket syslog = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            syslog.setSoTimeout(5000);
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            RUNNER.withPropertyValues(
                    "pylogging.receiver.enabled=true",
                    "pylogging.receiver.port=0",
                    "pylogging.receiver.udp-port=0",
                    "pylogging.receiver.logname=received",
                    "pylogging.handlers.rotating.class=handlers.RotatingFileHandler",
                    "pylogging.handlers.rotating.filename=" + dir.resolve("rotating.log"),
                    "pylogging.handlers.rotating.max-bytes=30",
                    "pylogging.handlers.rotating.backup-count=2",
                    "pylogging.handlers.rotating.gzip=true",
                    "pylogging.handlers.timed.class=handlers.TimedRotatingFileHandler",
                    "pylogging.handlers.timed.filename=" + dir.resolve("timed.log"),
                    "pylogging.handlers.timed.when=midnight",
                    "pylogging.handlers.timed.backup-count=7",
                    "pylogging.handlers.watched.class=handlers.WatchedFileHandler",
                    "pylogging.handlers.watched.filename=" + dir.resolve("watched.log"),
                    "pylogging.handlers.syslog.class=handlers.SysLogHandler",
                    "pylogging.handlers.syslog.address=127.0.0.1:" + syslog.getLocalPort(),
                    "pylogging.handlers.syslog.facility=local4",
                    "pylogging.handlers.syslog.ident=app|",
                    "pylogging.handlers.mail.class=handlers.SMTPHandler",
                    "pylogging.handlers.mail.mailhost=127.0.0.1:" + mail.getSmtp().getPort(),
                    "pylogging.handlers.mail.fromaddr=app@example.com",
                    "pylogging.handlers.mail.toaddrs=ops@example.com",
                    "pylogging.handlers.mail.subject=from properties",
                    "pylogging.handlers.mail.timeout=2s",
                    "pylogging.handlers.memory.class=handlers.MemoryHandler",
                    "pylogging.handlers.memory.capacity=10",
                    "pylogging.handlers.memory.flush-level=CRITICAL",
                    "pylogging.handlers.memory.target=watched",
                    "pylogging.handlers.web.class=handlers.HTTPHandler",
                    "pylogging.handlers.web.host=127.0.0.1:" + web.getAddress().getPort(),
                    "pylogging.handlers.web.url=/log",
                    "pylogging.handlers.web.method=POST",
                    "pylogging.handlers.nt.class=handlers.NTEventLogHandler",
                    "pylogging.handlers.nt.appname=Props App",
                    "pylogging.loggers[app].handlers=rotating,timed,syslog,mail,memory,web,nt",
                    "pylogging.loggers[app].propagate=false").run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBean("pylogging.handlers.rotating")).isInstanceOf(RotatingFileHandler.class);
                        assertThat(context.getBean("pylogging.handlers.timed")).isInstanceOf(TimedRotatingFileHandler.class);
                        assertThat(context.getBean("pylogging.handlers.watched")).isInstanceOf(WatchedFileHandler.class);
                        assertThat(context.getBean("pylogging.handlers.syslog")).isInstanceOf(SysLogHandler.class);
                        assertThat(context.getBean("pylogging.handlers.mail")).isInstanceOf(SMTPHandler.class);
                        assertThat(context.getBean("pylogging.handlers.memory")).isInstanceOf(MemoryHandler.class);
                        assertThat(context.getBean("pylogging.handlers.web")).isInstanceOf(HTTPHandler.class);
                        assertThat(context.getBean("pylogging.handlers.nt")).isInstanceOf(NTEventLogHandler.class);

                        Logging.getLogger("app").critical("to http and everything else");
                        Logging.getLogger("app").error("second record");

                        // Socket and datagram handlers, built the same way, to the receivers the properties started.
                        List<String> received = new CopyOnWriteArrayList<>();
                        Logging.getLogger("received").setPropagate(false);
                        Logging.getLogger("received").addHandler(new Handler() {
                            @Override
                            public void emit(LogRecord record) {
                                received.add(record.getMessage());
                            }
                        });
                        int tcpPort = context.getBean("pylogging.receiver", LogRecordSocketReceiver.class).getPort();
                        int udpPort = context.getBean("pylogging.receiver.udp", LogRecordDatagramReceiver.class).getPort();
                        Handler socket = HandlerFactory.create("net", handler("handlers.SocketHandler", tcpPort));
                        Handler datagram = HandlerFactory.create("dgram", handler("handlers.DatagramHandler", udpPort));
                        assertThat(socket).isInstanceOf(SocketHandler.class);
                        assertThat(datagram).isInstanceOf(DatagramHandler.class);
                        Logging.getLogger("sender").setPropagate(false);
                        Logging.getLogger("sender").addHandler(socket);
                        Logging.getLogger("sender").addHandler(datagram);
                        Logging.getLogger("sender").warning("over the wire");
                        socket.close();
                        datagram.close();
                        await().until(() -> received.size() == 2 && http.size() == 2 && mail.getReceivedMessages().length == 2);
                        assertThat(received).containsExactly("over the wire", "over the wire");
                    });
            DatagramPacket packet = new DatagramPacket(new byte[512], 512);
            syslog.receive(packet);
            assertThat(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8))
                    .isEqualTo("<162>app|to http and everything else\0");
            assertThat(mail.getReceivedMessages()).extracting(m -> m.getSubject()).containsOnly("from properties");
        } finally {
            System.setErr(err);
            web.stop(0);
            mail.stop();
        }
        assertThat(http).containsExactly("POST true", "POST false");
        assertThat(Files.readAllLines(dir.resolve("timed.log")))
                .containsExactly("to http and everything else", "second record");
        // The first record fills rotating.log; the second rolls it over to a gzipped backup.
        assertThat(Files.readAllLines(dir.resolve("rotating.log"))).containsExactly("second record");
        assertThat(dir.resolve("rotating.log.1.gz")).exists();
        // CRITICAL flushed the memory handler to its target; the ERROR after it was flushed at shutdown.
        assertThat(Files.readAllLines(dir.resolve("watched.log")))
                .containsExactly("to http and everything else", "second record");
        assertThat(captured.toString(StandardCharsets.UTF_8)).contains("NTEventLogHandler Props App");
    }

    private static HandlerProperties handler(String className, int port) {
        HandlerProperties p = new HandlerProperties();
        p.setClassName(className);
        p.setHost("127.0.0.1");
        p.setPort(port);
        return p;
    }

}
