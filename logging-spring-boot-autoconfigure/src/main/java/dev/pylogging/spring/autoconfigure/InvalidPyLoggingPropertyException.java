package dev.pylogging.spring.autoconfigure;

/**
 * A {@code pylogging.*} property that cannot be applied: which property, its value, why, and what
 * to do instead. Thrown before anything is applied, so the running configuration is unchanged;
 * {@link PyLoggingFailureAnalyzer} turns it into Spring Boot's start-up failure report.
 */
public class InvalidPyLoggingPropertyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String property;
    private final transient Object value;
    private final String reason;
    private final String action;

    /**
     * Creates the exception.
     *
     * @param property the full property path, such as {@code pylogging.handlers.file.filename}
     * @param value the bad value
     * @param reason what is wrong with it
     * @param action how to fix it
     * @param cause the underlying failure, or {@code null}
     */
    public InvalidPyLoggingPropertyException(String property, Object value, String reason, String action,
                                             Throwable cause) {
        super(property + " = '" + value + "': " + reason, cause);
        this.property = property;
        this.value = value;
        this.reason = reason;
        this.action = action;
    }

    /** Returns the full property path. */
    public String getProperty() {
        return property;
    }

    /** Returns the bad value. */
    public Object getValue() {
        return value;
    }

    /** Returns what is wrong with the value. */
    public String getReason() {
        return reason;
    }

    /** Returns how to fix it. */
    public String getAction() {
        return action;
    }
}
