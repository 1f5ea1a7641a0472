package dev.pylogging.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pylogging.Logger;
import dev.pylogging.Logging;
import jakarta.annotation.PreDestroy;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Scope;

/** Logger injection, and records from bean constructors and {@code @PreDestroy} methods. */
class LoggerInjectionTest extends AutoConfigurationTestCase {

    static class ByConstructor {
        final Logger log;

        ByConstructor(Logger log) {
            this.log = log;
        }
    }

    static class ByNamedConstructor {
        final Logger log;

        ByNamedConstructor(@LoggerName("myapp.area1") Logger log) {
            this.log = log;
        }
    }

    static class ByField {
        @Autowired
        Logger log;

        @Autowired
        @LoggerName("myapp.area2")
        Logger area2;
    }

    static class Prototype {
        final Logger log;

        Prototype(Logger log) {
            this.log = log;
        }
    }

    static class Chatty {
        private final Logger log;

        Chatty(Logger log) {
            this.log = log;
            log.info("created in the constructor");
        }

        @PreDestroy
        void stop() {
            log.info("said in @PreDestroy");
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Import({ByConstructor.class, ByNamedConstructor.class, ByField.class})
    static class Beans {
        @Bean
        @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
        Prototype prototype(Logger log) {
            return new Prototype(log);
        }
    }

    @Test
    void constructorsFieldsAndPrototypesGetTheirLoggers() {
        RUNNER.withUserConfiguration(Beans.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ByConstructor.class).log.getName()).isEqualTo(ByConstructor.class.getName());
            assertThat(context.getBean(ByNamedConstructor.class).log.getName()).isEqualTo("myapp.area1");
            ByField byField = context.getBean(ByField.class);
            assertThat(byField.log.getName()).isEqualTo(ByField.class.getName());
            assertThat(byField.area2.getName()).isEqualTo("myapp.area2");
            assertThat(byField.log).isSameAs(Logging.getLogger(ByField.class.getName()));
            Prototype first = context.getBean(Prototype.class);
            Prototype second = context.getBean(Prototype.class);
            assertThat(first).isNotSameAs(second);
            assertThat(first.log).isSameAs(second.log);
            assertThat(first.log.getName()).isEqualTo(Beans.class.getName());
        });
    }

    @Configuration(proxyBeanMethods = false)
    @Import(Chatty.class)
    static class ChattyBeans {
    }

    @Test
    void recordsFromConstructorsAndPreDestroyReachTheFile() throws Exception {
        Path log = dir.resolve("lifecycle.log");
        RUNNER.withUserConfiguration(ChattyBeans.class).withPropertyValues(
                "pylogging.handlers.file.class=FileHandler",
                "pylogging.handlers.file.filename=" + log,
                "pylogging.handlers.file.buffered=true",
                "pylogging.formatters.f.format=%(name)s %(message)s",
                "pylogging.handlers.file.formatter=f",
                "pylogging.loggers.root.level=INFO",
                "pylogging.loggers.root.handlers=file").run(context -> assertThat(context).hasNotFailed());
        // Buffered, so nothing is on disk until the handler is flushed and closed at shutdown.
        assertThat(Files.readAllLines(log)).containsExactly(
                Chatty.class.getName() + " created in the constructor",
                Chatty.class.getName() + " said in @PreDestroy");
    }

    @Test
    void bufferSizeSetsWhenBufferedRecordsAreWritten() throws Exception {
        Path log = dir.resolve("sized.log");
        RUNNER.withPropertyValues(
                "pylogging.handlers.file.class=FileHandler",
                "pylogging.handlers.file.filename=" + log,
                "pylogging.handlers.file.buffered=true",
                "pylogging.handlers.file.buffer-size=16B",
                "pylogging.loggers.sized.level=INFO",
                "pylogging.loggers.sized.handlers=file").run(context -> {
                    assertThat(context).hasNotFailed();
                    dev.pylogging.Logger logger = dev.pylogging.Logging.getLogger("sized");
                    logger.info("first");
                    logger.info("second");
                    assertThat(Files.readString(log)).isEmpty();
                    logger.info("third");
                    assertThat(Files.readString(log)).as("16 bytes are written as soon as the third record fills them")
                            .isEqualTo("first\nsecond\nthi");
                });
        assertThat(Files.readString(log)).isEqualTo("first\nsecond\nthird\n");
    }
}
