package dev.pylogging.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pylogging.CapturedStderr;
import dev.pylogging.CollectingHandler;
import dev.pylogging.Formatter;
import dev.pylogging.Handler;
import dev.pylogging.LogRecord;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.Python;
import dev.pylogging.StreamHandler;
import dev.pylogging.handlers.SocketHandler;
import dev.pylogging.internal.Frames;
import dev.pylogging.internal.PickleWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Hostile records and hostile peers, as an attacker sends them: each is refused or reported,
 * the receiver survives, and the next honest record arrives. Pickles come from CPython's own
 * pickler where it can make them; the test JVM runs with a small heap, so an unbounded
 * allocation fails at once instead of passing slowly.
 */
class ReceiverHardeningTest extends LoggingTestCase {

    private static Map<String, byte[]> cpythonPickles;

    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final ByteArrayOutputStream written = new ByteArrayOutputStream();

    @BeforeEach
    void routeTheRemoteLoggerToAStream() {
        if (cpythonPickles == null) {
            Map<String, byte[]> pickles = new HashMap<>();
            for (String line : Python.run("hostile_pickles.py", "", Map.of()).split("\n")) {
                String[] parts = line.split(" ");
                pickles.put(parts[0], HexFormat.of().parseHex(parts[1]));
            }
            cpythonPickles = pickles;
        }
        Logging.getLogger("dev.pylogging.net.receiver")
                .addHandler(new CollectingHandler(record -> errors.add(record.getMessage())));
        Logger remote = Logging.getLogger("remote");
        remote.setPropagate(false);
        StreamHandler out = new StreamHandler(written);
        out.setFormatter(new Formatter("%(name)s: %(message)s"));
        remote.addHandler(out);
    }

    private String output() {
        return written.toString(StandardCharsets.UTF_8);
    }

    private static byte[] honestFrame(String message) {
        Map<String, Object> dict = new HashMap<>();
        dict.put("name", "remote");
        dict.put("msg", message);
        dict.put("levelno", 30L);
        dict.put("levelname", "WARNING");
        return Frames.lengthPrefixed(PickleWriter.dumps(dict));
    }

    private static byte[] cpythonFrame(String name) {
        return Frames.lengthPrefixed(cpythonPickles.get(name));
    }

    /** A record dict whose "msg" is None wrapped in 60,000 TUPLE1 opcodes, which use no MARK. */
    private static byte[] deepTupleFrame() {
        ByteArrayOutputStream pickle = new ByteArrayOutputStream();
        pickle.writeBytes(new byte[] {(byte) 0x80, 2, '}'});
        pickle.writeBytes(new byte[] {(byte) 0x8c, 3, 'm', 's', 'g', 'N'});
        for (int i = 0; i < 60_000; i++) {
            pickle.write(0x85);
        }
        pickle.writeBytes(new byte[] {'s', '.'});
        return Frames.lengthPrefixed(pickle.toByteArray());
    }

    /** A record dict with a key that is a DAG of tuples 60 levels deep: 1.2 KB that hash 2**60 nodes. */
    private static byte[] keyDagFrame() {
        ByteArrayOutputStream pickle = new ByteArrayOutputStream();
        pickle.writeBytes(new byte[] {(byte) 0x80, 2, '}'});
        pickle.writeBytes(new byte[] {(byte) 0x8c, 4, 'n', 'a', 'm', 'e', (byte) 0x8c, 6, 'r', 'e', 'm', 'o', 't', 'e', 's'});
        pickle.writeBytes(new byte[] {(byte) 0x8c, 1, 'x', (byte) 0x85, 'q', 0, '0'});
        for (int i = 0; i < 60; i++) {
            pickle.writeBytes(new byte[] {'h', (byte) i, 'h', (byte) i, (byte) 0x86, 'q', (byte) (i + 1), '0'});
        }
        pickle.writeBytes(new byte[] {'h', 60, 'K', 1, 's', '.'});
        return Frames.lengthPrefixed(pickle.toByteArray());
    }

