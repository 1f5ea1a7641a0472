package dev.pylogging;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Python's {@code %} operator, compared case by case with CPython run during the test: every
 * flag, width and precision on every conversion, {@code *}, mapping keys, and the errors.
 */
class PercentFormatDifferentialTest {

    private static final String[] FLAGS = {"", "-", "+", " ", "#", "0", "-0", "+0", " 0", "#0", "+#", "-+"};
    private static final String[] WIDTHS = {"", "1", "12"};
    private static final String[] PRECISIONS = {"", ".0", ".3", ".12"};

    private static final Object[] INTEGERS = {0, 7, -7, 255, -255, 123456789, Long.MAX_VALUE, Long.MIN_VALUE,
        BigInteger.TWO.pow(70), BigInteger.TWO.pow(70).negate()};
    private static final Object[] FLOATS = {0.0, -0.0, 0.5, 1.5, 2.5, -2.675, 3.14159, 1e-5, 0.0001234,
        123456.0, 1234567.0, 123456789.123, 1e16, 1e20, 1e-300, 5e-324, Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
    private static final Object[] STRINGS = {"", "a", "hello world", "it's", "say \"hi\"", "tab\there", "é",
        "€uro", "😀", "back\\slash"};

    record Case(String format, Object operand, boolean mapping) {
    }

    @Test
    void everyConversionMatchesCPython() {
        List<Case> cases = new ArrayList<>();
        addGrid(cases, "dixXou", INTEGERS);
        addGrid(cases, "eEfFgG", FLOATS);
        addGrid(cases, "sra", STRINGS);
        addGrid(cases, "d", new Object[] {3.7, -3.7, 0.5, true, false});
        addGrid(cases, "fe", new Object[] {5, -5, BigInteger.TEN.pow(20)});
        addGrid(cases, "s", new Object[] {1, -42, 3L});
        addGrid(cases, "c", new Object[] {65, 233, 0x1F600, "x", "é"});
        assertThat(cases).hasSizeGreaterThan(10_000);
        assertMatchesCPython(cases);
    }

    @Test
    void argumentCountsStarsMappingsAndErrorsMatchCPython() {
        List<Case> cases = new ArrayList<>();
        Object[][] tuples = {
            {"%s %s", new Object[] {1, 2}}, {"%s", new Object[] {}}, {"%s %s", new Object[] {1}},
            {"abc", new Object[] {1}}, {"%s", new Object[] {1, 2}}, {"100%%", new Object[] {}},
            {"%s%%", new Object[] {1}}, {"%*d", new Object[] {5, 3}}, {"%-*d|", new Object[] {-5, 3}},
            {"%.*f", new Object[] {2, 3.14159}}, {"%.*f", new Object[] {-2, 3.14159}},
            {"%*.*f", new Object[] {10, 3, 3.14159}}, {"%*s", new Object[] {"x", 1}},
            {"%.*s", new Object[] {-1, "abc"}}, {"%*s|", new Object[] {-3, "a"}}, {"%*d", new Object[] {5}},
            {"%d", new Object[] {"a"}}, {"%f", new Object[] {"a"}}, {"%x", new Object[] {3.0}},
            {"%d", new Object[] {null}}, {"%e", new Object[] {BigInteger.TEN.pow(400)}},
            {"%c", new Object[] {"ab"}}, {"%c", new Object[] {-1}}, {"%c", new Object[] {0x110000}},
            {"%d", new Object[] {Double.NaN}}, {"%d", new Object[] {Double.POSITIVE_INFINITY}},
            {"%y", new Object[] {1}}, {"%", new Object[] {}}, {"%5%", new Object[] {1}}, {"%(a", new Object[] {1}},
            {"%(a)s", new Object[] {1}}, {"%ld %hd %Li", new Object[] {1, 2, 3}}, {"%hhd", new Object[] {5}},
            {"%d %d", new Object[] {new Object[] {1, 2}}},
            {"%r", new Object[] {List.of(1, "a")}}, {"%r %r %r", new Object[] {null, true, 5}},
            {"%s", new Object[] {List.of(1, 2)}}, {"%s %y", new Object[] {}}, {"%d %y", new Object[] {"a"}},
            {"%10.4s|", new Object[] {"abcdefg"}}, {"%-10r|", new Object[] {"x"}},
            {"%i %u", new Object[] {1, 2}}, {"%05s", new Object[] {"ab"}}, {"%(a)*d", new Object[] {1}},
        };
        for (Object[] t : tuples) {
            cases.add(new Case((String) t[0], t[1], false));
        }
        Map<String, Object> ab = new LinkedHashMap<>();
        ab.put("a", 1);
        ab.put("b", "two");
        ab.put("a(b)", 5);
        ab.put("", "empty");
        String[] mappingFormats = {"%(a)s", "%(b)s", "%(a)05d|%(b)-6s|", "%(a)s %(a)d %(b)r", "%(c)s",
            "%(a(b))s", "%()s", "%(a)s %s", "x", "%(a)*d", "%(a)s%%", "%(a)#x", "%(b)d",
            "%(a)", "%(a", "%(zz)y", "%(a)y", "%(a)"};
        for (String f : mappingFormats) {
            cases.add(new Case(f, ab, true));
        }
        assertMatchesCPython(cases);
    }

    private static void addGrid(List<Case> cases, String conversions, Object[] values) {
        for (char conversion : conversions.toCharArray()) {
            for (String flags : FLAGS) {
                for (String width : WIDTHS) {
                    for (String precision : PRECISIONS) {
                        String format = "[%" + flags + width + precision + conversion + "]";
                        for (Object value : values) {
                            cases.add(new Case(format, new Object[] {value}, false));
                        }
                    }
                }
            }
        }
    }

    private static void assertMatchesCPython(List<Case> cases) {
        StringBuilder input = new StringBuilder();
        for (Case c : cases) {
            input.append(literal(c.format())).append('\t').append(literal(c.operand())).append('\t')
                    .append(c.mapping() ? "mapping" : "tuple").append('\n');
        }
        String[] answers = Python.run("percent_oracle.py", input.toString(), Map.of()).split("\n");
        assertThat(answers).hasSameSizeAs(cases);
        List<String> mismatches = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            Case c = cases.get(i);
            String expected = decode(answers[i]);
            String actual;
            try {
                actual = "OK " + (c.mapping()
                        ? PercentFormat.formatMapping(c.format(), castMap(c.operand()))
                        : PercentFormat.format(c.format(), (Object[]) c.operand()));
            } catch (PercentFormatException e) {
                actual = "ERR " + e.getMessage();
            }
            if (!actual.equals(expected)) {
                mismatches.add(literal(c.format()) + " % " + literal(c.operand()) + "\n    CPython: " + expected
                        + "\n    Java:    " + actual);
            }
        }
        assertThat(mismatches).as("%d of %d cases differ from CPython", mismatches.size(), cases.size())
                .isEmpty();
    }

