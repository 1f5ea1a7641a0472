package dev.pylogging.spring.autoconfigure;

import dev.pylogging.Logger;
import dev.pylogging.Logging;
import dev.pylogging.config.ConfigListener;
import dev.pylogging.config.LoggingConfig;
import dev.pylogging.net.LogRecordDatagramReceiver;
import dev.pylogging.net.LogRecordSocketReceiver;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The servers the starter can run, each a bean of its own behind its own property: the
 * configuration listener ({@code pylogging.listen.enabled}) and the record receivers
 * ({@code pylogging.receiver.enabled}, with {@code pylogging.receiver.udp-port} for UDP). Each is
 * started when its bean is made, so a port that cannot be bound stops the application naming its
 * property, and stopped when the context closes, before the handlers are closed.
 */
@Configuration(proxyBeanMethods = false)
class PyLoggingServersConfiguration {

    private static final Logger LOG = Logging.getLogger("dev.pylogging.spring");

    /** The configuration listener of {@code logging.config.listen()}. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "pylogging.listen", name = "enabled", havingValue = "true")
    static class ListenerConfiguration {

        @Bean(name = "pylogging.listener", destroyMethod = "stopListening")
        ConfigListener pyloggingListener(PyLoggingProperties properties) {
            PyLoggingProperties.Listen listen = properties.getListen();
            ConfigListener.Builder builder = ConfigListener.builder()
                    .port(checkedPort("pylogging.listen.port", listen.getPort()))
                    .maxBytes(listen.getMaxBytes())
                    .bindAddress(address("pylogging.listen.bind-address", listen.getBindAddress()));
            if (listen.getSecret() != null && !listen.getSecret().isEmpty()) {
                builder.verifier(ConfigListener.hmacSha256Verifier(listen.getSecret().getBytes(StandardCharsets.UTF_8)));
            }
            ConfigListener listener = LoggingConfig.listen(builder);
            start("pylogging.listen.port", listen.getPort(), listener::start);
            LOG.info("Listening for logging configurations on port %d", listener.getPort());
            return listener;
        }
    }

    /** The receivers of the Python logging documentation's network example. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = "pylogging.receiver", name = "enabled", havingValue = "true")
    static class ReceiverConfiguration {

        @Bean(name = "pylogging.receiver", destroyMethod = "close")
        LogRecordSocketReceiver pyloggingReceiver(PyLoggingProperties properties) {
            PyLoggingProperties.Receiver receiver = properties.getReceiver();
            LogRecordSocketReceiver tcp = LogRecordSocketReceiver.builder()
                    .port(checkedPort("pylogging.receiver.port", receiver.getPort()))
                    .bindAddress(address("pylogging.receiver.bind-address", receiver.getBindAddress()))
                    .logname(receiver.getLogname())
                    .maxFrameBytes(receiver.getMaxFrameBytes()).idleTimeout(receiver.getIdleTimeout()).build();
            start("pylogging.receiver.port", receiver.getPort(), tcp::start);
            return tcp;
        }

        @Bean(name = "pylogging.receiver.udp", destroyMethod = "close")
        @ConditionalOnProperty(prefix = "pylogging.receiver", name = "udp-port")
        LogRecordDatagramReceiver pyloggingUdpReceiver(PyLoggingProperties properties) {
            PyLoggingProperties.Receiver receiver = properties.getReceiver();
            LogRecordDatagramReceiver udp = LogRecordDatagramReceiver.create(
                    address("pylogging.receiver.bind-address", receiver.getBindAddress()),
                    checkedPort("pylogging.receiver.udp-port", receiver.getUdpPort()), receiver.getLogname());
            start("pylogging.receiver.udp-port", receiver.getUdpPort(), udp::start);
            return udp;
        }
    }

    /** Something that binds a port. */
    private interface Server {
        void start() throws IOException;
    }

    private static void start(String property, int port, Server server) {
        try {
            server.start();
        } catch (IOException | RuntimeException e) {
            throw new InvalidPyLoggingPropertyException(property, port, "cannot listen: " + e.getMessage(),
                    "Choose a free port, or 0 for any free port.", e);
        }
    }

    private static int checkedPort(String property, int port) {
        if (port < 0 || port > 65535) {
            throw new InvalidPyLoggingPropertyException(property, port, "a port is 0 to 65535",
                    "Choose a port from 1 to 65535, or 0 for any free port.", null);
        }
        return port;
    }

    private static InetAddress address(String property, String text) {
        if (text == null || text.isBlank()) {
            return InetAddress.getLoopbackAddress();
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw new InvalidPyLoggingPropertyException(property, text, "unknown host",
                    "Use an address of this machine, such as 127.0.0.1 or 0.0.0.0.", e);
        }
    }
}
