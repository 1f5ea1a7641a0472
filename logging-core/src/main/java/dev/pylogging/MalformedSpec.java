package dev.pylogging;

import java.util.Map;

/**
 * A malformed spec, kept in place of it: CPython reports it only when formatting reaches it,
 * after any mapping check or key lookup of the same spec.
 */
final class MalformedSpec extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String message;
    final String key;
    final boolean keyIncomplete;

    MalformedSpec(String message, String key, boolean keyIncomplete) {
        super(message, null, false, false);
        this.message = message;
        this.key = key;
        this.keyIncomplete = keyIncomplete;
    }

    PercentFormatException raise(Map<?, ?> dict) {
        if (key != null || keyIncomplete) {
            if (dict == null) {
                return new PercentFormatException("format requires a mapping");
            }
            if (key != null && !dict.containsKey(key)) {
                return new PercentFormatException("KeyError: '" + key + "'");
            }
        }
        return new PercentFormatException(message);
    }
}