    /** Turns the oracle's answer into what Java should produce: the result, or the error message. */
    private static String decode(String answer) {
        if (answer.startsWith("OK ")) {
            return "OK " + Python.unhex(answer.substring(3));
        }
        String rest = answer.substring(4);
        int colon = rest.indexOf(':');
        String type = rest.substring(0, colon);
        String message = Python.unhex(rest.substring(colon + 1));
        return "ERR " + (type.equals("KeyError") ? "KeyError: " + message : message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, ?> castMap(Object operand) {
        return (Map<String, ?>) operand;
    }

    /** Writes a Java value as the Python literal the oracle evaluates. */
    static String literal(Object value) {
        if (value instanceof Double d) {
            if (d.isNaN()) {
                return "nan";
            }
            if (d.isInfinite()) {
                return d > 0 ? "inf" : "-inf";
            }
            return Double.toString(d);
        }
        if (value instanceof Object[] array) {
            StringBuilder s = new StringBuilder("(");
            for (int i = 0; i < array.length; i++) {
                s.append(i > 0 ? ", " : "").append(literal(array[i]));
            }
            return s.append(array.length == 1 ? ",)" : ")").toString();
        }
        if (value instanceof List<?> list) {
            StringBuilder s = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                s.append(i > 0 ? ", " : "").append(literal(list.get(i)));
            }
            return s.append("]").toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder s = new StringBuilder("{");
            map.forEach((k, v) -> s.append(s.length() > 1 ? ", " : "").append(literal(k)).append(": ").append(literal(v)));
            return s.append("}").toString();
        }
        return PyRepr.repr(value);
    }
}
