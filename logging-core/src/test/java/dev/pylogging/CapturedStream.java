package dev.pylogging;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/** Replaces {@code System.out} or {@code System.err} until closed, keeping what was written to it. */
public abstract class CapturedStream implements AutoCloseable {

    private final PrintStream original;
    private final Consumer<PrintStream> setter;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

    CapturedStream(PrintStream original, Consumer<PrintStream> setter) {
        this.original = original;
        this.setter = setter;
        setter.accept(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    }

    /** Returns what was written so far. */
    public String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        setter.accept(original);
    }
}
