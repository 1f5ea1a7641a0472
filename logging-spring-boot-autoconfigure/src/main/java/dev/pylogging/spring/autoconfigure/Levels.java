package dev.pylogging.spring.autoconfigure;

import dev.pylogging.Logging;
import java.util.List;

/** Level names in properties, read as {@code fileConfig} reads them. */
final class Levels {

    /** What to do about an unknown level. */
    static final String ACTION = "Use DEBUG, INFO, WARNING, ERROR, CRITICAL, NOTSET, a name added under "
            + "pylogging.level-names, or a number.";

    private Levels() {
    }

    /**
     * Returns the level named {@code value}.
     *
     * @throws InvalidPyLoggingPropertyException naming {@code property} when it is not a level
     */
    static int parse(String property, String value) {
        try {
            return Logging.levelForName(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidPyLoggingPropertyException(property, value, e.getMessage(), ACTION
                    + Suggestions.didYouMean(value, List.of("DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL", "NOTSET")),
                    e);
        }
    }
}
