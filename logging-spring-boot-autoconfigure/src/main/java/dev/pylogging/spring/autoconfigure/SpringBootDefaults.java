package dev.pylogging.spring.autoconfigure;

import dev.pylogging.Formatter;
import dev.pylogging.Handler;
import dev.pylogging.JsonFormatter;
import dev.pylogging.Level;
import dev.pylogging.StreamHandler;
import dev.pylogging.handlers.RotatingFileHandler;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.logging.LogFile;
import org.springframework.core.env.Environment;

/**
 * The console and file handlers Spring Boot's own logging would make, built from its
 * {@code logging.*} keys: {@code logging.pattern.console}/{@code .file} (pylogging {@code %(...)s}
 * formats), {@code logging.pattern.dateformat}, {@code logging.threshold.*},
 * {@code logging.charset.*}, {@code logging.console.enabled}, and the file of
 * {@code logging.file.name}/{@code .path}, rolled at 10 MB with 7 backups as Spring Boot does.
 * Both escape control characters in record values ({@code pylogging.escape-control-characters},
 * on unless set false), and the console colours levels as {@code spring.output.ansi.enabled} says.
 */
final class SpringBootDefaults {

    /** Spring Boot's default layout in pylogging's syntax: ISO time, level, pid, thread, logger, message. */
    static final String DEFAULT_PATTERN =
            "%(asctime)s.%(msecs)03d %(levelname)5s %(process)d --- [%(threadName)15.15s] %(name)-40.40s : %(message)s";
    static final String DEFAULT_DATEFORMAT = "%Y-%m-%dT%H:%M:%S";
    private static final long MAX_FILE_BYTES = 10L * 1024 * 1024;
    private static final int MAX_HISTORY = 7;

    private SpringBootDefaults() {
    }

    /**
     * Returns the handlers Spring Boot's keys ask for, checked: a bad pattern, threshold or charset
     * is refused naming its key.
     *
     * @throws InvalidPyLoggingPropertyException naming the key, the value and the fix
     */
    static List<Handler> handlers(Environment env, LogFile logFile) {
        List<Handler> handlers = new ArrayList<>();
        String datefmt = env.getProperty("logging.pattern.dateformat", DEFAULT_DATEFORMAT);
        if (env.getProperty("logging.console.enabled", Boolean.class, true)) {
            StreamHandler console = new StreamHandler(System.out);
            console.setName("console");
            configure(console, env, "console", datefmt);
            handlers.add(console);
        }
        if (logFile != null) {
            Path path = Path.of(logFile.toString()).toAbsolutePath();
            try {
                if (path.getParent() != null) {
                    Files.createDirectories(path.getParent());
                }
                RotatingFileHandler file = new RotatingFileHandler(path.toString(), "a", MAX_FILE_BYTES, MAX_HISTORY,
                        null, false);
                file.setName("file");
                configure(file, env, "file", datefmt);
                handlers.add(file);
            } catch (UncheckedIOException | java.io.IOException e) {
                handlers.forEach(Handler::close);
                throw new InvalidPyLoggingPropertyException("logging.file.name", logFile, "cannot open the log file: "
                        + e.getMessage(), "Choose a file this process can create and write.", e);
            }
        }
        return handlers;
    }

    /**
     * Returns the JSON formatter of {@code logging.structured.format.*} ({@code ecs},
     * {@code logstash} or {@code gelf}), with {@code logging.structured.ecs.service.*} (the name
     * defaulting to {@code spring.application.name}) and GELF's {@code logging.structured.gelf.host}.
     */
    private static JsonFormatter structured(Environment env, String which, String layout) {
        String key = "logging.structured.format." + which;
        if (!List.of("ecs", "logstash", "gelf").contains(layout.strip().toLowerCase(java.util.Locale.ROOT))) {
            throw new InvalidPyLoggingPropertyException(key, layout, "not a structured format pylogging writes",
                    "Use ecs, logstash or gelf.", null);
        }
        JsonFormatter json = new JsonFormatter(layout.strip());
        String name = env.getProperty("logging.structured.ecs.service.name", env.getProperty("spring.application.name"));
        String node = env.getProperty("logging.structured.ecs.service.node-name",
                env.getProperty("logging.structured.gelf.host", name));
        json.setService(name, env.getProperty("logging.structured.ecs.service.version",
                env.getProperty("spring.application.version")), env.getProperty("logging.structured.ecs.service.environment"),
                node);
        return json;
    }

    /**
     * Returns whether the console gets colours, as Spring Boot's {@code spring.output.ansi.enabled}
     * says: {@code always}, {@code never}, or {@code detect} (the default): when the JVM has a
     * terminal and {@code TERM} is not {@code dumb}.
     */
    static boolean ansi(Environment env) {
        String mode = env.getProperty("spring.output.ansi.enabled", "detect").strip().toLowerCase(java.util.Locale.ROOT);
        return switch (mode) {
            case "always" -> true;
            case "never" -> false;
            default -> System.console() != null && !"dumb".equals(System.getenv("TERM"));
        };
    }

    private static void configure(StreamHandler handler, Environment env, String which, String datefmt) {
        String patternKey = "logging.pattern." + which;
        String pattern = env.getProperty(patternKey, DEFAULT_PATTERN);
        String structured = env.getProperty("logging.structured.format." + which);
        if (structured != null && !structured.isBlank()) {
            handler.setFormatter(structured(env, which, structured));
        }
        try {
            Formatter formatter = structured != null && !structured.isBlank() ? null : new Formatter(pattern, datefmt);
            // A forged message must not start a fake line in what operators read.
            if (formatter != null) {
                formatter.setEscapeControlCharacters(env.getProperty("pylogging.escape-control-characters",
                        Boolean.class, true));
                formatter.setColorLevels(which.equals("console") && ansi(env));
                handler.setFormatter(formatter);
            }
        } catch (IllegalArgumentException e) {
            throw new InvalidPyLoggingPropertyException(patternKey, pattern, "not a pylogging format: " + e.getMessage(),
                    "Write it with %(name)s-style fields, such as \"" + DEFAULT_PATTERN + "\".", e);
        }
        String thresholdKey = "logging.threshold." + which;
        String threshold = env.getProperty(thresholdKey);
        if (threshold != null && !threshold.isBlank()) {
            handler.setLevel(threshold.equalsIgnoreCase("off") ? Integer.MAX_VALUE
                    : threshold.equalsIgnoreCase("trace") ? 5 : Levels.parse(thresholdKey, threshold));
        } else {
            handler.setLevel(Level.NOTSET);
        }
        String charsetKey = "logging.charset." + which;
        String charset = env.getProperty(charsetKey);
        if (charset != null && !charset.isBlank()) {
            try {
                handler.setEncoding(Charset.forName(charset));
            } catch (IllegalArgumentException e) {
                throw new InvalidPyLoggingPropertyException(charsetKey, charset, "unknown charset",
                        "Use a charset name such as UTF-8 or ISO-8859-1.", e);
            }
        }
    }
}
