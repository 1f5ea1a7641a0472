package dev.pylogging.config;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * An INI file read with the rules of Python's {@code configparser.ConfigParser}: {@code key=value}
 * and {@code key: value}, keys case-insensitive, {@code #} and {@code ;} comment lines, indented
 * continuation lines, a {@code [DEFAULT]} section whose keys every section sees, and
 * {@code %(name)s} interpolation ({@code %%} for a literal percent sign).
 */
final class IniFile {

    private static final int MAX_INTERPOLATION_DEPTH = 10;

    private final String source;
    private final Map<String, String> defaults = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> sections = new LinkedHashMap<>();

    private IniFile(String source, Map<String, String> callerDefaults) {
        this.source = source;
        callerDefaults.forEach((k, v) -> defaults.put(k.toLowerCase(java.util.Locale.ROOT), v));
    }

    /**
     * Reads an INI file.
     *
     * @param source the file name, for error messages
     * @throws ConfigException naming the line when the text is not INI
     */
    static IniFile read(Reader reader, String source, Map<String, String> callerDefaults) {
        IniFile ini = new IniFile(source, callerDefaults);
        try (BufferedReader lines = new BufferedReader(reader)) {
            ini.parse(lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read logging configuration " + source, e);
        }
        return ini;
    }

    private void parse(BufferedReader lines) throws IOException {
        Map<String, String> current = null;
        String currentName = null;
        String lastKey = null;
        int number = 0;
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            number++;
            String stripped = line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#") || stripped.startsWith(";")) {
                if (stripped.isEmpty()) {
                    lastKey = null;
                }
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            if (indented && current != null && lastKey != null) {
                current.put(lastKey, current.get(lastKey) + "\n" + stripped);
                continue;
            }
            if (stripped.startsWith("[")) {
                int close = stripped.indexOf(']');
                if (close < 0) {
                    throw error(number, "section header without ']': " + stripped);
                }
                currentName = stripped.substring(1, close);
                if (currentName.equals("DEFAULT")) {
                    current = defaults;
                } else {
                    if (sections.containsKey(currentName)) {
                        throw error(number, "section [" + currentName + "] appears twice");
                    }
                    current = new LinkedHashMap<>();
                    sections.put(currentName, current);
                }
                lastKey = null;
                continue;
            }
            if (current == null) {
                throw error(number, "a key before any [section]: " + stripped);
            }
            int eq = stripped.indexOf('=');
            int colon = stripped.indexOf(':');
            int at = eq < 0 ? colon : colon < 0 ? eq : Math.min(eq, colon);
            if (at <= 0) {
                throw error(number, "expected 'key = value' or 'key: value' in [" + currentName + "], found: " + stripped);
            }
            String key = stripped.substring(0, at).strip().toLowerCase(java.util.Locale.ROOT);
            if (current != defaults && current.containsKey(key)) {
                throw error(number, "key '" + key + "' appears twice in [" + currentName + "]");
            }
            current.put(key, stripped.substring(at + 1).strip());
            lastKey = key;
        }
    }

    private ConfigException error(int line, String what) {
        return new ConfigException(source + ", line " + line + ": " + what);
    }

    String source() {
        return source;
    }

    boolean hasSection(String name) {
        return sections.containsKey(name);
    }

    Set<String> sectionNames() {
        return sections.keySet();
    }

    /** Returns true when the section, or {@code [DEFAULT]}, has {@code key}. */
    boolean has(String section, String key) {
        Map<String, String> values = sections.get(section);
        String k = key.toLowerCase(java.util.Locale.ROOT);
        return values != null && (values.containsKey(k) || defaults.containsKey(k));
    }

    /** Returns the value as written, without interpolation, or {@code fallback}. */
    String raw(String section, String key, String fallback) {
        Map<String, String> values = sections.get(section);
        String k = key.toLowerCase(java.util.Locale.ROOT);
        if (values == null) {
            return fallback;
        }
        String value = values.containsKey(k) ? values.get(k) : defaults.get(k);
        return value == null ? fallback : value;
    }

    /**
     * Returns the value with {@code %(name)s} references replaced, or {@code fallback}.
     *
     * @throws ConfigException naming the section, key and reference when it cannot be resolved
     */
    String get(String section, String key, String fallback) {
        String value = raw(section, key, null);
        if (value == null) {
            return fallback;
        }
        return interpolate(section, key, value, 1);
    }

    private String interpolate(String section, String key, String value, int depth) {
        if (depth > MAX_INTERPOLATION_DEPTH) {
            throw new ConfigException(source + ", [" + section + "] " + key + " = " + value
                    + ": interpolation nested deeper than " + MAX_INTERPOLATION_DEPTH + " (a reference loop?)");
        }
        StringBuilder out = new StringBuilder(value.length());
        int i = 0;
        while (i < value.length()) {
            char c = value.charAt(i);
            if (c != '%') {
                out.append(c);
                i++;
            } else if (i + 1 < value.length() && value.charAt(i + 1) == '%') {
                out.append('%');
                i += 2;
            } else if (i + 1 < value.length() && value.charAt(i + 1) == '(') {
                int close = value.indexOf(")s", i);
                if (close < 0) {
                    throw new ConfigException(source + ", [" + section + "] " + key + " = " + value
                            + ": bad interpolation syntax; write %(name)s, or %% for a percent sign");
                }
                String name = value.substring(i + 2, close).toLowerCase(java.util.Locale.ROOT);
                String replacement = raw(section, name, null);
                if (replacement == null) {
                    throw new ConfigException(source + ", [" + section + "] " + key + " = " + value
                            + ": %(" + name + ")s names no key of [" + section + "] or [DEFAULT]");
                }
                out.append(interpolate(section, name, replacement, depth + 1));
                i = close + 2;
            } else {
                throw new ConfigException(source + ", [" + section + "] " + key + " = " + value
                        + ": '%' must be followed by '%' or '(name)s'");
            }
        }
        return out.toString();
    }
}
