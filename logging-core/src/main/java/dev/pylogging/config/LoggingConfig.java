package dev.pylogging.config;

import dev.pylogging.DeferredOpening;
import dev.pylogging.Formatter;
import dev.pylogging.Handler;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The functions of Python's {@code logging.config}: {@code fileConfig} reads the INI
 * format; {@code listen} starts a server that applies configurations sent to it.
 */
public final class LoggingConfig {

    /** The port {@link #listen()} uses when none is given, as in CPython. */
    public static final int DEFAULT_LOGGING_CONFIG_PORT = 9030;

    private static final Object LOCK = new Object();
    private static ConfigListener listener;

    private LoggingConfig() {
    }

    /**
     * Applies the configuration in {@code file}, disabling existing loggers it does not name.
     *
     * @throws ConfigException naming the file, section, key and value when the configuration is
     *     wrong; the running configuration is then left as it was
     * @throws UncheckedIOException when the file cannot be read
     */
    public static void fileConfig(Path file) {
        fileConfig(file, Map.of(), true);
    }

    /**
     * Applies the configuration in {@code file}, with {@code defaults} for {@code %(name)s}.
     *
     * @param file the INI file
     * @param defaults values that every section sees, as ConfigParser's defaults
     * @throws ConfigException when the configuration is wrong; the running one is then kept
     */
    public static void fileConfig(Path file, Map<String, String> defaults) {
        fileConfig(file, defaults, true);
    }

    /**
     * Applies the configuration in {@code file}.
     *
     * @param file the INI file
     * @param defaults values that every section sees, as ConfigParser's defaults
     * @param disableExistingLoggers true to disable existing loggers the file does not name (nor
     *     any ancestor of them)
     * @throws ConfigException when the configuration is wrong; the running one is then kept
     */
    public static void fileConfig(Path file, Map<String, String> defaults, boolean disableExistingLoggers) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            fileConfig(reader, file.toString(), defaults, disableExistingLoggers);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read logging configuration " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Applies the configuration read from {@code reader}.
     *
     * @param reader the INI text
     * @param defaults values that every section sees
     * @throws ConfigException when the configuration is wrong; the running one is then kept
     */
    public static void fileConfig(Reader reader, Map<String, String> defaults) {
        fileConfig(reader, "<configuration>", defaults, true);
    }

    /**
     * Applies the configuration read from {@code reader}.
     *
     * @param reader the INI text
     * @param sourceName what to call it in error messages, such as a file name
     * @param defaults values that every section sees
     * @param disableExistingLoggers true to disable existing loggers it does not name
     * @throws ConfigException when the configuration is wrong; the running one is then kept
     */
    public static void fileConfig(Reader reader, String sourceName, Map<String, String> defaults,
                                  boolean disableExistingLoggers) {
        readFileConfig(reader, sourceName, defaults, disableExistingLoggers).apply();
    }

    /**
     * Reads, builds and checks a {@code fileConfig} file without applying it, so that more can be
     * added to it (the Spring Boot starter layers its properties over a {@code config-file}).
     * Its file handlers have checked their files but open them only in
     * {@link Configuration#apply()}; {@link Configuration#discard()} a configuration not applied.
     *
     * @param reader the INI text
     * @param sourceName what to call it in error messages, such as a file name
     * @param defaults values that every section sees
     * @param disableExistingLoggers true to disable existing loggers it does not name
     * @throws ConfigException when the configuration is wrong
     */
    public static Configuration readFileConfig(Reader reader, String sourceName, Map<String, String> defaults,
                                               boolean disableExistingLoggers) {
        IniFile ini = IniFile.read(reader, sourceName, defaults == null ? Map.of() : defaults);
        // Files are checked now and opened only when the whole configuration is applied.
        try (DeferredOpening scope = DeferredOpening.begin()) {
            return new FileConfigurator(ini, disableExistingLoggers).build();
        }
    }

