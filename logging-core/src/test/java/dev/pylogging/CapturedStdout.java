package dev.pylogging;

/** Replaces {@code System.out} until closed, keeping what was written to it. */
public final class CapturedStdout extends CapturedStream {

    public CapturedStdout() {
        super(System.out, System::setOut);
    }
}
