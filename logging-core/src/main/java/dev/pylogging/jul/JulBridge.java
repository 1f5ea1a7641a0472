package dev.pylogging.jul;

import dev.pylogging.Level;
import dev.pylogging.Logger;
import dev.pylogging.Logging;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries {@code java.util.logging} records into pylogging: a JUL handler on the JUL root logger
 * hands each record to the pylogging logger of the same name, its message formatted as JUL does
 * ({@code {0}} parameters, resource bundles) and its caller the application's line.
 *
 * <p>A disabled JUL call must stay cheap, so pylogging's levels are mirrored onto JUL's loggers
 * as they change, as Logback's {@code LevelChangePropagator} does: JUL then drops below-level
 * records with its own one comparison, before making a record. Levels map FINEST to TRACE (5),
 * FINER and FINE to DEBUG, CONFIG and INFO to INFO, WARNING to WARNING, SEVERE to ERROR.
 */
public final class JulBridge extends java.util.logging.Handler {

    private static final String JUL_LOGGER = java.util.logging.Logger.class.getName();
    private static final int TRACE = 5;
    private static JulBridge installed;

    /** JUL loggers whose level this bridge set, held so that JUL keeps them (it holds loggers weakly). */
    private final Map<String, java.util.logging.Logger> mirrored = new HashMap<>();
    private final Runnable propagate = this::propagateLevels;
    private final java.util.logging.Formatter messages = new java.util.logging.Formatter() {
        @Override
        public String format(java.util.logging.LogRecord record) {
            return formatMessage(record);
        }
    };

    private JulBridge() {
    }

    /**
     * Replaces the JUL root logger's handlers by the bridge and starts mirroring levels; a
     * second call does nothing.
     */
    public static synchronized void install() {
        if (installed != null) {
            return;
        }
        JulBridge bridge = new JulBridge();
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        for (java.util.logging.Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(bridge);
        Logging.addLevelListener(bridge.propagate);
        bridge.propagateLevels();
        installed = bridge;
    }

    /** Removes the bridge and stops mirroring levels, leaving JUL's levels as they are. */
    public static synchronized void uninstall() {
        if (installed != null) {
            java.util.logging.Logger.getLogger("").removeHandler(installed);
            Logging.removeLevelListener(installed.propagate);
            installed = null;
        }
    }

    /** Returns whether the bridge is installed. */
    public static synchronized boolean isInstalled() {
        return installed != null;
    }

    @Override
    public void publish(java.util.logging.LogRecord record) {
        if (record == null) {
            return;
        }
        int level = toPylogging(record.getLevel());
        String name = record.getLoggerName();
        Logger logger = name == null || name.isEmpty() ? Logging.getLogger() : Logging.getLogger(name);
        if (logger.isEnabledFor(level)) {
            logger.logFormatted(JUL_LOGGER, level, messages.formatMessage(record), record.getThrown(), null);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    /** Returns the pylogging level of a JUL level. */
    static int toPylogging(java.util.logging.Level level) {
        int value = level.intValue();
        if (value >= java.util.logging.Level.SEVERE.intValue()) {
            return Level.ERROR;
        }
        if (value >= java.util.logging.Level.WARNING.intValue()) {
            return Level.WARNING;
        }
        if (value >= java.util.logging.Level.CONFIG.intValue()) {
            return Level.INFO;
        }
        if (value >= java.util.logging.Level.FINER.intValue()) {
            return Level.DEBUG;
        }
        return TRACE;
    }

    /** Returns the lowest JUL level whose records a pylogging threshold lets through. */
    static java.util.logging.Level toJul(int level) {
        if (level > Level.CRITICAL) {
            return java.util.logging.Level.OFF;
        }
        if (level > Level.WARNING) {
            return java.util.logging.Level.SEVERE;
        }
        if (level > Level.INFO) {
            return java.util.logging.Level.WARNING;
        }
        if (level > Level.DEBUG) {
            return java.util.logging.Level.CONFIG;
        }
        if (level > TRACE) {
            return java.util.logging.Level.FINER;
        }
        return java.util.logging.Level.ALL;
    }

    /** Sets each JUL logger's level from the pylogging logger of its name, and clears those no longer set. */
    private synchronized void propagateLevels() {
        Map<String, Integer> wanted = new HashMap<>();
        for (Logger logger : Logging.getLoggers()) {
            boolean root = logger == Logging.getLogger();
            int level = logger.isDisabled() ? Integer.MAX_VALUE : root ? logger.getEffectiveLevel() : logger.getLevel();
            if (root || level != Level.NOTSET) {
                wanted.put(root ? "" : logger.getName(), level);
            }
        }
        mirrored.keySet().removeIf(name -> {
            if (!wanted.containsKey(name)) {
                mirrored.get(name).setLevel(null);
                return true;
            }
            return false;
        });
        wanted.forEach((name, level) -> {
            java.util.logging.Logger jul = mirrored.computeIfAbsent(name, java.util.logging.Logger::getLogger);
            java.util.logging.Level target = toJul(level);
            if (!target.equals(jul.getLevel())) {
                jul.setLevel(target);
            }
        });
    }
}
