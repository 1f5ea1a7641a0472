package dev.pylogging.spring.autoconfigure;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Reports a bad {@code pylogging.*} property at start-up: the property, its value, why, and the fix. */
public class PyLoggingFailureAnalyzer extends AbstractFailureAnalyzer<InvalidPyLoggingPropertyException> {

    /** Creates the analyzer; Spring Boot finds it through {@code META-INF/spring.factories}. */
    public PyLoggingFailureAnalyzer() {
    }

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidPyLoggingPropertyException cause) {
        String description = "Invalid pylogging configuration:\n\n"
                + "    Property: " + cause.getProperty() + "\n"
                + "    Value: '" + cause.getValue() + "'\n"
                + "    Reason: " + cause.getReason() + "\n";
        return new FailureAnalysis(description, cause.getAction(), cause);
    }
}
