package dev.pylogging.config;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses the Python expressions of a configuration's {@code args}: literals (strings, numbers,
 * tuples, lists, dicts, {@code None}, {@code True}, {@code False}) and the names of
 * {@link ConfigNames}. It never evaluates code: a call, an operator or any other name is an error.
 *
 * <p>Values come back as Java values: {@code String}, {@code Integer} or {@code Long} (or
 * {@code BigInteger}), {@code Double}, {@code Boolean}, {@link #NONE}, a {@link Tuple} for a tuple,
 * a {@code List} for a list, a {@code Map} for a dict, or the object a name stands for.
 */
final class PyLiteral {

    /** Python's {@code None}. */
    static final Object NONE = new Object() {
        @Override
        public String toString() {
            return "None";
        }
    };

    /** A Python tuple. */
    record Tuple(List<Object> items) {
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("(");
            for (int i = 0; i < items.size(); i++) {
                s.append(i > 0 ? ", " : "").append(show(items.get(i)));
            }
            return s.append(items.size() == 1 ? ",)" : ")").toString();
        }
    }

    private static final int MAX_DEPTH = 32;

    private final String text;
    private int pos;
    private int depth;

    private PyLiteral(String text) {
        this.text = text;
    }

    /**
     * Parses one expression.
     *
     * @throws IllegalArgumentException saying what is not allowed and where
     */
    static Object parse(String text) {
        PyLiteral parser = new PyLiteral(text);
        parser.skipSpace();
        Object value = parser.expression();
        parser.skipSpace();
        if (parser.pos < text.length()) {
            throw parser.error("unexpected '" + text.charAt(parser.pos) + "'");
        }
        return value;
    }

    /** Renders a parsed value the way Python would print it. */
    static String show(Object value) {
        if (value instanceof String s) {
            return "'" + s.replace("\\", "\\\\").replace("'", "\\'") + "'";
        }
        if (value == System.out) {
            return "sys.stdout";
        }
        if (value == System.err) {
            return "sys.stderr";
        }
        if (value instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (value == null) {
            return "None";
        }
        if (value instanceof List<?> list) {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                s.append(i > 0 ? ", " : "").append(show(list.get(i)));
            }
            return s.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder s = new StringBuilder("{");
            map.forEach((k, v) -> s.append(s.length() > 1 ? ", " : "").append(show(k)).append(": ").append(show(v)));
            return s.append('}').toString();
        }
        return String.valueOf(value);
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException(what + " at position " + pos + " of " + text.strip()
                + "; only " + ConfigNames.describe() + " are allowed");
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private Object expression() {
        if (++depth > MAX_DEPTH) {
            throw error("nesting deeper than " + MAX_DEPTH);
        }
        try {
            skipSpace();
            if (pos >= text.length()) {
                throw error("unexpected end");
            }
            char c = text.charAt(pos);
            Object value;
            if (c == '(') {
                value = sequence(')', true);
            } else if (c == '[') {
                value = sequence(']', false);
            } else if (c == '{') {
                value = dict();
            } else if (c == '\'' || c == '"' || ((c == 'r' || c == 'R' || c == 'b' || c == 'u')
                    && pos + 1 < text.length() && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '"'))) {
                value = strings();
            } else if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
                value = number();
            } else if (Character.isLetter(c) || c == '_') {
                value = name();
            } else {
                throw error("unexpected '" + c + "'");
            }
            skipSpace();
            if (pos < text.length() && "+-*/%@<>=!&|^~(".indexOf(text.charAt(pos)) >= 0) {
                throw error("operators and calls are not allowed: '" + text.charAt(pos) + "'");
            }
            return value;
        } finally {
            depth--;
        }
    }

    private Object sequence(char close, boolean tuple) {
        pos++;
        List<Object> items = new ArrayList<>();
        boolean trailingComma = false;
        skipSpace();
        while (pos < text.length() && text.charAt(pos) != close) {
            items.add(expression());
            skipSpace();
            trailingComma = false;
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                trailingComma = true;
                skipSpace();
            } else if (pos < text.length() && text.charAt(pos) != close) {
                throw error("expected ',' or '" + close + "'");
            }
        }
        if (pos >= text.length()) {
            throw error("missing '" + close + "'");
        }
        pos++;
        if (tuple && items.size() == 1 && !trailingComma) {
            return items.get(0);
        }
        return tuple ? new Tuple(List.copyOf(items)) : items;
    }

    private Object dict() {
        pos++;
        Map<Object, Object> map = new LinkedHashMap<>();
        skipSpace();
        while (pos < text.length() && text.charAt(pos) != '}') {
            Object key = expression();
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != ':') {
                throw error("expected ':' in a dict");
            }
            pos++;
            map.put(key, expression());
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == ',') {
                pos++;
                skipSpace();
            } else if (pos < text.length() && text.charAt(pos) != '}') {
                throw error("expected ',' or '}'");
            }
        }
        if (pos >= text.length()) {
            throw error("missing '}'");
        }
        pos++;
        return map;
    }

    private String strings() {
        StringBuilder out = new StringBuilder();
        do {
            boolean raw = false;
            while (Character.isLetter(text.charAt(pos))) {
                raw |= Character.toLowerCase(text.charAt(pos)) == 'r';
                pos++;
            }
            char quote = text.charAt(pos++);
            boolean closed = false;
            while (pos < text.length()) {
                char c = text.charAt(pos++);
                if (c == quote) {
                    closed = true;
                    break;
                }
                if (c == '\\' && pos < text.length()) {
                    char e = text.charAt(pos++);
                    if (raw) {
                        out.append('\\').append(e);
                    } else {
                        escape(out, e);
                    }
                } else {
                    out.append(c);
                }
            }
            if (!closed) {
                throw error("unterminated string");
            }
            skipSpace();
        } while (pos < text.length() && isStringStart());
        return out.toString();
    }

    private boolean isStringStart() {
        char c = text.charAt(pos);
        return c == '\'' || c == '"' || ((c == 'r' || c == 'R') && pos + 1 < text.length()
                && (text.charAt(pos + 1) == '\'' || text.charAt(pos + 1) == '"'));
    }

    private void escape(StringBuilder out, char e) {
        switch (e) {
            case 'n' -> out.append('\n');
            case 't' -> out.append('\t');
            case 'r' -> out.append('\r');
            case 'a' -> out.append('\u0007');
            case 'b' -> out.append('\b');
            case 'f' -> out.append('\f');
            case 'v' -> out.append('\u000b');
            case '\n' -> {
                // A backslash before a line break continues the string on the next line.
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> out.append((char) octal(e));
            case '\\', '\'', '"' -> out.append(e);
            case 'x' -> out.append((char) hex(2));
            case 'u' -> out.append((char) hex(4));
            case 'U' -> out.appendCodePoint(codePoint(hex(8)));
            case 'N' -> out.appendCodePoint(named());
            default -> out.append('\\').append(e);
        }
    }

    /** Reads the rest of an octal escape, at most three digits in all, as Python does. */
    private int octal(char first) {
        int value = first - '0';
        for (int n = 1; n < 3 && pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '7'; n++) {
            value = value * 8 + (text.charAt(pos++) - '0');
        }
        return value;
    }

    private int codePoint(int value) {
        if (value < 0 || value > Character.MAX_CODE_POINT) {
            throw error("illegal Unicode character");
        }
        return value;
    }

    /** Reads {@code {NAME}} after {@code \N}: a character by its Unicode name. */
    private int named() {
        int close = text.indexOf('}', pos);
        if (pos >= text.length() || text.charAt(pos) != '{' || close < 0) {
            throw error("malformed \\N character escape");
        }
        String name = text.substring(pos + 1, close);
        try {
            int codePoint = Character.codePointOf(name);
            pos = close + 1;
            return codePoint;
        } catch (IllegalArgumentException e) {
            throw error("unknown Unicode character name '" + name + "'");
        }
    }

    private int hex(int digits) {
        if (pos + digits > text.length()) {
            throw error("truncated escape");
        }
        try {
            int value = Integer.parseInt(text, pos, pos + digits, 16);
            pos += digits;
            return value;
        } catch (NumberFormatException e) {
            throw error("bad escape");
        }
    }

    private Object number() {
        int start = pos;
        if (text.charAt(pos) == '-' || text.charAt(pos) == '+') {
            pos++;
        }
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.'
                || text.charAt(pos) == '_' || ((text.charAt(pos) == '-' || text.charAt(pos) == '+')
                && Character.toLowerCase(text.charAt(pos - 1)) == 'e' && !text.substring(start, pos).contains("x")))) {
            pos++;
        }
        String token = text.substring(start, pos).replace("_", "");
        try {
            String digits = token.replaceFirst("^[+-]", "");
            boolean negative = token.startsWith("-");
            BigInteger integer = null;
            if (digits.matches("0[xX][0-9a-fA-F]+")) {
                integer = new BigInteger(digits.substring(2), 16);
            } else if (digits.matches("0[oO][0-7]+")) {
                integer = new BigInteger(digits.substring(2), 8);
            } else if (digits.matches("0[bB][01]+")) {
                integer = new BigInteger(digits.substring(2), 2);
            } else if (digits.matches("\\d+")) {
                integer = new BigInteger(digits);
            }
            if (integer != null) {
                integer = negative ? integer.negate() : integer;
                if (integer.bitLength() < 32) {
                    return integer.intValue();
                }
                return integer.bitLength() < 64 ? (Object) integer.longValue() : integer;
            }
            return Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw error("not a number: " + token);
        }
    }

    private Object name() {
        int start = pos;
        while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_'
                || text.charAt(pos) == '.')) {
            pos++;
        }
        String name = text.substring(start, pos);
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '(') {
            throw error("calls are not allowed: " + name + "(");
        }
        return ConfigNames.resolve(name).orElseThrow(() -> error("name '" + name + "' is not allowed"));
    }
}
