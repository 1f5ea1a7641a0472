package com.example;

import dev.pylogging.Formatter;
import dev.pylogging.LogRecord;
import java.time.Instant;

/** The formatter of docs/extending.md: ISO-8601 UTC times, the rest as Formatter does it. */
public class IsoTimeFormatter extends Formatter {

    /** Creates the formatter; fileConfig and dictConfig pass the format and datefmt. */
    public IsoTimeFormatter(String fmt, String datefmt) {
        super(fmt, datefmt);
    }

    @Override
    public String formatTime(LogRecord record, String datefmt) {
        return Instant.ofEpochMilli((long) (record.getCreated() * 1000)).toString();
    }
}
