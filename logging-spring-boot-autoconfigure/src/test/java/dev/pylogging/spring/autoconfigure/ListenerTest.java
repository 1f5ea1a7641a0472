package dev.pylogging.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pylogging.Level;
import dev.pylogging.Logging;
import dev.pylogging.config.ConfigListener;
import dev.pylogging.net.Frames;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** {@code pylogging.listen}: the configuration server started from properties, with a shared secret. */
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
                    for (int i = 0; i < 100 && Logging.getLogger().getLevel() != Level.ERROR; i++) {
                        Thread.sleep(50);
                    }
                    assertThat(Logging.getLogger().getLevel()).isEqualTo(Level.ERROR);
                });
    }
}
