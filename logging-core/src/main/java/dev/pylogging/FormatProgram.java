package dev.pylogging;

import java.nio.charset.StandardCharsets;

/**
 * A record format compiled once into steps, one per literal run or field: what each step does
 * ({@link #kinds}), what it needs ({@link #data}: the literal text, or the field's spec), and each
 * literal in UTF-8 ({@link #utf8}). {@link Formatter} runs it with one loop.
 */
final class FormatProgram {

    static final byte LITERAL = 0;
    static final byte MESSAGE = 1;
    static final byte NAME = 2;
    static final byte LEVELNAME = 3;
    static final byte TIME = 4;
    static final byte TIME_CONVERTED = 5;
    static final byte FIELD = 6;

    /** What each step does: one of the kinds above. */
    final byte[] kinds;
    /** What each step needs: the literal text, or the field's {@link ConversionSpec}. */
    final Object[] data;
    /** Each literal step's text in UTF-8, for lines built straight into bytes; null for fields. */
    final byte[][] utf8;
    /**
     * How many steps at the start depend on nothing but the record's logger name, level name and
     * millisecond (as {@code %(asctime)s - %(name)s - %(levelname)s - } does): their bytes are
     * the same for every such record in a millisecond, and a line keeps them for the next one.
     */
    final int prefixSteps;

    /**
     * Compiles the parts of a checked record format.
     *
     * @param directTime false when a subclass overrides {@code formatTime}: the time is then read
     *     from the record's {@code asctime} as a field
     */
    FormatProgram(PercentFormat compiled, boolean directTime) {
        Object[] parts = compiled.parts();
        this.kinds = new byte[parts.length];
        this.data = parts.clone();
        this.utf8 = new byte[parts.length][];
        for (int i = 0; i < parts.length; i++) {
            kinds[i] = kindOf(parts[i], directTime);
            if (parts[i] instanceof String literal) {
                utf8[i] = literal.getBytes(StandardCharsets.UTF_8);
            }
        }
        int prefix = 0;
        boolean fields = false;
        while (prefix < kinds.length && isPrefixKind(kinds[prefix])) {
            fields |= kinds[prefix] != LITERAL;
            prefix++;
        }
        // Literal text alone is one copy already: keeping it would cost more than it saves.
        this.prefixSteps = fields ? prefix : 0;
    }

    /** Whether a step's text depends on nothing but the record's logger, level and millisecond. */
    private static boolean isPrefixKind(byte kind) {
        return kind == LITERAL || kind == NAME || kind == LEVELNAME || kind == TIME;
    }

    /**
     * Classifies literal text or a field. The common plain fields append without converting; the
     * time is rendered from the per-second cache unless {@code formatTime} is overridden, in
     * which case the record's {@code asctime} (set by the caller) is read as a field. One switch
     * over these kinds, rather than a call through an interface per step, keeps the call site
     * monomorphic.
     */
    private static byte kindOf(Object part, boolean directTime) {
        if (part instanceof String) {
            return LITERAL;
        }
        ConversionSpec spec = (ConversionSpec) part;
        boolean plain = spec.isPlainString();
        if (spec.key.equals("asctime") && directTime) {
            return plain ? TIME : TIME_CONVERTED;
        }
        if (plain) {
            switch (spec.key) {
                case "message":
                    return MESSAGE;
                case "name":
                    return NAME;
                case "levelname":
                    return LEVELNAME;
                default:
                    break;
            }
        }
        return FIELD;
    }
}
