package dev.pylogging.sample;

import dev.pylogging.Logger;
import dev.pylogging.spring.autoconfigure.LoggerName;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * The documentation's {@code auxiliary_module}: its loggers are children of {@code spam_application}. A
 * prototype, so that each {@code Auxiliary()} of the documentation is a new instance with its loggers injected.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class Auxiliary {

    private final Logger logger;
    private final Logger moduleLogger;

    /**
     * Creates the instance, logging that it does, as the documentation's {@code Auxiliary.__init__}.
     *
     * @param logger {@code spam_application.auxiliary.Auxiliary}
     * @param moduleLogger {@code spam_application.auxiliary}
     */
    public Auxiliary(@LoggerName("spam_application.auxiliary.Auxiliary") Logger logger,
                     @LoggerName("spam_application.auxiliary") Logger moduleLogger) {
        this.logger = logger;
        this.moduleLogger = moduleLogger;
        logger.info("creating an instance of Auxiliary");
    }

    /** The documentation's {@code do_something}. */
    public void doSomething() {
        logger.info("doing something");
        logger.info("done doing something");
    }

    /** The documentation's module-level {@code some_function}. */
    public void someFunction() {
        moduleLogger.info("received a call to \"some_function\"");
    }
}