    private static void sendDatagram(DatagramSocket client, int port, byte[] bytes) throws IOException {
        client.send(new DatagramPacket(bytes, bytes.length, new InetSocketAddress(InetAddress.getLoopbackAddress(), port)));
    }

    @Test
    void hostileDatagramsAreDroppedAndTheReaderThreadServesTheNextOne() throws Exception {
        try (CapturedStderr err = new CapturedStderr();
             LogRecordDatagramReceiver receiver = LogRecordDatagramReceiver.onLoopback(0);
             DatagramSocket client = new DatagramSocket()) {
            receiver.start();
            int port = receiver.getPort();
            for (String name : List.of("star_width", "literal_width", "memo_dag")) {
                sendDatagram(client, port, cpythonFrame(name));
            }
            sendDatagram(client, port, deepTupleFrame());
            sendDatagram(client, port, keyDagFrame());
            sendDatagram(client, port, honestFrame("served after five hostile datagrams"));
            await().atMost(Duration.ofSeconds(10)).until(() -> output().contains("served after"));
            assertThat(output()).isEqualTo("remote: served after five hostile datagrams\n");
            assertThat(String.join("\n", errors)).contains("the value read expands past", "nests deeper than 64",
                    "a dict key expands past");
            assertThat(err.text()).contains("width too big: 2147483647 is over the limit of 65536",
                    "width too big: 999999999 is over the limit of 65536");
            assertThat(receiver.getDroppedDatagrams()).isEqualTo(3);
        }
    }

