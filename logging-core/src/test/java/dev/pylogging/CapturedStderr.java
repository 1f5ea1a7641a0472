package dev.pylogging;

/** Replaces {@code System.err} until closed, keeping what was written to it. */
public final class CapturedStderr extends CapturedStream {

    public CapturedStderr() {
        super(System.err, System::setErr);
    }
}
