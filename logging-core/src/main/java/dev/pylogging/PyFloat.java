package dev.pylogging;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Python's float formatting for {@code %f}, {@code %e} and {@code %g}: the exact binary value
 * rounded half-even, as CPython's {@code dtoa} does, so that Java and Python print alike.
 */
final class PyFloat {

    private PyFloat() {
    }

    /** {@code %f}: rounds the exact binary value half-even, as CPython's dtoa does. */
    static String fixed(double abs, int precision, boolean alt) {
        String s = new BigDecimal(abs).setScale(precision, RoundingMode.HALF_EVEN).toPlainString();
        return alt && precision == 0 ? s + "." : s;
    }

    /** {@code %e}: {@code d.ddddde+XX} with {@code precision} digits after the point. */
    static String exponent(double abs, int precision, boolean alt) {
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
    static String general(double abs, int precision, boolean alt) {
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
}