    @Test
    void hostileFramesOverTcpCloseOnlyTheirConnection() throws Exception {
        try (CapturedStderr err = new CapturedStderr();
             LogRecordSocketReceiver receiver = LogRecordSocketReceiver.builder().port(0).build()) {
            receiver.start();
            List<byte[]> hostile = List.of(cpythonFrame("star_width"), cpythonFrame("star_width"),
                    cpythonFrame("memo_dag"), deepTupleFrame(), keyDagFrame());
            List<Socket> senders = new ArrayList<>();
            for (byte[] frame : hostile) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), receiver.getPort());
                socket.getOutputStream().write(frame);
                senders.add(socket);
            }
            try (Socket honest = new Socket(InetAddress.getLoopbackAddress(), receiver.getPort())) {
                honest.getOutputStream().write(honestFrame("still served"));
                await().atMost(Duration.ofSeconds(10)).until(() -> output().contains("still served"));
            }
            for (Socket s : senders) {
                s.close();
            }
            assertThat(output()).isEqualTo("remote: still served\n");
            await().atMost(Duration.ofSeconds(5)).until(() -> errors.size() >= 3);
            assertThat(String.join("\n", errors)).contains("expands past", "nests deeper than 64");
            assertThat(err.text()).contains("width too big");
        }
    }

    @Test
    void aRecordWhoseNameIsNoneIsFormattedAsNoneAsCPythonDoes() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Handler rootHandler = new CollectingHandler(record -> lines.add(new Formatter("%(name)s: %(message)s")
                .format(record)));
        Logging.getLogger().addHandler(rootHandler);
        try (LogRecordDatagramReceiver receiver = LogRecordDatagramReceiver.onLoopback(0);
             DatagramSocket client = new DatagramSocket()) {
            receiver.start();
            sendDatagram(client, receiver.getPort(), cpythonFrame("name_none"));
            await().atMost(Duration.ofSeconds(5)).until(() -> !lines.isEmpty());
        }
        assertThat(lines).containsExactly("None: from nowhere");
    }

    @Test
    void anErrorThrownByAHandlerDoesNotEndTheDatagramReader() throws Exception {
        Logger fragile = Logging.getLogger("fragile");
        fragile.setPropagate(false);
        fragile.addHandler(new CollectingHandler(record -> {
            throw new StackOverflowError("a handler overflowed");
        }));
        try (CapturedStderr err = new CapturedStderr();
             LogRecordDatagramReceiver receiver = LogRecordDatagramReceiver.onLoopback(0);
             DatagramSocket client = new DatagramSocket()) {
            receiver.start();
            Map<String, Object> dict = new HashMap<>();
            dict.put("name", "fragile");
            dict.put("msg", "overflows");
            byte[] fragileFrame = Frames.lengthPrefixed(PickleWriter.dumps(dict));
            sendDatagram(client, receiver.getPort(), fragileFrame);
            sendDatagram(client, receiver.getPort(), honestFrame("after the overflow"));
            await().atMost(Duration.ofSeconds(5)).until(() -> output().contains("after the overflow"));
            assertThat(err.text()).contains("StackOverflowError: a handler overflowed");
        }
    }

    @Test
    void atTheConnectionCapTheLongestIdleConnectionGivesWay() throws Exception {
        try (LogRecordSocketReceiver receiver = LogRecordSocketReceiver.builder().port(0).maxConnections(4).build()) {
            receiver.start();
            List<Socket> idle = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                idle.add(new Socket(InetAddress.getLoopbackAddress(), receiver.getPort()));
            }
            Thread.sleep(1200);
            try (Socket newcomer = new Socket(InetAddress.getLoopbackAddress(), receiver.getPort())) {
                newcomer.getOutputStream().write(honestFrame("a newcomer past the cap"));
                await().atMost(Duration.ofSeconds(10)).until(() -> output().contains("newcomer"));
            }
            assertThat(receiver.getEvictedConnections()).isEqualTo(1);
            assertThat(String.join("\n", errors)).contains("Closed the idle connection from");
            for (Socket s : idle) {
                s.close();
            }
        }
    }

    @Test
    void aFrameTrickledByteByByteIsCutOffAtItsDeadline() throws Exception {
        try (LogRecordSocketReceiver receiver = LogRecordSocketReceiver.builder().port(0)
                .frameTimeout(Duration.ofMillis(600)).build()) {
            receiver.start();
            Socket trickler = new Socket(InetAddress.getLoopbackAddress(), receiver.getPort());
            byte[] frame = honestFrame("trickled");
            OutputStream out = trickler.getOutputStream();
            long start = System.nanoTime();
            try {
                for (int i = 0; i < frame.length && errors.isEmpty(); i++) {
                    out.write(frame[i]);
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException closedByTheReceiver) {
                // What a trickler meets once the receiver gives up on it.
            }
            await().atMost(Duration.ofSeconds(5)).until(() -> !errors.isEmpty());
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(errors.get(0)).endsWith("a frame did not arrive whole within 600 ms");
            assertThat(receiver.getDroppedFrames()).isEqualTo(1);
            assertThat(output()).isEmpty();
            trickler.close();
        }
    }

    @Test
    void aBurstOfShortConnectionsPastTheCapLosesNoRecord() throws Exception {
        int senders = 300;
        try (LogRecordSocketReceiver receiver = LogRecordSocketReceiver.builder().port(0).maxConnections(8).build()) {
            receiver.start();
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int first = t * senders / 4;
                Thread thread = new Thread(() -> {
                    for (int i = first; i < first + senders / 4; i++) {
                        SocketHandler handler = new SocketHandler("127.0.0.1", receiver.getPort());
                        handler.handle(recordFor("burst " + i));
                        handler.close();
                    }
                });
                thread.start();
                threads.add(thread);
            }
            for (Thread thread : threads) {
                thread.join(30_000);
            }
            await().atMost(Duration.ofSeconds(20)).until(() -> output().lines().count() == senders);
            assertThat(receiver.getDroppedFrames()).isZero();
            assertThat(errors).isEmpty();
        }
    }

    private static LogRecord recordFor(String message) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("name", "remote");
        attributes.put("msg", message);
        return Logging.makeLogRecord(attributes);
    }
}
