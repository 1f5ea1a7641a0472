package dev.pylogging.config;

import dev.pylogging.Logging;
import dev.pylogging.handlers.SysLogHandler;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names a configuration's {@code args} may use, as CPython evaluates them in the
 * {@code logging} namespace: {@code sys.stdout}, {@code sys.stderr}, level names, and the
 * constants of {@code logging.handlers}. Nothing else is looked up, and nothing is evaluated.
 */
final class ConfigNames {

    private static final Map<String, Object> CONSTANTS = new LinkedHashMap<>();

    static {
        CONSTANTS.put("DEFAULT_TCP_LOGGING_PORT", 9020);
        CONSTANTS.put("DEFAULT_UDP_LOGGING_PORT", 9021);
        CONSTANTS.put("DEFAULT_HTTP_LOGGING_PORT", 9022);
        CONSTANTS.put("DEFAULT_SOAP_LOGGING_PORT", 9023);
        CONSTANTS.put("SYSLOG_UDP_PORT", 514);
        CONSTANTS.put("SYSLOG_TCP_PORT", 514);
        // The handler's own constants, so the two can never disagree.
        for (Field field : SysLogHandler.class.getFields()) {
            if (field.getName().startsWith("LOG_") && field.getType() == int.class
                    && Modifier.isStatic(field.getModifiers())) {
                try {
                    CONSTANTS.put("SysLogHandler." + field.getName(), field.getInt(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
    }

    private ConfigNames() {
    }

    /** Returns the value of a dotted name, or empty when it is not one of the allowed names. */
    static Optional<Object> resolve(String name) {
        switch (name) {
            case "None":
                return Optional.of(PyLiteral.NONE);
            case "True":
                return Optional.of(Boolean.TRUE);
            case "False":
                return Optional.of(Boolean.FALSE);
            case "sys.stdout":
                return Optional.of(System.out);
            case "sys.stderr":
                return Optional.of(System.err);
            case "logging.config.DEFAULT_LOGGING_CONFIG_PORT", "DEFAULT_LOGGING_CONFIG_PORT":
                return Optional.of(LoggingConfig.DEFAULT_LOGGING_CONFIG_PORT);
            default:
                break;
        }
        String bare = name.startsWith("logging.") ? name.substring("logging.".length()) : name;
        String handlerName = bare.startsWith("handlers.") ? bare.substring("handlers.".length()) : null;
        if (handlerName != null && CONSTANTS.containsKey(handlerName)) {
            return Optional.of(CONSTANTS.get(handlerName));
        }
        if (bare.chars().allMatch(c -> Character.isUpperCase(c) || c == '_' || Character.isDigit(c)) && !bare.isEmpty()) {
            try {
                return Optional.of(Logging.levelForName(bare));
            } catch (IllegalArgumentException notALevel) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Describes the allowed names, for error messages. */
    static String describe() {
        return "literals (strings, numbers, tuples, lists, dicts, None, True, False), sys.stdout, sys.stderr, "
                + "level names such as ERROR, and handlers constants such as handlers.DEFAULT_TCP_LOGGING_PORT "
                + "or handlers.SysLogHandler.LOG_USER";
    }
}
