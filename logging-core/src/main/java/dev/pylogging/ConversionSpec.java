package dev.pylogging;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One conversion spec, {@code %(key)flags width.precision conversion}, and the conversions it
 * applies to a value: Python's {@code str}, {@code repr}, characters, integers in any radix and
 * floats (through {@link PyFloat}), padded as Python pads them.
 */
final class ConversionSpec {
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

    ConversionSpec(String key, int flags, int width, int precision, char conversion) {
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
                + (realAllowed ? "a real number" : "an integer") + " is required, not " + PyRepr.typeName(value));
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
                case 'f' -> PyFloat.fixed(abs, p, alt);
                case 'e' -> PyFloat.exponent(abs, p, alt);
                default -> PyFloat.general(abs, p, alt);
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
        throw new PercentFormatException("must be real number, not " + PyRepr.typeName(value));
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
