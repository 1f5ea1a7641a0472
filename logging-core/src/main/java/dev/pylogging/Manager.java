package dev.pylogging;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Owns the logger hierarchy: the name to logger map, the placeholders that stand in for parents
 * not yet created, the {@code disable} level and the logger class. One lock guards the tree;
 * looking up an existing logger takes none.
 */
final class Manager {

    private final Object lock = new Object();
    private final RootLogger root = new RootLogger();
    /** Logger or PlaceHolder, by name; guarded by {@link #lock}. */
    private final Map<String, Object> tree = new HashMap<>();
    private final ConcurrentHashMap<String, Logger> loggers = new ConcurrentHashMap<>();
    private volatile int disable = Level.NOTSET;
    private volatile Constructor<? extends Logger> loggerConstructor;
    private volatile Class<? extends Logger> loggerClass = Logger.class;

    Manager() {
        root.refreshThreshold(disable);
    }

    Object lock() {
        return lock;
    }

    RootLogger root() {
        return root;
    }

    int disableLevel() {
        return disable;
    }

    Logger getLogger(String name) {
        if (name == null || name.isEmpty() || name.equals(root.getName())) {
            return root;
        }
        Logger existing = loggers.get(name);
        if (existing != null) {
            return existing;
        }
        synchronized (lock) {
            Object node = tree.get(name);
            if (node instanceof Logger logger) {
                return logger;
            }
            Logger created = instantiate(name);
            tree.put(name, created);
            if (node instanceof PlaceHolder placeHolder) {
                fixupChildren(placeHolder, created);
            }
            fixupParents(created);
            loggers.put(name, created);
            if (created.getLevel() != Level.NOTSET || created.isDisabled()) {
                refreshAll();
            } else {
                created.refreshThreshold(disable);
            }
            return created;
        }
    }

    private Logger instantiate(String name) {
        Constructor<? extends Logger> constructor = loggerConstructor;
        if (constructor == null) {
            return new Logger(name);
        }
        try {
            return constructor.newInstance(name);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Logger class " + loggerClass.getName() + " failed to create logger '"
                    + name + "'", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot create logger '" + name + "' with " + loggerClass.getName(), e);
        }
    }

    /** Links {@code logger} to its nearest existing ancestor, leaving placeholders on the way. */
    private void fixupParents(Logger logger) {
        String name = logger.getName();
        Logger parent = null;
        for (int i = name.lastIndexOf('.'); i > 0 && parent == null; i = name.lastIndexOf('.', i - 1)) {
            String ancestor = name.substring(0, i);
            Object node = tree.get(ancestor);
            if (node == null) {
                tree.put(ancestor, new PlaceHolder(logger));
            } else if (node instanceof Logger found) {
                parent = found;
            } else {
                ((PlaceHolder) node).add(logger);
            }
        }
        logger.setParent(parent != null ? parent : root);
    }

    /** Puts {@code logger} between the children its placeholder collected and their old parents. */
    private static void fixupChildren(PlaceHolder placeHolder, Logger logger) {
        String name = logger.getName();
        for (Logger child : placeHolder.children()) {
            Logger oldParent = child.getParent();
            if (!oldParent.getName().startsWith(name)) {
                logger.setParent(oldParent);
                child.setParent(logger);
            }
        }
    }

    Class<? extends Logger> getLoggerClass() {
        return loggerClass;
    }

    void setLoggerClass(Class<? extends Logger> type) {
        if (type == null || !Logger.class.isAssignableFrom(type)) {
            throw new IllegalArgumentException("logger class must be a subclass of " + Logger.class.getName()
                    + ": " + type);
        }
        if (type == Logger.class) {
            loggerConstructor = null;
            loggerClass = Logger.class;
            return;
        }
        Constructor<? extends Logger> constructor;
        try {
            constructor = type.getConstructor(String.class);
        } catch (NoSuchMethodException e) {
            throw new IllegalArgumentException("logger class " + type.getName()
                    + " must have a public constructor taking the logger name (String)", e);
        }
        if (Modifier.isAbstract(type.getModifiers())) {
            throw new IllegalArgumentException("logger class " + type.getName() + " is abstract");
        }
        loggerConstructor = constructor;
        loggerClass = type;
    }

    void setDisable(int level) {
        synchronized (lock) {
            disable = level;
            refreshAll();
        }
    }

    /** Recomputes cached thresholds after a level, disabled flag or disable level changed. */
    void refreshThresholds(Logger changed) {
        synchronized (lock) {
            refreshAll();
            if (changed != root && loggers.get(changed.getName()) != changed) {
                changed.refreshThreshold(disable);
            }
        }
    }

    private void refreshAll() {
        int level = disable;
        root.refreshThreshold(level);
        for (Logger logger : loggers.values()) {
            logger.refreshThreshold(level);
        }
    }

    /** Returns every logger made so far, root first. */
    List<Logger> allLoggers() {
        List<Logger> all = new ArrayList<>(loggers.size() + 1);
        all.add(root);
        all.addAll(loggers.values());
        return all;
    }

    /** Puts every logger back to its initial state; loggers keep their identity. */
    void reset() {
        synchronized (lock) {
            for (Logger logger : loggers.values()) {
                logger.resetToDefaults(Level.NOTSET);
            }
            root.resetToDefaults(Level.WARNING);
            disable = Level.NOTSET;
            loggerConstructor = null;
            loggerClass = Logger.class;
            refreshAll();
        }
    }
}
