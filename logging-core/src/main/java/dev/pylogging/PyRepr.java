package dev.pylogging;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/** Python's {@code repr()} and {@code ascii()} for the Java values a log call carries. */
final class PyRepr {

    private PyRepr() {
    }

    /** Renders {@code value} as Python's {@code repr()} would render the equivalent object. */
    static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, false);
        return out.toString();
    }

    /** Renders {@code value} as Python's {@code ascii()}: {@code repr()} with non-ASCII escaped. */
    static String ascii(Object value) {
        StringBuilder out = new StringBuilder();
        append(out, value, true);
        return out.toString();
    }

    private static void append(StringBuilder out, Object value, boolean asciiOnly) {
        if (value == null) {
            out.append("None");
        } else if (value instanceof Boolean b) {
            out.append(b ? "True" : "False");
        } else if (value instanceof CharSequence || value instanceof Character) {
            appendString(out, value.toString(), asciiOnly);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            Iterator<? extends Map.Entry<?, ?>> it = map.entrySet().iterator();
            while (it.hasNext()) {
                Map.Entry<?, ?> e = it.next();
                append(out, e.getKey(), asciiOnly);
                out.append(": ");
                append(out, e.getValue(), asciiOnly);
                if (it.hasNext()) {
                    out.append(", ");
                }
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            appendSequence(out, list.toArray(), '[', ']', asciiOnly);
        } else if (value instanceof Object[] array) {
            appendSequence(out, array, '(', ')', asciiOnly);
        } else {
            String text = String.valueOf(value);
            out.append(asciiOnly ? escapeNonAscii(text) : text);
        }
    }

    private static void appendSequence(StringBuilder out, Object[] items, char open, char close,
                                       boolean asciiOnly) {
        out.append(open);
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            append(out, items[i], asciiOnly);
        }
        if (open == '(' && items.length == 1) {
            out.append(',');
        }
        out.append(close);
    }

    private static void appendString(StringBuilder out, String s, boolean asciiOnly) {
        // Python prefers single quotes, and switches to double quotes when only ' occurs.
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        out.append(quote);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == quote || c == '\\') {
                out.append('\\').append(c);
            } else if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c == 0x7f) {
                out.append(String.format("\\x%02x", (int) c));
            } else if (asciiOnly && c > 0x7f) {
                appendEscape(out, s.codePointAt(i));
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    i++;
                }
            } else {
                out.append(c);
            }
        }
        out.append(quote);
    }

    private static String escapeNonAscii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (cp < 0x80) {
                out.append((char) cp);
            } else {
                appendEscape(out, cp);
            }
        });
        return out.toString();
    }

    private static void appendEscape(StringBuilder out, int cp) {
        if (cp <= 0xff) {
            out.append(String.format("\\x%02x", cp));
        } else if (cp <= 0xffff) {
            out.append(String.format("\\u%04x", cp));
        } else {
            out.append(String.format("\\U%08x", cp));
        }
    }

    /** The name Python would give the type of the equivalent value, for error messages. */
    static String typeName(Object value) {
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