    /** Factories a dictConfig's {@code '()'} key may name, by name. */
    private static final Map<String, java.util.function.Function<Map<String, Object>, Object>> FACTORIES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Applies a configuration dictionary, as CPython 3.11's {@code logging.config.dictConfig}:
     * keys spelled as CPython spells them ({@code maxBytes}, {@code backupCount},
     * {@code disable_existing_loggers}, {@code ()}, {@code ext://sys.stdout}). A full
     * configuration is built and checked, files included, before it replaces the running one;
     * {@code incremental: true} changes only levels.
     *
     * @param config the dictionary, such as JSON or YAML gives it
     * @throws ConfigException naming the path in the dictionary, the value and what is expected;
     *     nothing is changed then
     */
    public static void dictConfig(Map<String, ?> config) {
        if (config == null) {
            throw new ConfigException("a logging configuration dictionary is needed, not null");
        }
        synchronized (LoggingConfig.class) {
            new DictConfigurator(config, FACTORIES).configure();
        }
    }

    /**
     * Applies a configuration dictionary read from a JSON file, or a YAML file when its name ends
     * in {@code .yaml} or {@code .yml} (which needs {@code org.yaml:snakeyaml} on the class path).
     *
     * @param file the file
     * @throws ConfigException naming the file and the line of a syntax error, or the path of a bad value
     * @throws UncheckedIOException when the file cannot be read
     */
    public static void dictConfig(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read logging configuration " + file + ": " + e.getMessage(), e);
        }
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        Object parsed = name.endsWith(".yaml") || name.endsWith(".yml") ? Yaml.parse(file.toString(), text)
                : json(file.toString(), text);
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ConfigException(file + ": the configuration is not a mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> config = (Map<String, ?>) map;
        try {
            dictConfig(config);
        } catch (ConfigException e) {
            throw new ConfigException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads, builds and checks a dictConfig file without applying it, so that more can be layered
     * on it (the Spring Boot starter's {@code config-file}): YAML when {@code sourceName} ends in
     * {@code .yaml} or {@code .yml}, else JSON. Apply or discard the result.
     *
     * @param reader the text
     * @param sourceName the file's name, for its format and for messages
     * @throws ConfigException naming the line of a syntax error or the path of a bad value
     * @throws UncheckedIOException when the text cannot be read
     */
    public static Configuration readDictConfig(Reader reader, String sourceName) {
        String text;
        try {
            text = new String(readAll(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read logging configuration " + sourceName + ": " + e.getMessage(), e);
        }
        String lower = sourceName.toLowerCase(java.util.Locale.ROOT);
        Object parsed = lower.endsWith(".yaml") || lower.endsWith(".yml") ? Yaml.parse(sourceName, text)
                : json(sourceName, text);
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new ConfigException(sourceName + ": the configuration is not a mapping");
        }
        @SuppressWarnings("unchecked")
        Map<String, ?> config = (Map<String, ?>) map;
        try {
            return new DictConfigurator(config, FACTORIES).buildConfiguration();
        } catch (ConfigException e) {
            throw new ConfigException(sourceName + ": " + e.getMessage(), e);
        }
    }

    private static char[] readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = reader.read(buffer)) >= 0; ) {
            out.append(buffer, 0, n);
        }
        char[] all = new char[out.length()];
        out.getChars(0, out.length(), all, 0);
        return all;
    }

    /** Parses JSON, naming the source and line of a syntax error. */
    static Object json(String source, String text) {
        try {
            return JsonReader.parse(text);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Registers a factory that a dictConfig's {@code '()'} key may name: it receives the other
     * keys of that entry and returns a {@code Handler}, {@code Formatter} or filter. Nothing
     * else a configuration names is ever made.
     *
     * @param name the name configurations use, such as {@code myapp.JsonFormatter}
     * @param factory makes the object from the entry's keys
     */
    public static void registerFactory(String name, java.util.function.Function<Map<String, Object>, Object> factory) {
        FACTORIES.put(name, factory);
    }

    /**
     * Resolves a configuration's {@code class} as {@code fileConfig} does: {@code StreamHandler},
     * {@code FileHandler}, {@code handlers.X}, or the full name of a Java class. The class is not
     * initialised unless it is a {@code type}.
     *
     * @param className the name
     * @param type {@code Handler.class} or {@code Formatter.class}
     * @throws IllegalArgumentException naming the class when it is unknown or not a {@code type}
     */
    public static <T> Class<? extends T> resolveClass(String className, Class<T> type) {
        return ComponentFactory.resolve(className, type);
    }

    /**
     * Creates a handler as a {@code fileConfig} section does, from its {@code class} and
     * {@code args} (a Python literal tuple, never evaluated).
     *
     * @param className the handler's class, as {@link #resolveClass} takes it
     * @param args the constructor's arguments, such as {@code ('app.log', 'a')}; blank for none
     * @throws IllegalArgumentException naming the class or the arguments when either is wrong
     */
    public static Handler newHandler(String className, String args) {
        Class<? extends Handler> type = ComponentFactory.resolve(className, Handler.class);
        String text = args == null || args.isBlank() ? "()" : args;
        Object parsed = PyLiteral.parse(text);
        List<Object> values;
        if (parsed instanceof PyLiteral.Tuple tuple) {
            values = tuple.items();
        } else if (parsed instanceof List<?> list) {
            values = new ArrayList<>(list);
        } else {
            throw new IllegalArgumentException("args must be a tuple, such as ('app.log', 'a'), not " + text);
        }
        return ComponentFactory.create(type, values);
    }

    /**
     * Creates a formatter of {@code className} (a {@code Formatter} subclass, or {@code null} for
     * {@code Formatter} itself) from a format and a date format.
     *
     * @param className the class, or {@code null}
     * @param format the format, or {@code null} for {@code %(message)s}
     * @param datefmt the date format, or {@code null} for ISO 8601
     * @throws IllegalArgumentException naming the class or the format when either is wrong
     */
    public static Formatter newFormatter(String className, String format, String datefmt) {
        Class<? extends Formatter> type = className == null || className.isBlank() ? Formatter.class
                : ComponentFactory.resolve(className, Formatter.class);
        return ComponentFactory.create(type, Arrays.asList(format, datefmt));
    }

    /**
     * Returns a server for new configurations on {@link #DEFAULT_LOGGING_CONFIG_PORT} of the
     * loopback interface; call {@code start()} on it.
     */
    public static ConfigListener listen() {
        return listen(DEFAULT_LOGGING_CONFIG_PORT);
    }

    /**
     * Returns a server for new configurations on {@code port} (0 for any free port) of the
     * loopback interface; call {@code start()} on it, {@link #stopListening()} to stop it.
     *
     * @param port the TCP port
     */
    public static ConfigListener listen(int port) {
        return listen(ConfigListener.builder().port(port));
    }

    /**
     * Returns a server for new configurations, set up by {@code builder} (bind address, size
     * limit, verifier); call {@code start()} on it, {@link #stopListening()} to stop it.
     *
     * @param builder the server's settings
     */
    public static ConfigListener listen(ConfigListener.Builder builder) {
        ConfigListener created = builder.build();
        synchronized (LOCK) {
            listener = created;
        }
        return created;
    }

    /** Stops the server that the last {@code listen} call returned, if any. */
    public static void stopListening() {
        ConfigListener current;
        synchronized (LOCK) {
            current = listener;
            listener = null;
        }
        if (current != null) {
            current.stopListening();
        }
    }
}
