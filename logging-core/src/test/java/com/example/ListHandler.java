package com.example;

import dev.pylogging.Handler;
import dev.pylogging.LogRecord;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The handler of docs/extending.md: keeps every record it is given. */
public class ListHandler extends Handler {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    /** Creates the handler; {@code args=()} in a fileConfig file calls this. */
    public ListHandler() {
    }

    @Override
    public void emit(LogRecord record) {
        records.add(record);
    }

    /** Returns the records kept so far. */
    public List<LogRecord> records() {
        return records;
    }
}
