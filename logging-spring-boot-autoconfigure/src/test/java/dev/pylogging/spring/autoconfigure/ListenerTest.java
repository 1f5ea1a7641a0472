package dev.pylogging.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.pylogging.Level;
import dev.pylogging.Logging;
import dev.pylogging.config.ConfigListener;
import dev.pylogging.internal.Frames;
import dev.pylogging.net.LogRecordDatagramReceiver;
import dev.pylogging.net.LogRecordSocketReceiver;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@code pylogging.listen} and {@code pylogging.receiver}: servers started from properties, each
 * a bean of its own, stopped with the context.
 */
class ListenerTest extends AutoConfigurationTestCase {

    private static final String NEW_CONFIG = """
            [loggers]
            keys=root
            [handlers]
            keys=
            [formatters]
            keys=
            [logger_root]
            level=ERROR
            handlers=
            """;

    private static void send(int port, byte[] payload) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            OutputStream out = socket.getOutputStream();
            out.write(Frames.lengthPrefixed(payload));
            out.flush();
            socket.shutdownOutput();
            socket.getInputStream().read();
        }
    }

    @Test
    void onlySignedConfigurationsAreApplied() {
        RUNNER.withPropertyValues(
                "pylogging.listen.enabled=true",
                "pylogging.listen.port=0",
                "pylogging.listen.secret=s3cret",
                "pylogging.loggers.root.level=DEBUG").run(context -> {
                    assertThat(context).hasNotFailed();
                    int port = context.getBean("pylogging.listener", ConfigListener.class).getPort();
                    byte[] text = NEW_CONFIG.getBytes(StandardCharsets.UTF_8);
                    send(port, ConfigListener.signHmacSha256("wrong".getBytes(StandardCharsets.UTF_8), text));
                    Thread.sleep(200);
                    assertThat(Logging.getLogger().getLevel()).isEqualTo(Level.DEBUG);
                    send(port, ConfigListener.signHmacSha256("s3cret".getBytes(StandardCharsets.UTF_8), text));
                    await().until(() -> Logging.getLogger().getLevel() == Level.ERROR);
                });
    }

    @Test
    void noServerRunsUnlessAsked() {
        RUNNER.run(context -> assertThat(context).hasNotFailed()
                .doesNotHaveBean("pylogging.listener")
                .doesNotHaveBean("pylogging.receiver")
                .doesNotHaveBean("pylogging.receiver.udp"));
    }

    @Test
    void theTcpReceiverRunsWithoutUdpUnlessAPortIsGiven() {
        RUNNER.withPropertyValues("pylogging.receiver.enabled=true", "pylogging.receiver.port=0").run(context ->
                assertThat(context).hasNotFailed()
                        .hasSingleBean(LogRecordSocketReceiver.class)
                        .doesNotHaveBean(LogRecordDatagramReceiver.class));
    }

    @Test
    void theListenerAndTheReceiverStopWhenTheContextCloses() {
        AtomicInteger listenerPort = new AtomicInteger();
        AtomicInteger receiverPort = new AtomicInteger();
        RUNNER.withPropertyValues("pylogging.listen.enabled=true", "pylogging.listen.port=0",
                "pylogging.receiver.enabled=true", "pylogging.receiver.port=0").run(context -> {
                    listenerPort.set(context.getBean("pylogging.listener", ConfigListener.class).getPort());
                    receiverPort.set(context.getBean("pylogging.receiver", LogRecordSocketReceiver.class).getPort());
                    new Socket(InetAddress.getLoopbackAddress(), listenerPort.get()).close();
                    new Socket(InetAddress.getLoopbackAddress(), receiverPort.get()).close();
                });
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), listenerPort.get()).close())
                .isInstanceOf(IOException.class);
        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), receiverPort.get()).close())
                .isInstanceOf(IOException.class);
    }
}
