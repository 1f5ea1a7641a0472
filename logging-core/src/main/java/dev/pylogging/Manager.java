package dev.pylogging;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
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
    /**
     * Loggers made with {@code new Logger(name)} outside the tree; they obey {@code disable} too,
     * as CPython's do through the class-wide manager. Guarded by {@link #lock}.
     */
    private final Map<Logger, Boolean> free = new WeakHashMap<>();
    /**
     * Counts {@link #reset()}s: a logger asked for by name since the last one is stamped with it,
     * and only those count as existing; the others stay in the tree, linked, for code that holds them.
     */
    private volatile int generation;
    /** Told after levels, disabled flags or the disable level changed; called outside the lock. */
    private final List<Runnable> levelListeners = new java.util.concurrent.CopyOnWriteArrayList<>();
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
            int current = generation;
            if (existing.generation != current) {
                existing.generation = current;
            }
            return existing;
        }
        synchronized (lock) {
            Object node = tree.get(name);
            if (node instanceof Logger logger) {
                logger.generation = generation;
                return logger;
            }
            Logger created = instantiate(name);
            created.generation = generation;
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

    /** Registers a logger made outside the tree, so that {@code disable} reaches it. */
    void track(Logger logger) {
        synchronized (lock) {
            // A logger the tree is making is refreshed with the tree; only others need tracking.
            if (!instantiating) {
                free.put(logger, Boolean.TRUE);
                logger.refreshThreshold(disable);
            }
        }
    }

    /** Set while {@link #instantiate} runs, under {@link #lock}. */
    private boolean instantiating;

    private Logger instantiate(String name) {
        instantiating = true;
        try {
            return construct(name);
        } finally {
            instantiating = false;
        }
    }

    private Logger construct(String name) {
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
        levelsChanged();
    }

    /** Recomputes cached thresholds after a level, disabled flag or disable level changed. */
    void refreshThresholds(Logger changed) {
        synchronized (lock) {
            refreshAll();
            if (changed != root && loggers.get(changed.getName()) != changed) {
                changed.refreshThreshold(disable);
            }
        }
        levelsChanged();
    }

    void addLevelListener(Runnable listener) {
        levelListeners.add(listener);
    }

    void removeLevelListener(Runnable listener) {
        levelListeners.remove(listener);
    }

    private void levelsChanged() {
        for (Runnable listener : levelListeners) {
            listener.run();
        }
    }

    private void refreshAll() {
        int level = disable;
        root.refreshThreshold(level);
        for (Logger logger : loggers.values()) {
            logger.refreshThreshold(level);
        }
        for (Logger logger : free.keySet()) {
            logger.refreshThreshold(level);
        }
    }

    /** Returns every logger asked for by name since the last {@link #reset()}, root first. */
    List<Logger> allLoggers() {
        List<Logger> all = new ArrayList<>(loggers.size() + 1);
        all.add(root);
        int current = generation;
        for (Logger logger : loggers.values()) {
            if (logger.generation == current) {
                all.add(logger);
            }
        }
        return all;
    }

    /**
     * Puts every logger back to its initial state and forgets which exist, so that a
     * configuration applied next disables none of them; loggers stay linked in the tree, and one
     * asked for again by name is the same object as before.
     */
    void reset() {
        synchronized (lock) {
            for (Logger logger : loggers.values()) {
                logger.resetToDefaults(Level.NOTSET);
            }
            generation++;
            root.resetToDefaults(Level.WARNING);
            disable = Level.NOTSET;
            loggerConstructor = null;
            loggerClass = Logger.class;
            refreshAll();
        }
        levelsChanged();
    }
}
