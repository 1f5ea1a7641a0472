package dev.pylogging;

import java.util.Map;

/** The call returned for a disabled level: it ignores everything. */
enum DisabledLogCall implements LogCall {
    INSTANCE;

    @Override
    public LogCall extra(String key, Object value) {
        return this;
    }

    @Override
    public LogCall extra(Map<String, ?> values) {
        return this;
    }

    @Override
    public LogCall stackInfo(boolean stackInfo) {
        return this;
    }

    @Override
    public LogCall stacklevel(int stacklevel) {
        return this;
    }

    @Override
    public LogCall excInfo(Throwable excInfo) {
        return this;
    }

    @Override
    public void log(String msg) {
    }

    @Override
    public void log(String msg, Object arg) {
    }

    @Override
    public void log(String msg, Object... args) {
    }
}
