package dev.pylogging.handlers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.pylogging.CollectingHandler;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.LoggingTestCase;
import dev.pylogging.net.LogRecordSocketReceiver;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** A dead or restarting peer: records dropped while it is down, delivered once it is back, no call blocking. */
class SocketHandlerTest extends LoggingTestCase {

    private final List<String> received = new CopyOnWriteArrayList<>();

    private LogRecordSocketReceiver receiverOn(int port) throws Exception {
        // Sender and receiver share this JVM: logname keeps records from looping back to the sender.
        LogRecordSocketReceiver receiver = LogRecordSocketReceiver.builder().port(port).logname("peer.test").build();
        receiver.start();
        return receiver;
    }


    @Test
    void recordsWhileThePeerIsDownAreDroppedAndLaterOnesArrive() throws Exception {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        Logger collector = Logging.getLogger("peer.test");
        collector.addHandler(new CollectingHandler(record -> received.add(record.getMessage())));
        Logger sender = Logging.getLogger("sender");
        sender.setPropagate(false);
        MutableClock clock = new MutableClock(Instant.parse("2024-01-01T00:00:00Z"), ZoneOffset.UTC);
        SocketHandler handler = new SocketHandler("127.0.0.1", port, clock);
        handler.setConnectTimeout(Duration.ofMillis(500));
        sender.addHandler(handler);

        long start = System.nanoTime();
        sender.error("lost: nobody listens");
        sender.error("lost: retry not due");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

        try (LogRecordSocketReceiver receiver = receiverOn(port)) {
            sender.error("lost: still inside the 1 s back-off");
            clock.advance(Duration.ofMillis(1001));
            sender.error("delivered once the peer is up");
            await().untilAsserted(() -> assertThat(received).hasSize(1));
        }
        start = System.nanoTime();
        sender.error("lost: the peer went away");
        sender.error("lost: reconnecting waits for the back-off");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        try (LogRecordSocketReceiver receiver = receiverOn(port)) {
            clock.advance(Duration.ofSeconds(31));
            sender.error("delivered after the restart");
            await().untilAsserted(() -> assertThat(received).hasSize(2));
        }
        handler.close();
        assertThat(received).containsExactly("delivered once the peer is up", "delivered after the restart");
    }
}
