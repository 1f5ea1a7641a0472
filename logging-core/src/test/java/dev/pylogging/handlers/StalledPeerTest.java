package dev.pylogging.handlers;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pylogging.CapturedStderr;
import dev.pylogging.LogRecord;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Peers that stop reading, or answer one byte at a time: no logging call waits past its
 * handler's time-out, and other threads are not held behind the handler's lock for longer.
 */
class StalledPeerTest extends LoggingTestCase {

    private ServerSocket server;
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    }

    @AfterEach
    void close() throws IOException {
        server.close();
        for (Socket s : accepted) {
            s.close();
        }
    }

    /** Accepts connections and never reads from them. */
    private void acceptAndNeverRead() {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(server.accept());
                }
            } catch (IOException stopped) {
                // The test closed the server.
            }
        });
        t.setDaemon(true);
        t.start();
    }

    /** Accepts connections, reads what comes, and answers {@code reply} one byte every 300 ms. */
    private void answerByTrickle(String reply) {
        Thread t = new Thread(() -> {
            try {
                while (true) {
                    Socket s = server.accept();
                    accepted.add(s);
                    Thread drain = new Thread(() -> {
                        try (InputStream in = s.getInputStream()) {
                            in.transferTo(OutputStream.nullOutputStream());
                        } catch (IOException ignored) {
                            // Closed by the handler or the test.
                        }
                    });
                    drain.setDaemon(true);
                    drain.start();
                    OutputStream out = s.getOutputStream();
                    for (byte b : reply.getBytes(StandardCharsets.US_ASCII)) {
                        out.write(b);
                        out.flush();
                        Thread.sleep(300);
                    }
                }
            } catch (IOException | InterruptedException stopped) {
                // The handler gave up, or the test closed the server.
            }
        });
        t.setDaemon(true);
        t.start();
    }

    private static Duration timed(Runnable call) {
        long start = System.nanoTime();
        call.run();
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Test
    void aSocketHandlerWhoseReceiverStopsReadingDropsAndCountsInsteadOfFreezing() {
        acceptAndNeverRead();
        SocketHandler handler = new SocketHandler("127.0.0.1", server.getLocalPort());
        handler.setSendTimeout(Duration.ofMillis(200));
        Logger log = Logging.getLogger("stalled");
        log.setPropagate(false);
        log.addHandler(handler);
        String padding = "x".repeat(2000);
        Duration took = timed(() -> {
            for (int i = 0; i < 20_000; i++) {
                log.warning("record %d %s", i, padding);
            }
        });
        assertThat(took).isLessThan(Duration.ofSeconds(10));
        assertThat(handler.getDroppedRecords()).isPositive();
        handler.close();
    }

    @Test
    void aTcpSysLogHandlerWhoseDaemonStopsReadingReportsInsteadOfFreezing() {
        acceptAndNeverRead();
        SysLogHandler handler = new SysLogHandler("127.0.0.1:" + server.getLocalPort(), SysLogHandler.LOG_USER,
                SysLogHandler.SocketType.STREAM);
        handler.setTimeout(Duration.ofMillis(200));
        String padding = "x".repeat(2000);
        try (CapturedStderr err = new CapturedStderr()) {
            Duration took = timed(() -> {
                for (int i = 0; i < 20_000; i++) {
                    handler.handle(record("record " + i + " " + padding));
                }
            });
            assertThat(took).isLessThan(Duration.ofSeconds(30));
            assertThat(err.text()).contains("the peer took no data for 200 ms");
        }
        handler.close();
    }

    @Test
    void anHttpServerThatTricklesItsAnswerIsCutOffAtTheDeadline() {
        answerByTrickle("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n");
        HTTPHandler handler = new HTTPHandler("127.0.0.1:" + server.getLocalPort(), "/log");
        handler.setTimeout(Duration.ofMillis(1000));
        try (CapturedStderr err = new CapturedStderr()) {
            Duration took = timed(() -> handler.handle(record("to a slow server")));
            assertThat(took).isLessThan(Duration.ofMillis(2500));
            assertThat(err.text()).contains("the exchange with 127.0.0.1:" + server.getLocalPort()
                    + " took longer than 1000 ms");
        }
    }

    @Test
    void anSmtpServerThatTricklesItsGreetingIsCutOffAtTheDeadline() {
        answerByTrickle("220 slow.example ESMTP greeting that takes its time\r\n");
        SMTPHandler handler = SMTPHandler.builder("127.0.0.1:" + server.getLocalPort(), "app@example.com",
                List.of("ops@example.com")).timeout(Duration.ofMillis(1000)).build();
        try (CapturedStderr err = new CapturedStderr()) {
            Duration took = timed(() -> handler.handle(record("to a slow mail server")));
            assertThat(took).isLessThan(Duration.ofMillis(2500));
            assertThat(err.text()).contains("took longer than 1000 ms");
        }
    }

    private static LogRecord record(String message) {
        return Logging.makeLogRecord(java.util.Map.of("name", "stalled", "msg", message, "levelno", 40,
                "levelname", "ERROR"));
    }
}
