package dev.pylogging;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Python's printf-style {@code %} operator, compiled once per format string.
 *
 * <p>Supports the conversions {@code s r a d i u f F e E g G x X o c %}, the flags
 * {@code - + space # 0}, width and precision (literal or {@code *}), the ignored length modifiers
 * {@code h l L}, and {@code %(key)s} mapping keys. Errors carry CPython's wording. {@code %s}
 * renders with {@link String#valueOf(Object)}; {@code %r} renders Python's {@code repr()} of the
 * equivalent Python value.
 *
 * <p>Widths and precisions, written in the format or taken from {@code *}, are bounded by
 * {@link #MAX_FIELD_WIDTH}: CPython pads to any width it can allocate, but a width from a
 * received record or an argument must not let one call fill the heap, so a larger one is a
 * formatting error ({@code width too big}, {@code precision too big}) that reaches
 * {@link Handler#handleError} like any other. So is a format whose widths and precisions add up
 * to more than {@link #MAX_TOTAL_WIDTH}, which many bounded specs would otherwise reach.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PercentFormat {

    /** The largest width or precision a spec may ask for: 65,536 characters. */
    public static final int MAX_FIELD_WIDTH = 65_536;

    /** The largest sum of the widths and precisions of one format's specs: 1,048,576 characters. */
    public static final int MAX_TOTAL_WIDTH = 1 << 20;

    private static final int CACHE_LIMIT = 4096;
    private static final ConcurrentHashMap<String, PercentFormat> CACHE = new ConcurrentHashMap<>();

    private final String source;
    private final Object[] parts;
    private final int specCount;
    /** True when no spec uses a mapping key or {@code *}: positional arguments map one to one. */
    private final boolean simple;
    private final boolean usesKeys;
    /**
     * For a simple, well-formed format, what {@link #appendUtf8} does per part: a literal run's
     * length in {@link #literalUtf8}, or one of the {@code UTF8_*} spec kinds; null otherwise.
     */
    private final int[] utf8Plan;
    /** Every literal run of {@link #utf8Plan}'s format in UTF-8, one after another in one array. */
    private final byte[] literalUtf8;

    private static final int UTF8_STRING = -1;
    private static final int UTF8_DECIMAL = -2;
    private static final int UTF8_OTHER = -3;

    private PercentFormat(String source, Object[] parts, int specCount, boolean simple, boolean usesKeys) {
        this.source = source;
        this.parts = parts;
        this.specCount = specCount;
        this.simple = simple;
        this.usesKeys = usesKeys;
        boolean planned = simple && (parts.length == 0 || !(parts[parts.length - 1] instanceof ParseError))
                && Utf8Line.canPreEncode(source);
        this.utf8Plan = planned ? new int[parts.length] : null;
        ByteArrayOutputStream literals = planned ? new ByteArrayOutputStream() : null;
        for (int i = 0; planned && i < parts.length; i++) {
            if (parts[i] instanceof String literal) {
                // Each run on its own: runs joined first could pair surrogates that the specs keep apart.
                byte[] utf8 = literal.getBytes(StandardCharsets.UTF_8);
                utf8Plan[i] = utf8.length;
                literals.writeBytes(utf8);
            } else {
                Spec spec = (Spec) parts[i];
                utf8Plan[i] = spec.isPlainString() && spec.flags == 0 ? UTF8_STRING
                        : spec.isPlainDecimal() ? UTF8_DECIMAL : UTF8_OTHER;
            }
        }
        this.literalUtf8 = planned ? literals.toByteArray() : null;
    }

    /**
     * Returns the compiled form of {@code format}, parsing it only the first time it is seen.
     * A malformed format compiles too: as in CPython, its error is raised when formatting reaches
     * it (see {@link #error()}).
     */
    public static PercentFormat compile(String format) {
        PercentFormat compiled = CACHE.get(format);
        if (compiled == null) {
            compiled = parse(format);
            // A bounded cache: messages built by concatenation must not grow memory without end.
            if (CACHE.size() < CACHE_LIMIT) {
                CACHE.putIfAbsent(format, compiled);
            }
        }
        return compiled;
    }

    /**
     * Applies {@code format % args}, with {@code args} as a Python tuple.
     *
     * @throws PercentFormatException if the format is malformed or does not fit the arguments
     */
    public static String format(String format, Object... args) {
        StringBuilder out = new StringBuilder(format.length() + 16);
        compile(format).appendTo(out, args);
        return out.toString();
    }

    /**
     * Applies {@code format % mapping}: {@code %(key)s} specs look their values up in the map.
     *
     * @throws PercentFormatException if the format is malformed, a key is missing, or a
     *     conversion does not fit its value
     */
    public static String formatMapping(String format, Map<String, ?> mapping) {
        StringBuilder out = new StringBuilder(format.length() + 16);
        compile(format).appendMappingTo(out, mapping);
        return out.toString();
    }

    /** Returns the format string this was compiled from. */
    public String source() {
        return source;
    }

    /** Returns the error of a malformed format, in CPython's words, or {@code null} when it is well formed. */
    public String error() {
        return parts.length > 0 && parts[parts.length - 1] instanceof ParseError e ? e.message : null;
    }

    /** Returns true when some spec names a mapping key ({@code %(key)s}). */
    public boolean usesKeys() {
        return usesKeys;
    }

    /** Returns the specs of this format, in order, without the literal text between them. */
    List<Spec> specs() {
        List<Spec> specs = new ArrayList<>(specCount);
        for (Object part : parts) {
            if (part instanceof Spec spec) {
                specs.add(spec);
            }
        }
        return specs;
    }

    /** Returns the literal text and specs of this format, in order. */
    Object[] parts() {
        return parts.clone();
    }

    /**
     * Appends {@code this % args} to {@code out}, {@code args} being a Python tuple.
     *
     * @throws PercentFormatException if the format does not fit the arguments
     */
    public void appendTo(StringBuilder out, Object[] args) {
        if (simple) {
            int next = 0;
            for (Object part : parts) {
                if (part instanceof String literal) {
                    out.append(literal);
                } else if (part instanceof Spec spec) {
                    if (next >= args.length) {
                        throw notEnoughArguments();
                    }
                    spec.append(out, args[next++]);
                } else {
                    throw new PercentFormatException(((ParseError) part).message);
                }
            }
            if (next < args.length) {
                throw tooManyArguments();
            }
        } else {
            appendGeneral(out, args, args.length, 0, null);
        }
    }

    /**
     * Appends {@code this % args} to {@code line} in UTF-8, {@code args} being a Python tuple:
     * the same text as {@link #appendTo}, without building it as chars first. Literal text comes
     * pre-encoded, a plain {@code %s} or {@code %d} is encoded as it is converted, and any other
     * spec is converted in {@code scratch} first.
     *
     * @throws PercentFormatException if the format does not fit the arguments
     */
    void appendUtf8(Utf8Line line, Object[] args, StringBuilder scratch) {
        int[] plan = utf8Plan;
        if (plan == null) {
            scratch.setLength(0);
            appendTo(scratch, args);
            line.append(scratch);
            return;
        }
        byte[] literals = literalUtf8;
        int offset = 0;
        int next = 0;
        for (int i = 0; i < plan.length; i++) {
            int step = plan[i];
            if (step >= 0) {
                line.append(literals, offset, step);
                offset += step;
                continue;
            }
            if (next >= args.length) {
                throw notEnoughArguments();
            }
            Object value = args[next++];
            if (step == UTF8_STRING) {
                line.append(Spec.str(value));
            } else if (step == UTF8_DECIMAL && (value instanceof Integer || value instanceof Long)) {
                line.appendDecimal(((Number) value).longValue());
            } else {
                scratch.setLength(0);
                ((Spec) parts[i]).append(scratch, value);
                line.append(scratch);
            }
        }
        if (next < args.length) {
            throw tooManyArguments();
        }
    }

    /**
     * Appends {@code this % mapping} to {@code out}: the mapping is a single, non-tuple operand.
     *
     * @throws PercentFormatException if a key is missing or a conversion does not fit
     */
    public void appendMappingTo(StringBuilder out, Map<?, ?> mapping) {
        appendGeneral(out, mapping, -1, -2, mapping);
    }

    /**
     * CPython's general algorithm: {@code arglen} is -1 for a single non-tuple operand, which can
     * be consumed once; a mapping key rebinds the operand to the key's value.
     */
    private void appendGeneral(StringBuilder out, Object args, int arglen, int argidx, Map<?, ?> dict) {
        long starTotal = 0;
        for (Object part : parts) {
            if (part instanceof String literal) {
                out.append(literal);
                continue;
            }
            if (part instanceof ParseError error) {
                throw error.raise(dict);
            }
            Spec spec = (Spec) part;
            if (spec.key != null) {
                if (dict == null) {
                    throw new PercentFormatException("format requires a mapping");
                }
                if (!dict.containsKey(spec.key)) {
                    throw new PercentFormatException("KeyError: '" + spec.key + "'");
                }
                args = dict.get(spec.key);
                arglen = -1;
                argidx = -2;
            }
            int width = spec.width;
            int flags = spec.flags;
            if (width == Spec.STAR) {
                width = starValue(nextArgument(args, arglen, argidx++));
                if (width < 0) {
                    flags |= Spec.LEFT;
                    width = width == Integer.MIN_VALUE ? Integer.MAX_VALUE : -width;
                }
                checkBound("width", width);
                starTotal += width;
            }
            int precision = spec.precision;
            if (precision == Spec.STAR) {
                precision = Math.max(0, starValue(nextArgument(args, arglen, argidx++)));
                checkBound("precision", precision);
                starTotal += precision;
            }
            if (starTotal > MAX_TOTAL_WIDTH) {
                throw new PercentFormatException("widths and precisions add up to more than " + MAX_TOTAL_WIDTH);
            }
            Object value = nextArgument(args, arglen, argidx++);
            Spec.append(out, value, flags, width, precision, spec.conversion);
        }
        if (argidx < arglen && dict == null) {
            throw tooManyArguments();
        }
    }

    /** CPython's getnextarg: the single operand once when {@code arglen} is -1, else the tuple's item. */
    private static Object nextArgument(Object args, int arglen, int argidx) {
        if (argidx >= arglen) {
            throw notEnoughArguments();
        }
        return arglen < 0 ? args : ((Object[]) args)[argidx];
    }

    private static int starValue(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).intValue();
        }
        if (value instanceof Long || value instanceof BigInteger) {
            // Saturate rather than wrap: 2**32 + 5 must not become a width of 5.
            long n = value instanceof Long l ? l : ((BigInteger) value).bitLength() < 64
                    ? ((BigInteger) value).longValue() : ((BigInteger) value).signum() * Long.MAX_VALUE;
            return (int) Math.max(-Integer.MAX_VALUE, Math.min(Integer.MAX_VALUE, n));
        }
        throw new PercentFormatException("* wants int");
    }

    private static void checkBound(String what, int value) {
        if (value > MAX_FIELD_WIDTH) {
            throw new PercentFormatException(what + " too big: " + value + " is over the limit of " + MAX_FIELD_WIDTH);
        }
    }

    private static PercentFormatException tooManyArguments() {
        return new PercentFormatException("not all arguments converted during string formatting");
    }

    private static PercentFormatException notEnoughArguments() {
        return new PercentFormatException("not enough arguments for format string");
    }

    private static PercentFormat parse(String format) {
        Parser parser = new Parser(format);
        try {
            parser.run();
        } catch (ParseError error) {
            parser.flushLiteral();
            parser.parts.add(error);
        }
        return new PercentFormat(format, parser.parts.toArray(), parser.specs, parser.simple, parser.usesKeys);
    }

    /** Scans a format into literal text and specs; stops at the first malformed spec. */
    private static final class Parser {
        final String format;
        final List<Object> parts = new ArrayList<>();
        final StringBuilder literal = new StringBuilder();
        int specs;
        long fieldTotal;
        boolean simple = true;
        boolean usesKeys;
        private int i;

        Parser(String format) {
            this.format = format;
        }

        void flushLiteral() {
            if (literal.length() > 0) {
                parts.add(literal.toString());
                literal.setLength(0);
            }
        }

        private boolean at(char c) {
            return i < format.length() && format.charAt(i) == c;
        }

        void run() {
            int n = format.length();
            while (i < n) {
                char c = format.charAt(i++);
                if (c != '%') {
                    literal.append(c);
                    continue;
                }
                if (i >= n) {
                    throw new ParseError("incomplete format", null, false);
                }
                if (at('%')) {
                    literal.append('%');
                    i++;
                    continue;
                }
                String key = at('(') ? key() : null;
                int flags = flags();
                int width = count("width", key);
                int precision = Spec.NONE;
                if (at('.')) {
                    i++;
                    precision = count("precision", key);
                    if (precision == Spec.NONE) {
                        precision = 0;
                    }
                }
                if (i < n && isLengthModifier(format.charAt(i))) {
                    i++;
                }
                if (i >= n) {
                    throw new ParseError("incomplete format", key, false);
                }
                char conversion = format.charAt(i);
                if ("sradiufFeEgGxXoc".indexOf(conversion) < 0) {
                    throw new ParseError(String.format("unsupported format character '%s' (0x%x) at index %d",
                            conversion, (int) conversion, i), key, false);
                }
                i++;
                flushLiteral();
                parts.add(new Spec(key, flags, width, precision, conversion));
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
                throw new ParseError("incomplete format key", null, true);
            }
            return format.substring(start, i - 1);
        }

        private int flags() {
            int flags = 0;
            while (i < format.length()) {
                switch (format.charAt(i)) {
                    case '-' -> flags |= Spec.LEFT;
                    case '+' -> flags |= Spec.SIGN;
                    case ' ' -> flags |= Spec.BLANK;
                    case '#' -> flags |= Spec.ALT;
                    case '0' -> flags |= Spec.ZERO;
                    default -> {
                        return flags;
                    }
                }
                i++;
            }
            return flags;
        }

        /** Reads a width or precision: {@code *}, digits, or nothing ({@link Spec#NONE}). */
        private int count(String what, String key) {
            if (at('*')) {
                i++;
                simple = false;
                return Spec.STAR;
            }
            int start = i;
            while (i < format.length() && isDigit(format.charAt(i))) {
                i++;
            }
            if (i == start) {
                return Spec.NONE;
            }
            if (i - start > 9 || Integer.parseInt(format, start, i, 10) > MAX_FIELD_WIDTH) {
                throw new ParseError(what + " too big: " + format.substring(start, i) + " is over the limit of "
                        + MAX_FIELD_WIDTH, key, false);
            }
            int value = Integer.parseInt(format, start, i, 10);
            fieldTotal += value;
            if (fieldTotal > MAX_TOTAL_WIDTH) {
                throw new ParseError("widths and precisions add up to more than " + MAX_TOTAL_WIDTH, key, false);
            }
            return value;
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLengthModifier(char c) {
        return c == 'h' || c == 'l' || c == 'L';
    }

    /**
     * A malformed spec, kept in place of it: CPython reports it only when formatting reaches it,
     * after any mapping check or key lookup of the same spec.
     */
    private static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String message;
        final String key;
        final boolean keyIncomplete;

        ParseError(String message, String key, boolean keyIncomplete) {
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

    /** One conversion spec: {@code %(key)flags width.precision conversion}. */
    static final class Spec {
        static final int NONE = -1;
        static final int STAR = -2;
        static final int LEFT = 1;
        static final int SIGN = 2;
        static final int BLANK = 4;
        static final int ALT = 8;
        static final int ZERO = 16;

        final String key;
        final int flags;
        final int width;
        final int precision;
        final char conversion;

        Spec(String key, int flags, int width, int precision, char conversion) {
            this.key = key;
            this.flags = flags;
            this.width = width;
            this.precision = precision;
            this.conversion = conversion;
        }

        /** True when the value can be appended as is: {@code %s} with no width or precision. */
        boolean isPlainString() {
            return conversion == 's' && width == NONE && precision == NONE;
        }

        /** True when an integer value is appended as its plain decimal digits: {@code %d} and the like, bare. */
        boolean isPlainDecimal() {
            return (conversion == 'd' || conversion == 'i' || conversion == 'u') && flags == 0
                    && width == NONE && precision == NONE;
        }

        /** Appends {@code value} converted by this spec (which has no {@code *}). */
        void append(StringBuilder out, Object value) {
            append(out, value, flags, width, precision, conversion);
        }

        static void append(StringBuilder out, Object value, int flags, int width, int precision, char conversion) {
            switch (conversion) {
                case 's' -> appendText(out, str(value), flags, width, precision);
                case 'r' -> appendText(out, PyRepr.repr(value), flags, width, precision);
                case 'a' -> appendText(out, PyRepr.ascii(value), flags, width, precision);
                case 'c' -> appendText(out, charOf(value), flags, width, NONE);
                case 'd', 'i', 'u', 'x', 'X', 'o' -> appendInteger(out, value, flags, width, precision, conversion);
                default -> appendFloat(out, value, flags, width, precision, conversion);
            }
        }

        /** {@code str()}: {@link String#valueOf}, except that arrays show their elements. */
        static String str(Object value) {
            if (value instanceof String text) {
                return text;
            }
            if (value != null && value.getClass().isArray()) {
                String wrapped = java.util.Arrays.deepToString(new Object[] {value});
                return wrapped.substring(1, wrapped.length() - 1);
            }
            return String.valueOf(value);
        }

        /** Pads and truncates by code points, as Python's str does. */
        private static void appendText(StringBuilder out, String text, int flags, int width, int precision) {
            int length = text.length();
            boolean surrogates = false;
            for (int k = 0; k < length && !surrogates; k++) {
                surrogates = Character.isSurrogate(text.charAt(k));
            }
            if (surrogates) {
                length = text.codePointCount(0, text.length());
                if (precision >= 0 && precision < length) {
                    text = text.substring(0, text.offsetByCodePoints(0, precision));
                    length = precision;
                }
            } else if (precision >= 0 && precision < length) {
                text = text.substring(0, precision);
                length = precision;
            }
            int pad = width - length;
            if (pad <= 0) {
                out.append(text);
            } else if ((flags & LEFT) != 0) {
                out.append(text);
                repeat(out, ' ', pad);
            } else {
                repeat(out, ' ', pad);
                out.append(text);
            }
        }

        private static String charOf(Object value) {
            if (value instanceof CharSequence || value instanceof Character) {
                String s = value.toString();
                if (s.codePointCount(0, s.length()) == 1) {
                    return s;
                }
            } else if (isIntegral(value)) {
                long cp = toIntegral(value).longValue();
                if (value instanceof BigInteger big && big.bitLength() > 62 || cp < 0 || cp > 0x10FFFF) {
                    throw new PercentFormatException("%c arg not in range(0x110000)");
                }
                return new String(Character.toChars((int) cp));
            }
            throw new PercentFormatException("%c requires int or char");
        }

        private static void appendInteger(StringBuilder out, Object value, int flags, int width, int precision,
                                          char conversion) {
            if (flags == 0 && width == NONE && precision == NONE && conversion != 'x' && conversion != 'X'
                    && conversion != 'o' && (value instanceof Integer || value instanceof Long)) {
                out.append(((Number) value).longValue());
                return;
            }
            Number integral = integralOf(value, conversion);
            int radix = conversion == 'o' ? 8 : (conversion == 'x' || conversion == 'X') ? 16 : 10;
            boolean negative;
            String digits;
            if (integral instanceof BigInteger big) {
                negative = big.signum() < 0;
                digits = big.abs().toString(radix);
            } else {
                long v = integral.longValue();
                negative = v < 0;
                digits = negative ? Long.toUnsignedString(-v, radix) : Long.toString(v, radix);
            }
            if (conversion == 'X') {
                digits = digits.toUpperCase(java.util.Locale.ROOT);
            }
            String prefix = "";
            if ((flags & ALT) != 0 && radix != 10) {
                prefix = conversion == 'o' ? "0o" : conversion == 'x' ? "0x" : "0X";
            }
            if (precision > digits.length()) {
                digits = "0".repeat(precision - digits.length()) + digits;
            }
            appendNumber(out, signOf(negative, flags), prefix, digits, flags, width);
        }

        private static Number integralOf(Object value, char conversion) {
            if (isIntegral(value)) {
                return toIntegral(value);
            }
            boolean realAllowed = conversion == 'd' || conversion == 'i' || conversion == 'u';
            if (realAllowed && value instanceof Number number) {
                if (value instanceof BigDecimal decimal) {
                    return decimal.toBigInteger();
                }
                double d = number.doubleValue();
                if (Double.isNaN(d)) {
                    throw new PercentFormatException("cannot convert float NaN to integer");
                }
                if (Double.isInfinite(d)) {
                    throw new PercentFormatException("cannot convert float infinity to integer");
                }
                return Math.abs(d) < 9.0e18 ? (Number) (long) d : new BigDecimal(d).toBigInteger();
            }
            throw new PercentFormatException("%" + conversion + " format: "
                    + (realAllowed ? "a real number" : "an integer") + " is required, not " + pythonTypeName(value));
        }

        private static boolean isIntegral(Object value) {
            return value instanceof Integer || value instanceof Long || value instanceof Short
                    || value instanceof Byte || value instanceof BigInteger || value instanceof Boolean
                    || value instanceof AtomicInteger || value instanceof AtomicLong;
        }

        private static Number toIntegral(Object value) {
            if (value instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (value instanceof BigInteger big) {
                return big.bitLength() < 64 ? (Number) big.longValue() : big;
            }
            return ((Number) value).longValue();
        }

        private static void appendFloat(StringBuilder out, Object value, int flags, int width, int precision,
                                        char conversion) {
            double d = doubleOf(value);
            boolean upper = Character.isUpperCase(conversion);
            boolean negative = d < 0 || (d == 0 && 1 / d < 0);
            double abs = Math.abs(d);
            String body;
            if (Double.isNaN(d)) {
                negative = false;
                body = upper ? "NAN" : "nan";
            } else if (Double.isInfinite(d)) {
                body = upper ? "INF" : "inf";
            } else {
                int p = precision < 0 ? 6 : precision;
                boolean alt = (flags & ALT) != 0;
                body = switch (Character.toLowerCase(conversion)) {
                    case 'f' -> fixed(abs, p, alt);
                    case 'e' -> exponent(abs, p, alt);
                    default -> general(abs, p, alt);
                };
                if (upper) {
                    body = body.toUpperCase(java.util.Locale.ROOT);
                }
            }
            appendNumber(out, signOf(negative, flags), "", body, flags, width);
        }

        private static double doubleOf(Object value) {
            if (value instanceof Boolean b) {
                return b ? 1 : 0;
            }
            if (value instanceof BigInteger big) {
                double d = big.doubleValue();
                if (Double.isInfinite(d)) {
                    throw new PercentFormatException("int too large to convert to float");
                }
                return d;
            }
            if (value instanceof Number number) {
                return number.doubleValue();
            }
            throw new PercentFormatException("must be real number, not " + pythonTypeName(value));
        }

        /** {@code %f}: rounds the exact binary value half-even, as CPython's dtoa does. */
        private static String fixed(double abs, int precision, boolean alt) {
            String s = new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
            return alt && precision == 0 ? s + "." : s;
        }

        /** {@code %e}: {@code d.ddddde+XX} with {@code precision} digits after the point. */
        private static String exponent(double abs, int precision, boolean alt) {
            String[] digitsAndExponent = significant(abs, precision + 1);
            return exponentForm(digitsAndExponent[0], Integer.parseInt(digitsAndExponent[1]), alt);
        }

        private static String exponentForm(String digits, int exp, boolean alt) {
            StringBuilder s = new StringBuilder(digits.length() + 6);
            s.append(digits.charAt(0));
            if (digits.length() > 1 || alt) {
                s.append('.').append(digits, 1, digits.length());
            }
            s.append('e').append(exp < 0 ? '-' : '+');
            int e = Math.abs(exp);
            if (e < 10) {
                s.append('0');
            }
            return s.append(e).toString();
        }

        /** {@code %g}: fixed or exponent notation by magnitude, trailing zeros removed unless {@code #}. */
        private static String general(double abs, int precision, boolean alt) {
            int p = precision == 0 ? 1 : precision;
            String[] digitsAndExponent = significant(abs, p);
            int exp = Integer.parseInt(digitsAndExponent[1]);
            String s;
            if (exp >= -4 && exp < p) {
                s = fixed(abs, p - 1 - exp, alt);
            } else {
                s = exponentForm(digitsAndExponent[0], exp, alt);
            }
            return alt ? s : stripZeros(s);
        }

        private static String stripZeros(String s) {
            int e = s.indexOf('e');
            String mantissa = e < 0 ? s : s.substring(0, e);
            String tail = e < 0 ? "" : s.substring(e);
            if (mantissa.indexOf('.') >= 0) {
                int end = mantissa.length();
                while (mantissa.charAt(end - 1) == '0') {
                    end--;
                }
                if (mantissa.charAt(end - 1) == '.') {
                    end--;
                }
                mantissa = mantissa.substring(0, end);
            }
            return mantissa + tail;
        }

        /** Returns {@code abs} rounded to {@code count} significant digits, and its decimal exponent. */
        private static String[] significant(double abs, int count) {
            if (abs == 0) {
                return new String[] {"0".repeat(count), "0"};
            }
            BigDecimal rounded = new BigDecimal(abs).round(new MathContext(count, RoundingMode.HALF_EVEN));
            String digits = rounded.unscaledValue().toString();
            int exp = rounded.precision() - rounded.scale() - 1;
            if (digits.length() < count) {
                digits = digits + "0".repeat(count - digits.length());
            } else if (digits.length() > count) {
                digits = digits.substring(0, count);
            }
            return new String[] {digits, Integer.toString(exp)};
        }

        private static String signOf(boolean negative, int flags) {
            if (negative) {
                return "-";
            }
            if ((flags & SIGN) != 0) {
                return "+";
            }
            return (flags & BLANK) != 0 ? " " : "";
        }

        private static void appendNumber(StringBuilder out, String sign, String prefix, String body, int flags,
                                         int width) {
            int pad = width - sign.length() - prefix.length() - body.length();
            if (pad <= 0) {
                out.append(sign).append(prefix).append(body);
            } else if ((flags & LEFT) != 0) {
                out.append(sign).append(prefix).append(body);
                repeat(out, ' ', pad);
            } else if ((flags & ZERO) != 0) {
                out.append(sign).append(prefix);
                repeat(out, '0', pad);
                out.append(body);
            } else {
                repeat(out, ' ', pad);
                out.append(sign).append(prefix).append(body);
            }
        }

        private static void repeat(StringBuilder out, char c, int count) {
            for (int k = 0; k < count; k++) {
                out.append(c);
            }
        }
    }

    /** The name Python would give the type of the equivalent value, for error messages. */
    static String pythonTypeName(Object value) {
        if (value == null) {
            return "NoneType";
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return "str";
        }
        if (value instanceof Double || value instanceof Float || value instanceof BigDecimal) {
            return "float";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        if (value instanceof Map) {
            return "dict";
        }
        if (value instanceof Collection) {
            return "list";
        }
        if (value instanceof Object[]) {
            return "tuple";
        }
        return value.getClass().getSimpleName();
    }
}
