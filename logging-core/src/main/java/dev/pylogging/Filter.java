package dev.pylogging;

/**
 * Passes the records of one logger and its descendants: {@code new Filter("A.B")} passes
 * {@code A.B} and {@code A.B.C}, but not {@code A.BB} or {@code B.A.B}. The empty name passes
 * everything.
 */
public class Filter implements RecordFilter {

    private final String name;

    /** Creates a filter that passes every record. */
    public Filter() {
        this("");
    }

    /**
     * Creates a filter that passes the records of logger {@code name} and its descendants.
     *
     * @param name a logger name; {@code null} or empty passes everything
     */
    public Filter(String name) {
        this.name = name == null ? "" : name;
    }

    /** Returns the logger name this filter passes, or the empty string. */
    public String getName() {
        return name;
    }

    @Override
    public boolean filter(LogRecord record) {
        if (name.isEmpty()) {
            return true;
        }
        String recordName = record.getName();
        if (recordName == null || !recordName.startsWith(name)) {
            return false;
        }
        return recordName.length() == name.length() || recordName.charAt(name.length()) == '.';
    }

    @Override
    public String toString() {
        return "Filter(" + name + ")";
    }
}
