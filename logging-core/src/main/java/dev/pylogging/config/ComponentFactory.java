package dev.pylogging.config;

import dev.pylogging.Formatter;
import dev.pylogging.Handler;
import java.io.OutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Resolves a configuration's {@code class} to a {@link Handler} or {@link Formatter} class and
 * calls the constructor that fits {@code args}. A class is looked up without being initialised
 * and rejected unless it is such a subclass, so naming any other class runs none of its code.
 */
final class ComponentFactory {

    private ComponentFactory() {
    }

    /**
     * Resolves {@code name}: {@code StreamHandler}, {@code FileHandler}, {@code handlers.X},
     * {@code logging.X}, {@code logging.handlers.X}, or a fully qualified Java class name.
     *
     * @throws IllegalArgumentException when no such class exists or it is not a {@code type}
     */
    static <T> Class<? extends T> resolve(String name, Class<T> type) {
        String trimmed = name.strip();
        List<String> candidates = new ArrayList<>();
        String bare = trimmed.startsWith("logging.") ? trimmed.substring("logging.".length()) : trimmed;
        if (bare.startsWith("handlers.")) {
            candidates.add("dev.pylogging.handlers." + bare.substring("handlers.".length()));
        } else if (!bare.contains(".")) {
            candidates.add("dev.pylogging." + bare);
            candidates.add("dev.pylogging.handlers." + bare);
        }
        candidates.add(trimmed);
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (loader == null) {
            loader = ComponentFactory.class.getClassLoader();
        }
        for (String candidate : candidates) {
            Class<?> found;
            try {
                found = Class.forName(candidate, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                continue;
            }
            if (!type.isAssignableFrom(found)) {
                throw new IllegalArgumentException("class " + found.getName() + " is not a " + type.getSimpleName());
            }
            if (Modifier.isAbstract(found.getModifiers()) || !Modifier.isPublic(found.getModifiers())) {
                throw new IllegalArgumentException("class " + found.getName() + " cannot be instantiated");
            }
            return found.asSubclass(type);
        }
        throw new IllegalArgumentException("unknown class '" + trimmed + "': expected StreamHandler, FileHandler, "
                + "handlers.<Name> or the full name of a Java " + type.getSimpleName() + " class");
    }

    /**
     * Creates an instance of {@code type} from Python arguments: the constructor whose parameters
     * take the arguments, the fewest extra parameters getting {@code null}, 0 or false.
     *
     * @throws IllegalArgumentException when no constructor fits, or the constructor refuses
     */
    static <T> T create(Class<? extends T> type, List<Object> args) {
        return create(type, args, Map.of());
    }

    /**
     * Creates an instance of {@code type} from Python positional and keyword arguments, as
     * {@code fileConfig}'s {@code args=} and {@code kwargs=} lines give them. A keyword names a
     * constructor parameter as CPython spells it ({@code maxBytes}, {@code backupCount},
     * {@code socktype}); parameters between the positional ones and a keyword get CPython's
     * default for that name where Java has none of its own.
     *
     * @throws IllegalArgumentException when no constructor takes these arguments, naming them
     */
    static <T> T create(Class<? extends T> type, List<Object> args, Map<String, Object> kwargs) {
        List<Constructor<?>> constructors = Arrays.stream(type.getConstructors())
                .filter(c -> c.getParameterCount() >= args.size())
                .sorted(Comparator.comparingInt(Constructor::getParameterCount))
                .toList();
        for (Constructor<?> constructor : constructors) {
            List<Object> all = withKeywords(constructor.getParameters(), args, kwargs);
            if (all == null) {
                continue;
            }
            Object[] converted = convertAll(constructor.getParameters(), all);
            if (converted != null) {
                try {
                    return type.cast(constructor.newInstance(converted));
                } catch (InvocationTargetException e) {
                    Throwable cause = e.getCause();
                    throw new IllegalArgumentException(type.getSimpleName() + shownArgs(args) + " failed: "
                            + cause.getMessage(), cause);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalArgumentException(type.getSimpleName() + shownArgs(args) + " failed: " + e, e);
                }
            }
        }
        if (!kwargs.isEmpty()) {
            checkKeywords(type, args, kwargs);
        }
        String signatures = Arrays.stream(type.getConstructors())
                .map(c -> Arrays.stream(c.getParameters())
                        .map(p -> p.getType().getSimpleName() + " " + p.getName())
                        .collect(Collectors.joining(", ", "(", ")")))
                .collect(Collectors.joining(" or "));
        throw new IllegalArgumentException("no constructor of " + type.getSimpleName() + " takes " + shownArgs(args)
                + (kwargs.isEmpty() ? "" : " with keywords " + kwargs.keySet()) + "; it takes " + signatures);
    }

    /** CPython's defaults for parameters whose Java neutral value (null, 0, false) means something else. */
    private static final Map<String, Object> PYTHON_DEFAULTS = Map.of("interval", 1, "flushLevel", 40,
            "flushOnClose", Boolean.TRUE, "facility", 1);

    /** CPython's names for parameters that Java spells otherwise. */
    private static final Map<String, String> JAVA_NAMES = Map.of("socktype", "socketType", "timeout", "timeoutSeconds");

    /**
     * Lays positional and keyword arguments out along {@code parameters}, or returns null when a
     * keyword names no parameter after the positional ones. Unset parameters before the last one
     * given are {@link #UNSET}.
     */
    private static List<Object> withKeywords(Parameter[] parameters, List<Object> args, Map<String, Object> kwargs) {
        if (kwargs.isEmpty()) {
            return args;
        }
        List<Object> all = new ArrayList<>(args);
        int matched = 0;
        int last = args.size() - 1;
        for (int i = args.size(); i < parameters.length; i++) {
            String name = parameters[i].getName();
            String pythonName = JAVA_NAMES.entrySet().stream().filter(e -> e.getValue().equals(name))
                    .map(Map.Entry::getKey).findFirst().orElse(name);
            if (kwargs.containsKey(pythonName)) {
                all.add(kwargs.get(pythonName));
                matched++;
                last = i;
            } else {
                all.add(UNSET);
            }
        }
        return matched == kwargs.size() ? all.subList(0, last + 1) : null;
    }

    /** Names the keyword CPython would refuse: one that repeats a positional argument or names nothing. */
    private static void checkKeywords(Class<?> type, List<Object> args, Map<String, Object> kwargs) {
        for (String key : kwargs.keySet()) {
            String javaName = JAVA_NAMES.getOrDefault(key, key);
            boolean positional = false;
            boolean known = false;
            for (Constructor<?> c : type.getConstructors()) {
                Parameter[] parameters = c.getParameters();
                for (int i = 0; i < parameters.length; i++) {
                    if (parameters[i].getName().equals(javaName)) {
                        known = true;
                        positional |= i < args.size();
                    }
                }
            }
            if (!known) {
                throw new IllegalArgumentException(type.getSimpleName() + " got an unexpected keyword argument '" + key
                        + "'");
            }
            if (positional) {
                throw new IllegalArgumentException(type.getSimpleName() + " got multiple values for argument '" + key
                        + "'");
            }
        }
    }

    private static String shownArgs(List<Object> args) {
        return new PyLiteral.Tuple(args).toString();
    }

    private static Object[] convertAll(Parameter[] parameters, List<Object> args) {
        Object[] values = new Object[parameters.length];
        for (int i = 0; i < parameters.length; i++) {
            Class<?> type = parameters[i].getType();
            if (i < args.size() && args.get(i) != UNSET) {
                Object value = convert(args.get(i), type);
                if (value == NO_FIT) {
                    return null;
                }
                values[i] = value;
            } else {
                // As CPython: a parameter nobody gave takes its default (interval=1, not 0).
                Object pythonDefault = PYTHON_DEFAULTS.containsKey(parameters[i].getName())
                        ? convert(PYTHON_DEFAULTS.get(parameters[i].getName()), type) : NO_FIT;
                values[i] = pythonDefault != NO_FIT ? pythonDefault : neutral(type);
            }
        }
        return values;
    }

    private static final Object NO_FIT = new Object();
    /**
     * A parameter that neither a positional nor a keyword argument gave: it gets CPython's
     * default, or its neutral value.
     */
    private static final Object UNSET = new Object();

    private static Object neutral(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == int.class) {
            return 0;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == double.class) {
            return 0.0;
        }
        return null;
    }

