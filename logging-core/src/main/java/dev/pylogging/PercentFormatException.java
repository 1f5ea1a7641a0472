package dev.pylogging;

/**
 * Raised when Python's {@code %} operator cannot apply a format to its arguments: a malformed
 * format, a conversion that does not fit its argument, too few or too many arguments, or a
 * missing mapping key. The message is CPython's own wording for the same error.
 */
public class PercentFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, in CPython's words
     */
    public PercentFormatException(String message) {
        super(message);
    }
}
