package dev.pylogging.spring.autoconfigure;

import dev.pylogging.Logger;
import dev.pylogging.Logging;
import java.lang.reflect.Member;
import org.springframework.beans.factory.InjectionPoint;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;

/**
 * Configures pylogging from {@code pylogging.*} properties before the application's beans are
 * created, and makes {@link Logger} injectable: a field or constructor parameter of that type
 * gets the logger named after its declaring class, or the one {@link LoggerName} names.
 * The configuration listener and the record receivers are beans of
 * {@link PyLoggingServersConfiguration}. {@code pylogging.enabled=false} turns it all off.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "pylogging", name = "enabled", havingValue = "true", matchIfMissing = true)
@EnableConfigurationProperties(PyLoggingProperties.class)
@Import(PyLoggingServersConfiguration.class)
public class PyLoggingAutoConfiguration {

    /** Creates the auto-configuration. */
    public PyLoggingAutoConfiguration() {
    }

    /**
     * Applies the properties before other beans are created; static, so that it is created before
     * this class is.
     */
    @Bean
    @ConditionalOnMissingBean
    public static PyLoggingConfigurer pyloggingConfigurer() {
        return new PyLoggingConfigurer();
    }

    /**
     * Returns the logger for an injection point: named by {@link LoggerName}, or after the class
     * that declares the field or constructor.
     *
     * @param injectionPoint where the logger goes
     */
    @Bean
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @ConditionalOnMissingBean(Logger.class)
    public Logger pyloggingLogger(InjectionPoint injectionPoint) {
        LoggerName named = injectionPoint.getAnnotation(LoggerName.class);
        if (named != null) {
            return Logging.getLogger(named.value());
        }
        Member member = injectionPoint.getMember();
        Class<?> owner = injectionPoint.getMethodParameter() != null
                ? injectionPoint.getMethodParameter().getContainingClass()
                : member.getDeclaringClass();
        return Logging.getLogger(owner.getName());
    }
}
