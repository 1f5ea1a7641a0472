package dev.pylogging.net;

import dev.pylogging.LogRecord;
import dev.pylogging.Logging;
import dev.pylogging.internal.PickleException;
import dev.pylogging.internal.PickleReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns one received pickle into a record and hands it to its logger; shared by both receivers. */
final class RecordDispatch {

    private RecordDispatch() {
    }

    /**
     * Unpickles {@code payload}, rebuilds the record with {@link Logging#makeLogRecord} and calls
     * {@code handle} on the logger it names, or on {@code logname} when that is set.
     *
     * @throws PickleException when the payload is not a data-only pickle of a record's attribute dict
     */
    static void dispatch(byte[] payload, String logname) throws PickleException {
        Object value = PickleReader.loads(payload);
        if (!(value instanceof Map<?, ?> dict)) {
            throw new PickleException("the pickle is a " + (value == null ? "None" : value.getClass().getSimpleName())
                    + ", not a record's attribute dict");
        }
        Map<String, Object> attributes = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : dict.entrySet()) {
            if (!(e.getKey() instanceof String key)) {
                throw new PickleException("the attribute dict has a key that is not a string: " + e.getKey());
            }
            attributes.put(key, e.getValue());
        }
        // CPython's receiver routes a record named None to the root logger and prints None for it.
        boolean nameless = attributes.containsKey("name") && attributes.get("name") == null;
        if (nameless) {
            attributes.put("name", "None");
        }
        LogRecord record;
        try {
            record = Logging.makeLogRecord(attributes);
        } catch (IllegalArgumentException e) {
            throw new PickleException("the attribute dict does not make a record: " + e.getMessage());
        }
        String name = logname != null ? logname : nameless ? null : record.getName();
        Logging.getLogger(name).handle(record);
    }
}
