package dev.pylogging.spring.autoconfigure;

import dev.pylogging.Logging;
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

    private ConfigurableListableBeanFactory beanFactory;
    private ResourceLoader resourceLoader = new DefaultResourceLoader();
    private volatile boolean applied;
    private boolean applying;
    private ConfigurationAssembler.Assembled assembled;

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
     * then puts it in force and exposes its handlers, formatters and filters as beans
     * ({@code pylogging.handlers.NAME} and so on).
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

    /**
     * Flushes and closes every handler, as {@code logging.shutdown()}: it runs after the
     * application's beans, the listener and the receivers among them, are destroyed.
     */
    @Override
    public void destroy() {
        if (applied) {
            Logging.shutdown();
        }
    }
}
