package dev.pylogging.internal;

import dev.pylogging.Formatter;
import dev.pylogging.LogRecord;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A record's attribute dict as CPython's {@code SocketHandler.makePickle} sends it: the message
 * merged into {@code msg}, {@code args} and {@code exc_info} None, the exception as
 * {@code exc_text}, and the {@code extra} keys.
 */
public final class RecordDict {

    private static final Formatter EXCEPTION_FORMATTER = new Formatter();

    private RecordDict() {
    }

    /**
     * Returns the attribute dict of {@code record}, in CPython's key order.
     *
     * @param record the record; its caller should have been resolved
     */
    public static Map<String, Object> of(LogRecord record) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("name", record.getName());
        d.put("msg", record.getMessage());
        d.put("args", null);
        d.put("levelname", record.getLevelname());
        d.put("levelno", record.getLevelno());
        d.put("pathname", record.getPathname());
        d.put("filename", record.getFilename());
        d.put("module", record.getModule());
        d.put("exc_info", null);
        String excText = record.getExcText();
        if (excText == null && record.getExcInfo() != null) {
            excText = EXCEPTION_FORMATTER.formatException(record.getExcInfo());
            record.setExcText(excText);
        }
        d.put("exc_text", excText);
        d.put("stack_info", record.getStackInfo());
        d.put("lineno", record.getLineno());
        d.put("funcName", record.getFuncName());
        d.put("created", record.getCreated());
        d.put("msecs", record.getMsecs());
        d.put("relativeCreated", record.getRelativeCreated());
        d.put("thread", record.getThread());
        d.put("threadName", record.getThreadName());
        d.put("processName", "MainProcess");
        d.put("process", record.getProcess());
        d.putAll(record.getExtra());
        if (record.getAsctime() != null) {
            d.put("asctime", record.getAsctime());
        }
        return d;
    }
}
