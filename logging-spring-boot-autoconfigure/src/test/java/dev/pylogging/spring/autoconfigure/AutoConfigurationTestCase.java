package dev.pylogging.spring.autoconfigure;

import dev.pylogging.Logging;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Runs the auto-configuration in fresh contexts, with logging reset around each test and a temp folder. */
abstract class AutoConfigurationTestCase {

    static final ApplicationContextRunner RUNNER = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(PyLoggingAutoConfiguration.class));

    @TempDir
    Path dir;

    @BeforeEach
    @AfterEach
    void resetLogging() {
        Logging.reset();
    }
}
