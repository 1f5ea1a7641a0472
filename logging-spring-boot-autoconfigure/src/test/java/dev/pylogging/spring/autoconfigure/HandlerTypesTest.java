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
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Each handler of Python's logging configured with typed keys, delivering to a real peer. */
@ExtendWith(OutputCaptureExtension.class)
class HandlerTypesTest extends AutoConfigurationTestCase {

    /** A runner with handler {@code name} of {@code type} on logger {@code app}, plus {@code keys}. */
    private static ApplicationContextRunner handler(String name, String type, String... keys) {
        List<String> properties = new ArrayList<>(List.of("pylogging.handlers." + name + ".class=" + type,
                "pylogging.loggers[app].handlers=" + name, "pylogging.loggers[app].propagate=false"));
        for (String key : keys) {
            properties.add("pylogging.handlers." + name + "." + key);
        }
        return RUNNER.withPropertyValues(properties.toArray(String[]::new));
    }

    @Test
    void rotatingFileHandlerRollsOverAtMaxBytesToAGzippedBackup() throws Exception {
        handler("rotating", "handlers.RotatingFileHandler", "filename=" + dir.resolve("rotating.log"),
                "max-bytes=30", "backup-count=2", "gzip=true").run(context -> {
                    assertThat(context.getBean("pylogging.handlers.rotating")).isInstanceOf(RotatingFileHandler.class);
                    Logging.getLogger("app").error("a record of about thirty bytes");
                    Logging.getLogger("app").error("second record");
                });
        // The first record fills rotating.log; the second rolls it over to a gzipped backup.
        assertThat(Files.readAllLines(dir.resolve("rotating.log"))).containsExactly("second record");
        assertThat(dir.resolve("rotating.log.1.gz")).exists();
    }

    @Test
    void timedRotatingFileHandlerWritesItsFile() throws Exception {
        handler("timed", "handlers.TimedRotatingFileHandler", "filename=" + dir.resolve("timed.log"),
                "when=midnight", "backup-count=7").run(context -> {
                    assertThat(context.getBean("pylogging.handlers.timed")).isInstanceOf(TimedRotatingFileHandler.class);
                    Logging.getLogger("app").error("first record");
                });
        assertThat(Files.readAllLines(dir.resolve("timed.log"))).containsExactly("first record");
    }

    @Test
    void memoryHandlerFlushesToItsTargetAtTheFlushLevelAndAtShutdown() throws Exception {
        handler("memory", "handlers.MemoryHandler", "capacity=10", "flush-level=CRITICAL", "target=watched")
                .withPropertyValues("pylogging.handlers.watched.class=handlers.WatchedFileHandler",
                        "pylogging.handlers.watched.filename=" + dir.resolve("watched.log"))
                .run(context -> {
                    assertThat(context.getBean("pylogging.handlers.memory")).isInstanceOf(MemoryHandler.class);
                    assertThat(context.getBean("pylogging.handlers.watched")).isInstanceOf(WatchedFileHandler.class);
                    Logging.getLogger("app").critical("flushes the buffer");
                    Logging.getLogger("app").error("waits for shutdown");
                    assertThat(Files.readAllLines(dir.resolve("watched.log"))).containsExactly("flushes the buffer");
                });
        assertThat(Files.readAllLines(dir.resolve("watched.log")))
                .containsExactly("flushes the buffer", "waits for shutdown");
    }

    @Test
    void sysLogHandlerSendsTheFacilityAndIdentOverUdp() throws Exception {
        try (DatagramSocket syslog = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            syslog.setSoTimeout(5000);
            handler("syslog", "handlers.SysLogHandler", "address=127.0.0.1:" + syslog.getLocalPort(),
                    "facility=local4", "ident=app|").run(context -> {
                        assertThat(context.getBean("pylogging.handlers.syslog")).isInstanceOf(SysLogHandler.class);
                        Logging.getLogger("app").critical("to syslog");
                    });
            DatagramPacket packet = new DatagramPacket(new byte[512], 512);
            syslog.receive(packet);
            assertThat(new String(packet.getData(), 0, packet.getLength(), StandardCharsets.UTF_8))
                    .isEqualTo("<162>app|to syslog\0");
        }
    }

    @Test
    void smtpHandlerMailsEachRecordWithTheSubject() {
        GreenMail mail = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        mail.start();
        try {
            handler("mail", "handlers.SMTPHandler", "mailhost=127.0.0.1:" + mail.getSmtp().getPort(),
                    "fromaddr=app@example.com", "toaddrs=ops@example.com", "subject=from properties", "timeout=2s")
                    .run(context -> {
                        assertThat(context.getBean("pylogging.handlers.mail")).isInstanceOf(SMTPHandler.class);
                        Logging.getLogger("app").error("first");
                        Logging.getLogger("app").error("second");
                    });
            assertThat(mail.getReceivedMessages()).extracting(m -> m.getSubject())
                    .containsExactly("from properties", "from properties");
        } finally {
            mail.stop();
        }
    }

    @Test
    void httpHandlerPostsTheRecordsAttributes() throws Exception {
        List<String> http = new CopyOnWriteArrayList<>();
        HttpServer web = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        web.createContext("/log", exchange -> {
            http.add(exchange.getRequestMethod() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8).contains("msg=to+http"));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        web.start();
        try {
            handler("web", "handlers.HTTPHandler", "host=127.0.0.1:" + web.getAddress().getPort(), "url=/log",
                    "method=POST").run(context -> {
                        assertThat(context.getBean("pylogging.handlers.web")).isInstanceOf(HTTPHandler.class);
                        Logging.getLogger("app").error("to http");
                        Logging.getLogger("app").error("second record");
                    });
        } finally {
            web.stop(0);
        }
        assertThat(http).containsExactly("POST true", "POST false");
    }

    @Test
    void ntEventLogHandlerOutsideWindowsSaysWhyItWritesNothing(CapturedOutput output) {
        handler("nt", "handlers.NTEventLogHandler", "appname=Props App").run(context -> {
            assertThat(context.getBean("pylogging.handlers.nt")).isInstanceOf(NTEventLogHandler.class);
            Logging.getLogger("app").error("to the event log");
        });
        assertThat(output.getErr()).contains("NTEventLogHandler Props App");
    }

    @Test
    void socketAndDatagramHandlersReachTheReceiversThePropertiesStarted() {
        RUNNER.withPropertyValues("pylogging.receiver.enabled=true", "pylogging.receiver.port=0",
                "pylogging.receiver.udp-port=0", "pylogging.receiver.logname=received").run(context -> {
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
                    Handler socket = HandlerFactory.create("net", network("handlers.SocketHandler", tcpPort));
                    Handler datagram = HandlerFactory.create("dgram", network("handlers.DatagramHandler", udpPort));
                    assertThat(socket).isInstanceOf(SocketHandler.class);
                    assertThat(datagram).isInstanceOf(DatagramHandler.class);
                    Logging.getLogger("sender").setPropagate(false);
                    Logging.getLogger("sender").addHandler(socket);
                    Logging.getLogger("sender").addHandler(datagram);
                    Logging.getLogger("sender").warning("over the wire");
                    socket.close();
                    datagram.close();
                    await().until(() -> received.size() == 2);
                    assertThat(received).containsExactly("over the wire", "over the wire");
                });
    }

    private static HandlerProperties network(String className, int port) {
        HandlerProperties p = new HandlerProperties();
        p.setClassName(className);
        p.setHost("127.0.0.1");
        p.setPort(port);
        return p;
    }
}
