package dev.pylogging;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Puts logging back to its initial state around every test, so that none leaks into another. */
public abstract class LoggingTestCase {

    @BeforeEach
    void resetBefore() {
        Logging.reset();
    }

    @AfterEach
    void resetAfter() {
        Logging.reset();
    }
}
