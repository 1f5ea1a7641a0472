package dev.pylogging;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * <p>Instances are immutable and thread-safe. This class holds the compiled program, its cache
 * and the runs that apply it; {@link PercentParser} compiles it, {@link ConversionSpec} converts
 * one value, {@link PyFloat} prints floats as CPython does.
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

    /** Made by {@link PercentParser#parse}; {@code parts} holds literal runs, specs and a final malformed spec. */
    PercentFormat(String source, Object[] parts, int specCount, boolean simple, boolean usesKeys) {
        this.source = source;
        this.parts = parts;
        this.specCount = specCount;
        this.simple = simple;
        this.usesKeys = usesKeys;
        boolean planned = simple && (parts.length == 0 || !(parts[parts.length - 1] instanceof MalformedSpec))
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
                ConversionSpec spec = (ConversionSpec) parts[i];
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
            compiled = PercentParser.parse(format);
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
        return parts.length > 0 && parts[parts.length - 1] instanceof MalformedSpec e ? e.message : null;
    }

    /** Returns true when some spec names a mapping key ({@code %(key)s}). */
    public boolean usesKeys() {
        return usesKeys;
    }

    /** Returns the specs of this format, in order, without the literal text between them. */
    List<ConversionSpec> specs() {
        List<ConversionSpec> specs = new ArrayList<>(specCount);
        for (Object part : parts) {
            if (part instanceof ConversionSpec spec) {
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
                } else if (part instanceof ConversionSpec spec) {
                    if (next >= args.length) {
                        throw notEnoughArguments();
                    }
                    spec.append(out, args[next++]);
                } else {
                    throw new PercentFormatException(((MalformedSpec) part).message);
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
                line.append(ConversionSpec.str(value));
            } else if (step == UTF8_DECIMAL && (value instanceof Integer || value instanceof Long)) {
                line.appendDecimal(((Number) value).longValue());
            } else {
                scratch.setLength(0);
                ((ConversionSpec) parts[i]).append(scratch, value);
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
            if (part instanceof MalformedSpec error) {
                throw error.raise(dict);
            }
            ConversionSpec spec = (ConversionSpec) part;
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
            if (width == ConversionSpec.STAR) {
                width = starValue(nextArgument(args, arglen, argidx++));
                if (width < 0) {
                    flags |= ConversionSpec.LEFT;
                    width = width == Integer.MIN_VALUE ? Integer.MAX_VALUE : -width;
                }
                checkBound("width", width);
                starTotal += width;
            }
            int precision = spec.precision;
            if (precision == ConversionSpec.STAR) {
                precision = Math.max(0, starValue(nextArgument(args, arglen, argidx++)));
                checkBound("precision", precision);
                starTotal += precision;
            }
            if (starTotal > MAX_TOTAL_WIDTH) {
                throw new PercentFormatException("widths and precisions add up to more than " + MAX_TOTAL_WIDTH);
            }
            Object value = nextArgument(args, arglen, argidx++);
            ConversionSpec.append(out, value, flags, width, precision, spec.conversion);
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

}
