package com.example;

import dev.pylogging.LogRecord;
import dev.pylogging.RecordFilter;

/** The filter of docs/extending.md: drops records whose message mentions a password. */
public class NoSecrets implements RecordFilter {

    @Override
    public boolean filter(LogRecord record) {
        return !record.getMessage().contains("password");
    }
}
