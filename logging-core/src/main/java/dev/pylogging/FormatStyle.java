package dev.pylogging;

import java.util.Set;

/**
 * Turns a {@code str.format} ({@code '{'}) or {@code string.Template} ({@code '$'}) format of
 * record attributes into the equivalent {@code %} format, so that every style is compiled once
 * and rendered by the same fast path. What a {@code %} format cannot say (centring, fill
 * characters, digit grouping, attribute access or indexing) is refused when the formatter is
 * built, naming the field, as CPython's {@code validate} refuses a bad format.
 */
final class FormatStyle {

    /** Attributes whose values are integers: without a type they format as {@code d}, right-aligned. */
    private static final Set<String> INTEGERS = Set.of("levelno", "lineno", "thread", "process");
    /** Attributes whose values are floats: without a type they format as Python's {@code str()}. */
    private static final Set<String> FLOATS = Set.of("created", "msecs", "relativeCreated");

    private FormatStyle() {
    }

    /**
     * Returns {@code fmt} written as a {@code %} format.
     *
     * @param fmt the format, or {@code null} for the style's default ({@code {message}}, {@code ${message}})
     * @param style {@code '%'}, {@code '{'} or {@code '$'}
     * @throws IllegalArgumentException naming the problem, in CPython's words where it has them
     */
    static String toPercent(String fmt, char style) {
        return switch (style) {
            case '%' -> fmt;
            case '{' -> fmt == null ? null : fromBraces(fmt);
            case '$' -> fmt == null ? null : fromTemplate(fmt);
            default -> throw new IllegalArgumentException("Style must be one of: %,{,$; not '" + style + "'");
        };
    }

    private static IllegalArgumentException invalid(String what) {
        return new IllegalArgumentException("invalid format: " + what);
    }