    /** Converts a parsed Python value to a parameter type, or returns {@link #NO_FIT}. */
    private static Object convert(Object value, Class<?> type) {
        if (value == PyLiteral.NONE || value == null) {
            return type.isPrimitive() ? NO_FIT : null;
        }
        if (type == String.class) {
            if (value instanceof String) {
                return value;
            }
            if (value instanceof PyLiteral.Tuple tuple && tuple.items().size() == 2
                    && tuple.items().get(0) instanceof String host && tuple.items().get(1) instanceof Number port) {
                // Python's (host, port) tuples are host:port strings in Java.
                return host + ":" + port;
            }
            return NO_FIT;
        }
        if (type == int.class || type == Integer.class) {
            return value instanceof Integer ? value : NO_FIT;
        }
        if (type == long.class || type == Long.class) {
            return value instanceof Integer || value instanceof Long ? ((Number) value).longValue() : NO_FIT;
        }
        if (type == double.class || type == Double.class) {
            return value instanceof Number n && !(value instanceof java.math.BigInteger) ? n.doubleValue() : NO_FIT;
        }
        if (type == boolean.class || type == Boolean.class) {
            if (value instanceof Boolean) {
                return value;
            }
            return value instanceof Integer i && (i == 0 || i == 1) ? i == 1 : NO_FIT;
        }
        if (type == OutputStream.class) {
            return value instanceof OutputStream ? value : NO_FIT;
        }
        if (List.class.isAssignableFrom(type) || type == Collection.class) {
            List<Object> items = value instanceof List<?> list ? new ArrayList<>(list)
                    : value instanceof PyLiteral.Tuple tuple ? new ArrayList<>(tuple.items()) : null;
            if (items == null) {
                return value instanceof String s ? List.of(s) : NO_FIT;
            }
            return List.copyOf(items);
        }
        if (type == Map.class) {
            return value instanceof Map ? value : NO_FIT;
        }
        if (type == Object.class) {
            return value;
        }
        return type.isInstance(value) ? value : NO_FIT;
    }
}
