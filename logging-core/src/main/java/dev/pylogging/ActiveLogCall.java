package dev.pylogging;

import java.util.LinkedHashMap;
import java.util.Map;

/** A call at an enabled level: collects {@code extra} and the exception, then logs once. */
final class ActiveLogCall implements LogCall {

    private final Logger logger;
    private final int level;
    private Map<String, Object> extra;
    private Throwable excInfo;
    private boolean stackInfo;
    private int stacklevel = 1;

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
    public LogCall stackInfo(boolean stackInfo) {
        this.stackInfo = stackInfo;
        return this;
    }

    @Override
    public LogCall stacklevel(int stacklevel) {
        this.stacklevel = Math.max(1, stacklevel);
        return this;
    }

    @Override
    public void log(String msg) {
        logger.logCall(level, excInfo, msg, Logger.NO_ARGS, extra, stackInfo, stacklevel);
    }

    @Override
    public void log(String msg, Object arg) {
        logger.logCall(level, excInfo, msg, new Object[] {arg}, extra, stackInfo, stacklevel);
    }

    @Override
    public void log(String msg, Object... args) {
        logger.logCall(level, excInfo, msg, args, extra, stackInfo, stacklevel);
    }
}
