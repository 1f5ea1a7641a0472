package dev.pylogging.handlers;

import dev.pylogging.Peers;
import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real rsyslogd, private to one test: listens on loopback UDP and TCP ports and on a datagram
 * and a stream Unix socket in a temp folder, and writes every message as
 * {@code facility.severity [programname] [msg]} to {@code out.log}. {@code .ci/run} installs it.
 */
final class RsyslogDaemon implements AutoCloseable {

    private static final Path BINARY = Path.of("/usr/sbin/rsyslogd");

    final Path dir;
    final int udpPort;
    final int tcpPort;
    final Path datagramSocket;
    final Path streamSocket;
    private final Path output;
    private final Process process;

    private RsyslogDaemon(Path dir, int udpPort, int tcpPort, Process process) {
        this.dir = dir;
        this.udpPort = udpPort;
        this.tcpPort = tcpPort;
        this.datagramSocket = dir.resolve("dgram.sock");
        this.streamSocket = dir.resolve("stream.sock");
        this.output = dir.resolve("out.log");
        this.process = process;
    }

    /** Starts rsyslogd in {@code dir} and waits until it takes messages on every input. */
    static RsyslogDaemon start(Path dir) throws IOException, InterruptedException {
        Peers.assume("rsyslogd");
        int udp = freeUdpPort();
        int tcp = freeTcpPort();
        String conf = String.join("\n",
                "global(workDirectory=\"" + dir + "\")",
                "module(load=\"imudp\")",
                "module(load=\"imuxsock\" SysSock.Use=\"off\")",
                "module(load=\"imptcp\")",
                "input(type=\"imudp\" address=\"127.0.0.1\" port=\"" + udp + "\")",
                "input(type=\"imuxsock\" Socket=\"" + dir.resolve("dgram.sock") + "\")",
                "input(type=\"imptcp\" path=\"" + dir.resolve("stream.sock") + "\" AddtlFrameDelimiter=\"0\")",
                "input(type=\"imptcp\" address=\"127.0.0.1\" port=\"" + tcp + "\" AddtlFrameDelimiter=\"0\")",
                "template(name=\"t\" type=\"string\" string=\"%syslogfacility-text%.%syslogseverity-text% "
                        + "[%programname%] [%msg%]\\n\")",
                "*.* action(type=\"omfile\" file=\"" + dir.resolve("out.log") + "\" template=\"t\")",
                "");
        Path confFile = Files.writeString(dir.resolve("rsyslog.conf"), conf);
        Process process = new ProcessBuilder(BINARY.toString(), "-n", "-f", confFile.toString(),
                "-i", dir.resolve("rsyslogd.pid").toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("rsyslogd.out").toFile())
                .start();
        RsyslogDaemon daemon = new RsyslogDaemon(dir, udp, tcp, process);
        try {
            daemon.awaitReady();
        } catch (IOException | RuntimeException | InterruptedException e) {
            daemon.close();
            throw e;
        }
        return daemon;
    }

    private void awaitReady() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        byte[] probe = "<13>probe: ready\0".getBytes(StandardCharsets.US_ASCII);
        try (DatagramSocket socket = new DatagramSocket()) {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("rsyslogd exited: " + Files.readString(dir.resolve("rsyslogd.out")));
                }
                if (Files.exists(datagramSocket) && Files.exists(streamSocket)) {
                    socket.send(new DatagramPacket(probe, probe.length, InetAddress.getLoopbackAddress(), udpPort));
                    if (Files.exists(output) && Files.readString(output).contains("[probe]")) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("rsyslogd did not start within 15 s; it said: "
                + Files.readString(dir.resolve("rsyslogd.out")) + "; it wrote: " + lines()
                + "; sockets: " + Files.exists(datagramSocket) + " " + Files.exists(streamSocket));
    }

    /** Returns what rsyslogd wrote so far, probe lines left out. */
    List<String> lines() throws IOException {
        if (!Files.exists(output)) {
            return List.of();
        }
        return Files.readAllLines(output, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.contains("[probe]"))
                .toList();
    }

    /** Waits until {@code count} lines are written (rsyslog writes asynchronously), at most 10 s. */
    List<String> awaitLines(int count) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> lines = lines();
        while (lines.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(50);
            lines = lines();
        }
        return lines;
    }

    private static int freeUdpPort() throws IOException {
        try (DatagramSocket s = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static int freeTcpPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
