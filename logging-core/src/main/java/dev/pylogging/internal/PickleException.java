package dev.pylogging.internal;

/** Bytes that are not a data-only pickle this reader accepts: what is wrong and at which offset. */
public class PickleException extends Exception {

    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong
     */
    public PickleException(String message) {
        super(message);
    }
}
