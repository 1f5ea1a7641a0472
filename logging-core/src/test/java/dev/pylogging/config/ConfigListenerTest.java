package dev.pylogging.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pylogging.CapturedStderr;
import dev.pylogging.Level;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The configuration server end to end, over real loopback sockets. */
class ConfigListenerTest extends LoggingTestCase {

    @TempDir
    Path dir;

    private ConfigListener listener;

    @AfterEach
    void stop() throws InterruptedException {
        LoggingConfig.stopListening();
        if (listener != null) {
            listener.join(Duration.ofSeconds(5));
        }
    }

    private String config(String level, String file) {
        return """
                [loggers]
                keys=root,simpleExample
                [handlers]
                keys=file
                [formatters]
                keys=plain
                [logger_root]
                level=WARNING
                handlers=
                [logger_simpleExample]
                level=%s
                handlers=file
                qualname=simpleExample
                propagate=0
                [handler_file]
                class=FileHandler
                args=('%s', 'a')
                formatter=plain
                [formatter_plain]
                format=%%(levelname)s %%(message)s
                """.formatted(level, dir.resolve(file));
    }

    private void send(byte[] payload) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getPort());
             DataOutputStream out = new DataOutputStream(socket.getOutputStream())) {
            out.writeInt(payload.length);
            out.write(payload);
        }
    }


    private void startListener(ConfigListener.Builder builder) {
        listener = LoggingConfig.listen(builder.port(0));
        listener.start();
    }

    @Test
    void aConfigurationSentOverTheSocketChangesLevelsAndHandlers() throws Exception {
        LoggingConfig.fileConfig(new StringReader(config("ERROR", "first.log")), Map.of());
        startListener(ConfigListener.builder());
        Logger logger = Logging.getLogger("simpleExample");
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger logged = new AtomicInteger();
        Thread app = new Thread(() -> {
            while (!stop.get()) {
                logger.debug("debug message");
                logger.error("error message");
                logged.incrementAndGet();
                try {
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        app.start();
        try {
            await().until(() -> logged.get() > 10);
            send(config("DEBUG", "second.log").getBytes(StandardCharsets.UTF_8));
            await().until(() -> logger.getLevel() == Level.DEBUG);
            int after = logged.get();
            await().until(() -> logged.get() > after + 10);
        } finally {
            stop.set(true);
            app.join(5000);
        }
        assertThat(Files.readString(dir.resolve("first.log"))).contains("ERROR error message").doesNotContain("DEBUG");
        assertThat(Files.readString(dir.resolve("second.log"))).contains("DEBUG debug message", "ERROR error message");
        long errors = Files.readString(dir.resolve("first.log")).lines().count()
                + Files.readString(dir.resolve("second.log")).lines().filter(l -> l.startsWith("ERROR")).count();
        assertThat(errors).as("every error record is in one file or the other").isEqualTo(logged.get());
    }

    @Test
    void garbageOversizedStalledAndUnverifiedConfigurationsAreRefused() throws Exception {
        LoggingConfig.fileConfig(new StringReader(config("ERROR", "kept.log")), Map.of());
        byte[] key = "shared secret".getBytes(StandardCharsets.UTF_8);
        startListener(ConfigListener.builder().maxBytes(4096).readTimeout(Duration.ofMillis(300))
                .verifier(ConfigListener.hmacSha256Verifier(key)));
        Logger logger = Logging.getLogger("simpleExample");
        try (CapturedStderr err = new CapturedStderr()) {
            send(ConfigListener.signHmacSha256(key, "this is not a configuration".getBytes(StandardCharsets.UTF_8)));
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getPort())) {
                new DataOutputStream(socket.getOutputStream()).writeInt(0x7FFFFFFF);
                await().until(() -> err.text().contains("refused a configuration of 2147483647 bytes"));
            }
            try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), listener.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(new byte[] {0, 0, 1, 0, 'x'});
                out.flush();
                await().until(() -> err.text().contains("no complete configuration within 300 ms"));
            }
            send(config("DEBUG", "forged.log").getBytes(StandardCharsets.UTF_8));
            await().until(() -> err.text().contains("failed verification"));
            await().until(() -> err.text().contains("line 1: a key before any [section]"));
            logger.error("still configured");
            assertThat(err.text().lines().filter(l -> l.startsWith("--- Logging configuration error ---")).count())
                    .isEqualTo(4);
        }
        assertThat(logger.getLevel()).isEqualTo(Level.ERROR);
        assertThat(Files.readString(dir.resolve("kept.log"))).isEqualTo("ERROR still configured\n");
        assertThat(dir.resolve("forged.log")).doesNotExist();

        send(ConfigListener.signHmacSha256(key, config("INFO", "signed.log").getBytes(StandardCharsets.UTF_8)));
        await().until(() -> logger.getLevel() == Level.INFO);
    }

    @Test
    void bindsToLoopbackByDefaultAndStopsCleanly() throws Exception {
        startListener(ConfigListener.builder());
        assertThat(listener.getPort()).isPositive();
        LoggingConfig.stopListening();
        listener.join(Duration.ofSeconds(5));
        try (Socket ignored = new Socket(InetAddress.getLoopbackAddress(), listener.getPort())) {
            throw new AssertionError("the port still accepts connections");
        } catch (IOException expected) {
            assertThat(expected).isInstanceOf(java.net.ConnectException.class);
        }
    }

    @Test
    void aClientTricklingBytesHoldsBackNoOtherAndIsCutOffAtItsDeadline() throws Exception {
        LoggingConfig.fileConfig(new StringReader(config("ERROR", "first.log")), Map.of());
        byte[] key = "shared secret".getBytes(StandardCharsets.UTF_8);
        startListener(ConfigListener.builder().readTimeout(Duration.ofSeconds(2))
                .verifier(ConfigListener.hmacSha256Verifier(key)));
        try (CapturedStderr err = new CapturedStderr();
             Socket trickler = new Socket(InetAddress.getLoopbackAddress(), listener.getPort())) {
            OutputStream slow = trickler.getOutputStream();
            slow.write(new byte[] {0, 0, 1});
            slow.flush();
            long start = System.nanoTime();
            send(ConfigListener.signHmacSha256(key, config("DEBUG", "second.log").getBytes(StandardCharsets.UTF_8)));
            await().until(() -> Logging.getLogger("simpleExample").getLevel() == Level.DEBUG);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
            for (int i = 0; i < 5 && err.text().isEmpty(); i++) {
                try {
                    slow.write('x');
                    slow.flush();
                } catch (IOException cutOff) {
                    break;
                }
                Thread.sleep(600);
            }
            await().until(() -> err.text().contains("no complete configuration within 2000 ms"));
        }
    }

    @Test
    void aJsonDictionaryIsAppliedAsDictConfigAsPython3sListenerDoes() throws Exception {
        startListener(ConfigListener.builder());
        send("""
                {"version": 1, "disable_existing_loggers": false,
                 "loggers": {"simpleExample": {"level": "DEBUG"}}}
                """.getBytes(StandardCharsets.UTF_8));
        await().until(() -> Logging.getLogger("simpleExample").getLevel() == Level.DEBUG);
    }
}
