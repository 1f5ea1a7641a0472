package dev.pylogging;

import java.util.function.Consumer;

/** A handler for tests that hands every record it emits to a consumer, such as a list's {@code add}. */
public final class CollectingHandler extends Handler {

    private final Consumer<LogRecord> sink;

    /**
     * Creates the handler.
     *
     * @param sink what each emitted record is given to
     */
    public CollectingHandler(Consumer<LogRecord> sink) {
        this.sink = sink;
    }

    @Override
    public void emit(LogRecord record) {
        sink.accept(record);
    }
}
