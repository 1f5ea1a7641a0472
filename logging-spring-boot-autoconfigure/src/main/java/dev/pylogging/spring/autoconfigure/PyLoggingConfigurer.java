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
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanCurrentlyInCreationException;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.BeanNotOfRequiredTypeException;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.config.InstantiationAwareBeanPostProcessor;
import org.springframework.context.ResourceLoaderAware;
import org.springframework.core.Ordered;
import org.springframework.core.PriorityOrdered;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.ResourceLoader;

/**
 * Applies the {@code pylogging.*} properties right before the first application bean is created,
 * so that records logged by bean constructors reach the configured handlers, and flushes and
 * closes every handler when the context closes, after the application's beans are destroyed (so
 * that a {@code @PreDestroy} method's records are written too).
 *
 * <p>It is a bean post-processor only to be created before, and destroyed after, the
 * application's beans; it changes no bean. Replace it by defining a bean of this type.
 */
public class PyLoggingConfigurer implements InstantiationAwareBeanPostProcessor, BeanFactoryAware,
        ResourceLoaderAware, SmartInitializingSingleton, DisposableBean, PriorityOrdered {

    private static final Logger LOG = Logging.getLogger("dev.pylogging.spring");

    private ConfigurableListableBeanFactory beanFactory;
    private ResourceLoader resourceLoader = new DefaultResourceLoader();
    private volatile boolean applied;
    private boolean applying;
    private ConfigurationAssembler.Assembled assembled;
    private final List<AutoCloseable> servers = new ArrayList<>();

    /** Creates the configurer; the auto-configuration does this. */
    public PyLoggingConfigurer() {
    }

    @Override
    public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
        this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
    }

    @Override
    public void setResourceLoader(ResourceLoader resourceLoader) {
        this.resourceLoader = resourceLoader;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /**
     * Applies the configuration before the first bean created once every post-processor is in
     * place (the bean factory's configuration is frozen then).
     */
    @Override
    public Object postProcessBeforeInstantiation(Class<?> beanClass, String beanName) {
        if (!applied && !applying && beanFactory.isConfigurationFrozen()) {
            try {
                applyProperties();
            } catch (RuntimeException e) {
                // A bean the configuration refers to needs the bean being created now: try again
                // before the next one (what was built meanwhile has been closed again).
                if (!causedByBeanInCreation(e)) {
                    throw e;
                }
            }
        }
        return null;
    }

    private static boolean causedByBeanInCreation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof BeanCurrentlyInCreationException) {
                return true;
            }
        }
        return false;
    }

    /** Applies the configuration if no bean creation did so already. */
    @Override
    public void afterSingletonsInstantiated() {
        if (!applied) {
            applyProperties();
        }
    }

    /** Returns the configuration in force, or {@code null} until it is applied. */
    public dev.pylogging.config.Configuration getConfiguration() {
        return assembled == null ? null : assembled.configuration();
    }

    /**
     * Takes the bound {@link PyLoggingProperties} bean, builds and checks the whole configuration,
     * then puts it in force, exposes its handlers, formatters and filters as beans ({@code pylogging.handlers.NAME} and
     * so on), and starts the configuration server ({@code pylogging.listener}) and the receivers
     * ({@code pylogging.receiver}, {@code pylogging.receiver.udp}) when asked.
     *
     * @throws InvalidPyLoggingPropertyException naming the first bad property; nothing is applied then
     */
    protected synchronized void applyProperties() {
        if (applied) {
            return;
        }
        applying = true;
        try {
            // The bean the auto-configuration binds: one binding, with Spring Boot's own bind-failure reports.
            PyLoggingProperties properties = beanFactory.getBean(PyLoggingProperties.class);
            // PyLoggingSystem applied the configuration before the context existed, unless it names beans.
            ConfigurationAssembler.Assembled result = PyLoggingSystem.applied();
            if (result == null) {
                result = new ConfigurationAssembler(properties, this::findBean, resourceLoader).assemble();
                result.configuration().apply();
                result.levels().forEach((name, level) ->
                        (name.equals("root") ? Logging.getLogger() : Logging.getLogger(name)).setLevel(level));
                if (result.disable() != null) {
                    Logging.disable(result.disable());
                }
            }
            assembled = result;
            applied = true;
            register("pylogging.handlers.", result.handlers());
            register("pylogging.formatters.", result.formatters());
            register("pylogging.filters.", result.filters());
            startServers(properties);
        } finally {
            applying = false;
        }
    }

    private void register(String prefix, java.util.Map<String, ?> components) {
        components.forEach((name, component) -> {
            if (!beanFactory.containsBean(prefix + name)) {
                beanFactory.registerSingleton(prefix + name, component);
            }
        });
    }

    private <T> T findBean(String name, Class<T> type) {
        if (!beanFactory.containsBean(name)) {
            return null;
        }
        try {
            return beanFactory.getBean(name, type);
        } catch (BeanNotOfRequiredTypeException e) {
            throw new IllegalArgumentException("bean '" + name + "' is a " + e.getActualType().getName() + ", not a "
                    + type.getName(), e);
        }
    }

    private void startServers(PyLoggingProperties properties) {
        PyLoggingProperties.Listen listen = properties.getListen();
        if (listen.isEnabled()) {
            ConfigListener.Builder builder = ConfigListener.builder()
                    .port(checkedPort("pylogging.listen.port", listen.getPort()))
                    .maxBytes(listen.getMaxBytes())
                    .bindAddress(address("pylogging.listen.bind-address", listen.getBindAddress()));
            if (listen.getSecret() != null && !listen.getSecret().isEmpty()) {
                builder.verifier(ConfigListener.hmacSha256Verifier(listen.getSecret().getBytes(StandardCharsets.UTF_8)));
            }
            ConfigListener listener = LoggingConfig.listen(builder);
            start("pylogging.listen.port", listen.getPort(), listener::start);
            servers.add(LoggingConfig::stopListening);
            beanFactory.registerSingleton("pylogging.listener", listener);
            LOG.info("Listening for logging configurations on port %d", listener.getPort());
        }
        PyLoggingProperties.Receiver receiver = properties.getReceiver();
        if (receiver.isEnabled()) {
            InetAddress bind = address("pylogging.receiver.bind-address", receiver.getBindAddress());
            LogRecordSocketReceiver tcp = LogRecordSocketReceiver.builder()
                    .port(checkedPort("pylogging.receiver.port", receiver.getPort()))
                    .bindAddress(bind).logname(receiver.getLogname())
                    .maxFrameBytes(receiver.getMaxFrameBytes()).idleTimeout(receiver.getIdleTimeout()).build();
            start("pylogging.receiver.port", receiver.getPort(), tcp::start);
            servers.add(tcp);
            beanFactory.registerSingleton("pylogging.receiver", tcp);
            if (receiver.getUdpPort() != null) {
                LogRecordDatagramReceiver udp = LogRecordDatagramReceiver.create(bind,
                        checkedPort("pylogging.receiver.udp-port", receiver.getUdpPort()), receiver.getLogname());
                start("pylogging.receiver.udp-port", receiver.getUdpPort(), udp::start);
                servers.add(udp);
                beanFactory.registerSingleton("pylogging.receiver.udp", udp);
            }
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

    /**
     * Stops the servers, then flushes and closes every handler, as {@code logging.shutdown()}:
     * it runs after the application's beans are destroyed.
     */
    @Override
    public void destroy() {
        for (AutoCloseable server : servers) {
            try {
                server.close();
            } catch (Exception e) {
                LOG.warning("Could not stop %s: %s", server, e.getMessage());
            }
        }
        servers.clear();
        if (applied) {
            Logging.shutdown();
        }
    }
}
