package dev.pylogging;

import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a {@code %} format: scans it into literal runs and {@link ConversionSpec}s, stopping
 * at the first malformed spec, which is kept in its place as a {@link MalformedSpec}.
 */
final class PercentParser {

    private final String format;
    private final List<Object> parts = new ArrayList<>();
    private final StringBuilder literal = new StringBuilder();
    private int specs;
    private long fieldTotal;
    /** True while no spec uses a mapping key or {@code *}. */
    private boolean simple = true;
    private boolean usesKeys;
    private int i;

    private PercentParser(String format) {
        this.format = format;
    }

    /** Compiles {@code format}; a malformed spec ends the program with its error. */
    static PercentFormat parse(String format) {
        PercentParser parser = new PercentParser(format);
        try {
            parser.run();
        } catch (MalformedSpec error) {
            parser.flushLiteral();
            parser.parts.add(error);
        }
        return new PercentFormat(format, parser.parts.toArray(), parser.specs, parser.simple, parser.usesKeys);
    }

    private void flushLiteral() {
        if (literal.length() > 0) {
            parts.add(literal.toString());
            literal.setLength(0);
        }
    }

    private boolean at(char c) {
        return i < format.length() && format.charAt(i) == c;
    }

    private void run() {
        int n = format.length();
        while (i < n) {
            char c = format.charAt(i++);
            if (c != '%') {
                literal.append(c);
                continue;
            }
            if (i >= n) {
                throw new MalformedSpec("incomplete format", null, false);
            }
            if (at('%')) {
                literal.append('%');
                i++;
                continue;
            }
            String key = at('(') ? key() : null;
            int flags = flags();
            int width = count("width", key);
            int precision = ConversionSpec.NONE;
            if (at('.')) {
                i++;
                precision = count("precision", key);
                if (precision == ConversionSpec.NONE) {
                    precision = 0;
                }
            }
            if (i < n && isLengthModifier(format.charAt(i))) {
                i++;
            }
            if (i >= n) {
                throw new MalformedSpec("incomplete format", key, false);
            }
            char conversion = format.charAt(i);
            if ("sradiufFeEgGxXoc".indexOf(conversion) < 0) {
                throw new MalformedSpec(String.format("unsupported format character '%s' (0x%x) at index %d",
                        conversion, (int) conversion, i), key, false);
            }
            i++;
            flushLiteral();
            parts.add(new ConversionSpec(key, flags, width, precision, conversion));
            specs++;
        }
        flushLiteral();
    }

    /** Reads {@code (key)}, with nested parentheses, as CPython does. */
    private String key() {
        simple = false;
        usesKeys = true;
        int depth = 1;
        int start = ++i;
        while (i < format.length() && depth > 0) {
            char k = format.charAt(i++);
            if (k == '(') {
                depth++;
            } else if (k == ')') {
                depth--;
            }
        }
        if (depth > 0) {
            throw new MalformedSpec("incomplete format key", null, true);
        }
        return format.substring(start, i - 1);
    }

    private int flags() {
        int flags = 0;
        while (i < format.length()) {
            switch (format.charAt(i)) {
                case '-' -> flags |= ConversionSpec.LEFT;
                case '+' -> flags |= ConversionSpec.SIGN;
                case ' ' -> flags |= ConversionSpec.BLANK;
                case '#' -> flags |= ConversionSpec.ALT;
                case '0' -> flags |= ConversionSpec.ZERO;
                default -> {
                    return flags;
                }
            }
            i++;
        }
        return flags;
    }

    /** Reads a width or precision: {@code *}, digits, or nothing ({@link ConversionSpec#NONE}). */
    private int count(String what, String key) {
        if (at('*')) {
            i++;
            simple = false;
            return ConversionSpec.STAR;
        }
        int start = i;
        while (i < format.length() && isDigit(format.charAt(i))) {
            i++;
        }
        if (i == start) {
            return ConversionSpec.NONE;
        }
        if (i - start > 9 || Integer.parseInt(format, start, i, 10) > PercentFormat.MAX_FIELD_WIDTH) {
            throw new MalformedSpec(what + " too big: " + format.substring(start, i) + " is over the limit of "
                    + PercentFormat.MAX_FIELD_WIDTH, key, false);
        }
        int value = Integer.parseInt(format, start, i, 10);
        fieldTotal += value;
        if (fieldTotal > PercentFormat.MAX_TOTAL_WIDTH) {
            throw new MalformedSpec("widths and precisions add up to more than " + PercentFormat.MAX_TOTAL_WIDTH, key,
                    false);
        }
        return value;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLengthModifier(char c) {
        return c == 'h' || c == 'l' || c == 'L';
    }
}
