package dev.pylogging;

import java.util.HashMap;
import java.util.Map;

/** The two-way map between level numbers and names behind {@link Logging#addLevelName}. */
final class LevelNames {

    private static final Object LOCK = new Object();
    /** Copy-on-write: read on every record, written only by {@code addLevelName}. */
    private static volatile Map<Integer, String> levelToName;
    private static volatile Map<String, Integer> nameToLevel;
    /** The names of levels 0 to 63, read on every record without boxing or hashing. */
    private static volatile String[] smallLevelNames;
    private static final int SMALL_LEVELS = 64;

    static {
        reset();
    }

    private LevelNames() {
    }

    static void reset() {
        synchronized (LOCK) {
            Map<Integer, String> byLevel = new HashMap<>();
            byLevel.put(Level.CRITICAL, "CRITICAL");
            byLevel.put(Level.ERROR, "ERROR");
            byLevel.put(Level.WARNING, "WARNING");
            byLevel.put(Level.INFO, "INFO");
            byLevel.put(Level.DEBUG, "DEBUG");
            byLevel.put(Level.NOTSET, "NOTSET");
            Map<String, Integer> byName = new HashMap<>();
            byLevel.forEach((level, name) -> byName.put(name, level));
            byName.put("WARN", Level.WARNING);
            byName.put("FATAL", Level.FATAL);
            publish(byLevel, byName);
        }
    }

    private static void publish(Map<Integer, String> byLevel, Map<String, Integer> byName) {
        String[] small = new String[SMALL_LEVELS];
        byLevel.forEach((level, name) -> {
            if (level >= 0 && level < SMALL_LEVELS) {
                small[level] = name;
            }
        });
        levelToName = byLevel;
        nameToLevel = byName;
        smallLevelNames = small;
    }

    static void add(int level, String name) {
        if (name == null) {
            throw new IllegalArgumentException("Level name must not be null");
        }
        synchronized (LOCK) {
            Map<Integer, String> byLevel = new HashMap<>(levelToName);
            Map<String, Integer> byName = new HashMap<>(nameToLevel);
            byLevel.put(level, name);
            byName.put(name, level);
            publish(byLevel, byName);
        }
    }

    /** Returns every name and its level, as CPython 3.11's {@code getLevelNamesMapping()}. */
    static Map<String, Integer> mapping() {
        return Map.copyOf(nameToLevel);
    }

    static String nameOf(int level) {
        if (level >= 0 && level < SMALL_LEVELS) {
            String name = smallLevelNames[level];
            if (name != null) {
                return name;
            }
        }
        String name = levelToName.get(level);
        return name != null ? name : "Level " + level;
    }

    static int levelOf(String name) {
        if (name == null) {
            throw new IllegalArgumentException("Unknown level: null");
        }
        String trimmed = name.trim();
        Integer level = nameToLevel.get(trimmed);
        if (level == null) {
            // Java and Spring users write levels in lower case; Python's names are upper case.
            level = nameToLevel.get(trimmed.toUpperCase(java.util.Locale.ROOT));
        }
        if (level != null) {
            return level;
        }
        if (!trimmed.isEmpty() && trimmed.chars().allMatch(c -> c >= '0' && c <= '9') && trimmed.length() < 10) {
            return Integer.parseInt(trimmed);
        }
        throw new IllegalArgumentException("Unknown level: '" + name + "'; expected one of "
                + String.join(", ", new java.util.TreeSet<>(nameToLevel.keySet())) + " or a non-negative number");
    }
}
