package dev.pylogging.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pylogging.CollectingHandler;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.handlers.DatagramHandler;
import dev.pylogging.handlers.SocketHandler;
import dev.pylogging.internal.Frames;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** Hostile bytes close only their own connection, are logged, load no class, and others go on. */
class ReceiverRobustnessTest extends LoggingTestCase {

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final List<String> received = new CopyOnWriteArrayList<>();

    private static byte[] frame(byte[] pickle) {
        return Frames.lengthPrefixed(pickle);
    }

    private static byte[] latin1(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Connections left open on purpose, held so that the garbage collector does not close them. */
    private final List<Socket> open = new CopyOnWriteArrayList<>();

    private void send(int port, byte[] bytes, boolean thenClose) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
        if (thenClose) {
            socket.close();
        } else {
            open.add(socket);
        }
    }

    @org.junit.jupiter.api.AfterEach
    void closeOpenConnections() throws IOException {
        for (Socket socket : open) {
            socket.close();
        }
    }


    /** Collects the receiver's error messages and the messages reaching {@code loggerName}. */
    private void collectErrorsAndRecordsOf(String loggerName) {
        Logging.getLogger("dev.pylogging.net.receiver")
                .addHandler(new CollectingHandler(record -> errors.add(record.getMessage())));
        Logger app = Logging.getLogger(loggerName);
        app.setPropagate(false);
        app.addHandler(new CollectingHandler(record -> received.add(record.getMessage())));
    }

    @Test
    void hostileInputClosesOnlyItsConnection() throws Exception {
        collectErrorsAndRecordsOf("remote.app");
        // Sender and receiver share this JVM: logname keeps the record from looping back to its sender.
        try (LogRecordSocketReceiver receiver = LogRecordSocketReceiver.builder().port(0).maxFrameBytes(64 * 1024)
                .idleTimeout(Duration.ofMillis(500)).logname("remote.app").build()) {
            receiver.start();
            int port = receiver.getPort();
            byte[] random = new byte[300];
            new Random(42).nextBytes(random);
            send(port, frame(random), true);
            send(port, new byte[] {0, 0, 0, 100, 1, 2, 3}, true);
            send(port, new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff}, false);
            send(port, frame(latin1("\u0080\u0002cos\nsystem\nX\u0002\u0000\u0000\u0000id\u0085R.")), true);
            send(port, frame(latin1("(ios\nsystem\nS'id'\n.")), true);
            send(port, frame(latin1("\u0080\u0004\u0095\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000"
                    + "\u008c\u0002os\u008c\u0006system\u0093.")), true);
            send(port, frame(latin1("(".repeat(10_000))), true);
            send(port, frame(latin1("\u0080\u0002]q\u0000.")), true);
            send(port, new byte[0], false);
            await().untilAsserted(() -> assertThat(errors).hasSizeGreaterThanOrEqualTo(9));

            Logger sender = Logging.getLogger("remote.app.sender");
            sender.setPropagate(false);
            SocketHandler handler = new SocketHandler("127.0.0.1", port);
            sender.addHandler(handler);
            sender.warning("still served after %d bad clients", 9);
            handler.close();
            await().untilAsserted(() -> assertThat(received).hasSize(1));
        }
        assertThat(received).containsExactly("still served after 9 bad clients");
        assertThat(String.join("\n", errors)).contains(
                "it ended in the middle of a record",
                "a frame of 2147483647 bytes exceeds the limit of 65536",
                "GLOBAL refused", "INST refused", "STACK_GLOBAL refused",
                "nesting deeper than 64",
                "the pickle is a ArrayList, not a record's attribute dict",
                "nothing received for 500 ms");
    }

    @Test
    void theRecordsOfAReceivedDictAreRoutedByNameOrLogname() throws Exception {
        Logger target = Logging.getLogger("collector");
        target.setPropagate(false);
        target.addHandler(new CollectingHandler(
                record -> received.add(record.getName() + ": " + record.getMessage())));
        try (LogRecordSocketReceiver receiver = LogRecordSocketReceiver.builder().port(0).logname("collector").build()) {
            receiver.start();
            Logger sender = Logging.getLogger("somewhere.else");
            sender.setPropagate(false);
            SocketHandler handler = new SocketHandler("127.0.0.1", receiver.getPort());
            sender.addHandler(handler);
            sender.error("routed to the logname logger");
            handler.close();
            await().untilAsserted(() -> assertThat(received).hasSize(1));
        }
        assertThat(received).containsExactly("somewhere.else: routed to the logname logger");
    }

    @Test
    void hostileDatagramsAreDroppedAndTheNextOneIsServed() throws Exception {
        collectErrorsAndRecordsOf("udp.app");
        try (LogRecordDatagramReceiver receiver = LogRecordDatagramReceiver.create(InetAddress.getLoopbackAddress(), 0,
                "udp.app"); DatagramSocket client = new DatagramSocket()) {
            receiver.start();
            InetSocketAddress target = new InetSocketAddress(InetAddress.getLoopbackAddress(), receiver.getPort());
            byte[] random = new byte[300];
            new Random(7).nextBytes(random);
            List<byte[]> hostile = List.of(new byte[] {1, 2}, frame(random),
                    new byte[] {0x7f, (byte) 0xff, (byte) 0xff, (byte) 0xff, 1, 2, 3},
                    frame(latin1("\u0080\u0002cos\nsystem\nX\u0002\u0000\u0000\u0000id\u0085R.")),
                    frame(latin1("(".repeat(10_000))));
            for (byte[] bytes : hostile) {
                client.send(new DatagramPacket(bytes, bytes.length, target));
            }
            await().untilAsserted(() -> assertThat(errors).hasSizeGreaterThanOrEqualTo(hostile.size()));

            Logger sender = Logging.getLogger("udp.sender");
            sender.setPropagate(false);
            DatagramHandler handler = new DatagramHandler("127.0.0.1", receiver.getPort());
            sender.addHandler(handler);
            sender.warning("served after %d bad datagrams", hostile.size());
            handler.close();
            await().untilAsserted(() -> assertThat(received).hasSize(1));
        }
        assertThat(received).containsExactly("served after 5 bad datagrams");
        assertThat(String.join("\n", errors)).contains(
                "2 bytes is too short for a record",
                "its length prefix says 2147483647 bytes, it carries 3",
                "GLOBAL refused",
                "nesting deeper than 64");
    }
}