    private static String fromBraces(String fmt) {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int fields = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '{' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '{') {
                out.append('{');
                i++;
            } else if (c == '}' && i + 1 < fmt.length() && fmt.charAt(i + 1) == '}') {
                out.append('}');
                i++;
            } else if (c == '}') {
                throw invalid("Single '}' encountered in format string");
            } else if (c == '{') {
                int close = fmt.indexOf('}', i + 1);
                if (close < 0) {
                    throw invalid("expected '}' before end of string");
                }
                String field = fmt.substring(i + 1, close);
                if (field.indexOf('{') >= 0) {
                    throw invalid("nested replacement fields are not supported: {" + field + "}");
                }
                out.append(field(field));
                fields++;
                i = close;
            } else if (c == '%') {
                out.append("%%");
            } else {
                out.append(c);
            }
        }
        if (fields == 0) {
            throw invalid("no fields");
        }
        return out.toString();
    }

    /** Translates one {@code name[!conversion][:spec]} field. */
    private static String field(String field) {
        String spec = "";
        int colon = field.indexOf(':');
        if (colon >= 0) {
            spec = field.substring(colon + 1);
            field = field.substring(0, colon);
        }
        char conversion = 0;
        int bang = field.indexOf('!');
        if (bang >= 0) {
            String conv = field.substring(bang + 1);
            if (conv.length() != 1 || "rsa".indexOf(conv.charAt(0)) < 0) {
                throw invalid("invalid conversion: '" + conv + "'");
            }
            conversion = conv.charAt(0);
            field = field.substring(0, bang);
        }
        if (!field.matches("[A-Za-z_]\\w*")) {
            throw invalid("invalid field name/expression: '" + field + "' (only record attribute names are supported)");
        }
        boolean integer = conversion == 0 && INTEGERS.contains(field);
        boolean floating = conversion == 0 && FLOATS.contains(field);
        return "%(" + field + ")" + spec(field, spec, integer, floating, conversion);
    }

    /** Translates a format spec {@code [[fill]align][sign][#][0][width][.precision][type]}. */
    private static String spec(String field, String spec, boolean integer, boolean floating, char conversion) {
        int i = 0;
        char align = 0;
        if (spec.length() >= 2 && "<>=^".indexOf(spec.charAt(1)) >= 0) {
            if (spec.charAt(0) != ' ') {
                throw invalid("a fill character other than a space is not supported: '" + spec + "' for " + field);
            }
            align = spec.charAt(1);
            i = 2;
        } else if (!spec.isEmpty() && "<>=^".indexOf(spec.charAt(0)) >= 0) {
            align = spec.charAt(0);
            i = 1;
        }
        if (align == '^' || align == '=') {
            throw invalid("alignment '" + align + "' is not supported: '" + spec + "' for " + field);
        }
        StringBuilder flags = new StringBuilder();
        if (i < spec.length() && "+- ".indexOf(spec.charAt(i)) >= 0) {
            if (spec.charAt(i) != '-') {
                flags.append(spec.charAt(i));
            }
            i++;
        }
        if (i < spec.length() && spec.charAt(i) == '#') {
            flags.append('#');
            i++;
        }
        if (i < spec.length() && spec.charAt(i) == '0') {
            flags.append('0');
            i++;
        }
        int start = i;
        while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
            i++;
        }
        String width = spec.substring(start, i);
        if (i < spec.length() && (spec.charAt(i) == ',' || spec.charAt(i) == '_')) {
            throw invalid("digit grouping is not supported: '" + spec + "' for " + field);
        }
        String precision = "";
        if (i < spec.length() && spec.charAt(i) == '.') {
            start = ++i;
            while (i < spec.length() && Character.isDigit(spec.charAt(i))) {
                i++;
            }
            if (i == start) {
                throw invalid("bad specifier: '" + spec + "'");
            }
            precision = "." + spec.substring(start, i);
        }
        String type = spec.substring(i);
        if (type.length() > 1 || (!type.isEmpty() && "sdfFeEgGxXoc".indexOf(type.charAt(0)) < 0)) {
            throw invalid("bad specifier: '" + spec + "' (type '" + type + "' is not supported)");
        }
        if (type.isEmpty()) {
            type = conversion != 0 ? String.valueOf(conversion)
                    : integer ? "d" : floating ? (precision.isEmpty() ? "r" : "g") : "s";
        }
        boolean number = "dfFeEgGxXoc".contains(type) || (floating && type.equals("r"));
        boolean leftByDefault = !number;
        if (!width.isEmpty() && (align == '<' || (align == 0 && leftByDefault))) {
            flags.insert(0, '-');
        }
        return flags + width + precision + type;
    }

    private static String fromTemplate(String fmt) {
        StringBuilder out = new StringBuilder(fmt.length() + 16);
        int fields = 0;
        for (int i = 0; i < fmt.length(); i++) {
            char c = fmt.charAt(i);
            if (c == '%') {
                out.append("%%");
            } else if (c != '$') {
                out.append(c);
            } else if (i + 1 < fmt.length() && fmt.charAt(i + 1) == '$') {
                out.append('$');
                i++;
            } else {
                int start = i + 1;
                boolean braced = start < fmt.length() && fmt.charAt(start) == '{';
                int nameStart = braced ? start + 1 : start;
                int j = nameStart;
                while (j < fmt.length() && (Character.isLetterOrDigit(fmt.charAt(j)) || fmt.charAt(j) == '_')) {
                    j++;
                }
                String name = fmt.substring(nameStart, j);
                if (name.isEmpty() || Character.isDigit(name.charAt(0)) || (braced && (j >= fmt.length()
                        || fmt.charAt(j) != '}'))) {
                    throw invalid("Invalid placeholder in string: line 1, col " + (i + 1));
                }
                out.append("%(").append(name).append(")s");
                fields++;
                i = braced ? j : j - 1;
            }
        }
        if (fields == 0) {
            throw invalid("no fields");
        }
        return out.toString();
    }
}
