package dev.pylogging;

import java.util.LinkedHashMap;
import java.util.Map;

/** A call at an enabled level: collects {@code extra} and the exception, then logs once. */
final class ActiveLogCall implements LogCall {

    private final Logger logger;
    private final int level;
    private Map<String, Object> extra;
    private Throwable excInfo;

    ActiveLogCall(Logger logger, int level) {
        this.logger = logger;
        this.level = level;
    }

    @Override
    public LogCall extra(String key, Object value) {
        LogRecord.checkExtraKey(key);
        if (extra == null) {
            extra = new LinkedHashMap<>();
        }
        extra.put(key, value);
        return this;
    }

    @Override
    public LogCall extra(Map<String, ?> values) {
        values.forEach(this::extra);
        return this;
    }

    @Override
    public LogCall excInfo(Throwable excInfo) {
        this.excInfo = excInfo;
        return this;
    }

    @Override
    public void log(String msg) {
        logger.log0(level, excInfo, msg, Logger.NO_ARGS, extra);
    }

    @Override
    public void log(String msg, Object arg) {
        logger.log0(level, excInfo, msg, new Object[] {arg}, extra);
    }

    @Override
    public void log(String msg, Object... args) {
        logger.log0(level, excInfo, msg, args, extra);
    }
}
