package dev.pylogging.internal;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Python pickles of plain data, protocols 0 to 5: dicts, lists, tuples (as
 * {@code Object[]}), sets (as {@code List}), str, bytes ({@code byte[]}), int ({@code Long} or
 * {@code BigInteger}), float, bool and None ({@code null}). Every opcode that names, imports,
 * builds or calls anything ({@code GLOBAL}, {@code STACK_GLOBAL}, {@code REDUCE}, {@code INST},
 * {@code OBJ}, {@code NEWOBJ}, {@code BUILD}, {@code PERSID} ...) is refused, so reading never
 * loads a class or runs code. What a pickle may build is bounded, not only its bytes: values
 * nest at most {@value #MAX_DEPTH} deep however they are built ({@code MARK}, {@code TUPLE1},
 * memo references), and the value read, counted as if every shared reference were a copy (as
 * formatting it would count it), may weigh at most {@link #budgetFor 64 KiB plus 8 times the
 * pickle's size} (one per value, plus the length of each string); a dict key is checked the same
 * way before it is hashed. A pickle past a bound, cyclic ones included, is refused. CPython writes
 * {@code bytes} (protocols 0 to 2) and sets (0 to 3) through such calls, so those are refused
 * too; a record's attribute dict never holds either.
 */
public final class PickleReader {

    private static final int MAX_DEPTH = 64;
    private static final int MAX_ELEMENTS = 1_000_000;
    private static final Object MARK = new Object();
    /** Stands in for None in the weight walk, whose deque takes no nulls. */
    private static final Object NULL = new Object();
    /** The weight a tuple used as a dict key may have. */
    private static final long MAX_KEY_WEIGHT = 4096;

    private final byte[] data;
    private int pos;
    private final List<Object> stack = new ArrayList<>();
    private final List<Integer> marks = new ArrayList<>();
    private final Map<Long, Object> memo = new HashMap<>();
    private int elements;

    private PickleReader(byte[] data) {
        this.data = data;
    }

    /**
     * Reads one pickle that must span all of {@code data}.
     *
     * @throws PickleException naming the opcode or problem and its offset
     */
    public static Object loads(byte[] data) throws PickleException {
        PickleReader reader = new PickleReader(data);
        try {
            Object value = reader.run();
            reader.checkWeight(value, budgetFor(data.length), "the value read");
            return value;
        } catch (IndexOutOfBoundsException e) {
            throw new PickleException("truncated pickle at offset " + reader.pos);
        } catch (NumberFormatException e) {
            throw new PickleException("malformed number at offset " + reader.pos + ": " + e.getMessage());
        } catch (ClassCastException e) {
            throw new PickleException("malformed pickle at offset " + reader.pos + ": an opcode found the wrong value on the stack");
        }
    }

    /** The weight a pickle of {@code size} bytes may build: 64 KiB plus 8 per byte. */
    static long budgetFor(int size) {
        return 64 * 1024 + 8L * size;
    }

    /**
     * Walks {@code value} without recursion, counting shared references once per use, and refuses
     * it when it nests deeper than {@link #MAX_DEPTH} or weighs more than {@code budget}.
     */
    private void checkWeight(Object value, long budget, String what) throws PickleException {
        long weight = 0;
        ArrayDeque<Object> pending = new ArrayDeque<>();
        ArrayDeque<Integer> depths = new ArrayDeque<>();
        pending.push(value == null ? NULL : value);
        depths.push(0);
        while (!pending.isEmpty()) {
            Object v = pending.pop();
            int depth = depths.pop();
            if (depth > MAX_DEPTH) {
                throw error(what + " nests deeper than " + MAX_DEPTH);
            }
            weight += 1 + (v instanceof String str ? str.length() : v instanceof byte[] b ? b.length : 0);
            if (weight > budget) {
                throw error(what + " expands past " + budget + " (shared references count once per use)");
            }
            Collection<?> children = v instanceof Object[] tuple ? Arrays.asList(tuple)
                    : v instanceof List<?> list ? list
                    : v instanceof Map<?, ?> map ? mapItems(map) : List.of();
            for (Object child : children) {
                pending.push(child == null ? NULL : child);
                depths.push(depth + 1);
            }
        }
    }

    private static List<Object> mapItems(Map<?, ?> map) {
        List<Object> items = new ArrayList<>(map.size() * 2);
        for (Map.Entry<?, ?> e : map.entrySet()) {
            items.add(e.getKey());
            items.add(e.getValue());
        }
        return items;
    }

    private PickleException error(String what) {
        return new PickleException(what + " at offset " + pos);
    }

    private Object run() throws PickleException {
        while (true) {
            if (pos >= data.length) {
                throw error("pickle ends without STOP");
            }
            int op = data[pos++] & 0xFF;
            switch (op) {
                case 0x80 -> {
                    int protocol = u8();
                    if (protocol > 5) {
                        throw error("unsupported pickle protocol " + protocol);
                    }
                }
                case 0x95 -> skip(8); // FRAME: the length is only a hint
                case '.' -> {
                    if (stack.size() != 1 || !marks.isEmpty()) {
                        throw error("STOP with " + stack.size() + " values on the stack");
                    }
                    if (pos != data.length) {
                        throw error("bytes after STOP");
                    }
                    return stack.get(0);
                }
                case '(' -> {
                    if (marks.size() >= MAX_DEPTH) {
                        throw error("nesting deeper than " + MAX_DEPTH);
                    }
                    marks.add(stack.size());
                    stack.add(MARK);
                }
                case '0' -> pop();
                case '1' -> popMark();
                case '2' -> push(peek());
                case 'N' -> push(null);
                case 0x88 -> push(Boolean.TRUE);
                case 0x89 -> push(Boolean.FALSE);
                case 'I' -> pushTextInt(line());
                case 'L' -> {
                    String text = line();
                    push(normalize(new BigInteger(text.endsWith("L") ? text.substring(0, text.length() - 1) : text)));
                }
                case 'J' -> push((long) i32());
                case 'K' -> push((long) u8());
                case 'M' -> push((long) (u8() | (u8() << 8)));
                case 0x8a -> push(littleEndianSigned(u8()));
                case 0x8b -> push(littleEndianSigned(length(i32())));
                case 'F' -> push(parseDouble(line()));
                case 'G' -> {
                    long bits = 0;
                    for (int i = 0; i < 8; i++) {
                        bits = (bits << 8) | u8();
                    }
                    push(Double.longBitsToDouble(bits));
                }
                case 'S' -> push(pyStringLiteral(line()));
                case 'T' -> push(new String(bytes(length(i32())), StandardCharsets.ISO_8859_1));
                case 'U' -> push(new String(bytes(u8()), StandardCharsets.ISO_8859_1));
                case 'V' -> push(rawUnicodeEscape(line()));
                case 'X' -> push(utf8(length(i32())));
                case 0x8c -> push(utf8(u8()));
                case 0x8d -> push(utf8(length64()));
                case 'B' -> push(bytes(length(i32())));
                case 'C' -> push(bytes(u8()));
                case 0x8e, 0x96 -> push(bytes(length64()));
                case '}' -> push(new LinkedHashMap<>());
                case ']' -> push(new ArrayList<>());
                case ')' -> push(new Object[0]);
                case 0x8f -> push(new ArrayList<>());
                case 'd' -> {
                    List<Object> items = popMark();
                    Map<Object, Object> map = new LinkedHashMap<>();
                    putAll(map, items);
                    push(map);
                }
                case 'l' -> push(popMark());
                case 't' -> push(popMark().toArray());
                case 0x85 -> push(new Object[] {pop()});
                case 0x86 -> {
                    Object b = pop();
                    push(new Object[] {pop(), b});
                }
                case 0x87 -> {
                    Object c = pop();
                    Object b = pop();
                    push(new Object[] {pop(), b, c});
                }
                case 0x91 -> push(popMark());
                case 's' -> {
                    Object value = pop();
                    Object key = pop();
                    putAll(dictOnTop(), Arrays.asList(key, value));
                }
                case 'u' -> {
                    List<Object> items = popMark();
                    putAll(dictOnTop(), items);
                }
                case 'a' -> {
                    Object value = pop();
                    listOnTop().add(value);
                }
                case 'e', 0x90 -> {
                    List<Object> items = popMark();
                    listOnTop().addAll(items);
                }
                case 'p' -> memo.put(Long.parseLong(line().strip()), peek());
                case 'q' -> memoPut(u8());
                case 'r' -> memoPut(i32() & 0xFFFFFFFFL);
                case 0x94 -> memoPut(memo.size());
                case 'g' -> push(memoGet(Long.parseLong(line().strip())));
                case 'h' -> push(memoGet(u8()));
                case 'j' -> push(memoGet(i32() & 0xFFFFFFFFL));
                case 'c' -> throw error("GLOBAL refused: a data pickle names no class");
                case 0x93 -> throw error("STACK_GLOBAL refused: a data pickle names no class");
                case 'R' -> throw error("REDUCE refused: a data pickle calls nothing");
                case 'i' -> throw error("INST refused: a data pickle builds no object");
                case 'o' -> throw error("OBJ refused: a data pickle builds no object");
                case 0x81, 0x92 -> throw error("NEWOBJ refused: a data pickle builds no object");
                case 'b' -> throw error("BUILD refused: a data pickle builds no object");
                case 'P', 'Q' -> throw error("PERSID refused: a data pickle has no persistent ids");
                default -> throw error("unknown or refused opcode 0x" + Integer.toHexString(op));
            }
        }
    }

    private void putAll(Map<Object, Object> map, List<Object> items) throws PickleException {
        if (items.size() % 2 != 0) {
            throw error("odd number of items for a dict");
        }
        for (int i = 0; i < items.size(); i += 2) {
            map.put(dictKey(items.get(i)), items.get(i + 1));
        }
    }

    /** A key as Java can hash it: tuples become lists; lists and dicts, unhashable in Python, are refused. */
    private Object dictKey(Object key) throws PickleException {
        if (key instanceof Object[] tuple) {
            // Hashing walks the whole key: bound it first, and refuse what Python could not hash.
            checkWeight(tuple, MAX_KEY_WEIGHT, "a dict key");
            checkHashable(tuple);
            return Arrays.asList(tuple);
        }
        if (key instanceof byte[] bytes) {
            // byte[] compares by identity in Java; record dicts only ever have text keys.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        if (key instanceof List || key instanceof Map) {
            throw error("unhashable dict key: a " + (key instanceof Map ? "dict" : "list"));
        }
        return key;
    }

    private void checkHashable(Object[] tuple) throws PickleException {
        ArrayDeque<Object[]> pending = new ArrayDeque<>();
        pending.push(tuple);
        while (!pending.isEmpty()) {
            for (Object item : pending.pop()) {
                if (item instanceof Object[] inner) {
                    pending.push(inner);
                } else if (item instanceof List || item instanceof Map) {
                    throw error("unhashable dict key: a tuple holding a " + (item instanceof Map ? "dict" : "list"));
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Object, Object> dictOnTop() throws PickleException {
        Object top = peek();
        if (!(top instanceof Map)) {
            throw error("SETITEM on a value that is not a dict");
        }
        return (Map<Object, Object>) top;
    }

    @SuppressWarnings("unchecked")
    private List<Object> listOnTop() throws PickleException {
        Object top = peek();
        if (!(top instanceof List)) {
            throw error("APPEND on a value that is not a list");
        }
        return (List<Object>) top;
    }

    private void push(Object value) throws PickleException {
        if (++elements > MAX_ELEMENTS) {
            throw error("more than " + MAX_ELEMENTS + " values");
        }
        stack.add(value);
    }

    private Object pop() throws PickleException {
        if (stack.isEmpty() || stack.get(stack.size() - 1) == MARK) {
            throw error("stack underflow");
        }
        return stack.remove(stack.size() - 1);
    }

    private Object peek() throws PickleException {
        if (stack.isEmpty() || stack.get(stack.size() - 1) == MARK) {
            throw error("stack underflow");
        }
        return stack.get(stack.size() - 1);
    }

    private List<Object> popMark() throws PickleException {
        if (marks.isEmpty()) {
            throw error("no MARK to pop to");
        }
        int at = marks.remove(marks.size() - 1);
        List<Object> items = new ArrayList<>(stack.subList(at + 1, stack.size()));
        stack.subList(at, stack.size()).clear();
        return items;
    }

    private void memoPut(long index) throws PickleException {
        if (memo.size() >= MAX_ELEMENTS) {
            throw error("memo too large");
        }
        memo.put(index, peek());
    }

    private Object memoGet(long index) throws PickleException {
        if (!memo.containsKey(index)) {
            throw error("memo key " + index + " not found");
        }
        return memo.get(index);
    }

    private int u8() {
        return data[pos++] & 0xFF;
    }

    private int i32() {
        return u8() | (u8() << 8) | (u8() << 16) | (u8() << 24);
    }

    private int length(int n) throws PickleException {
        if (n < 0 || n > data.length - pos) {
            throw error("length " + (n & 0xFFFFFFFFL) + " runs past the end of the pickle");
        }
        return n;
    }

    private int length64() throws PickleException {
        long n = 0;
        for (int i = 0; i < 8; i++) {
            n |= (long) u8() << (8 * i);
        }
        if (n < 0 || n > data.length - pos) {
            throw error("length " + Long.toUnsignedString(n) + " runs past the end of the pickle");
        }
        return (int) n;
    }

    private void skip(int n) throws PickleException {
        length(n);
        pos += n;
    }

    private byte[] bytes(int n) throws PickleException {
        length(n);
        byte[] b = Arrays.copyOfRange(data, pos, pos + n);
        pos += n;
        return b;
    }

    private String utf8(int n) throws PickleException {
        return new String(bytes(n), StandardCharsets.UTF_8);
    }

    private String line() throws PickleException {
        int start = pos;
        while (pos < data.length && data[pos] != '\n') {
            pos++;
        }
        if (pos >= data.length) {
            throw error("line without newline");
        }
        String text = new String(data, start, pos - start, StandardCharsets.ISO_8859_1);
        pos++;
        return text;
    }

    private void pushTextInt(String text) throws PickleException {
        if (text.equals("01")) {
            push(Boolean.TRUE);
        } else if (text.equals("00")) {
            push(Boolean.FALSE);
        } else {
            try {
                push(normalize(new BigInteger(text.strip())));
            } catch (NumberFormatException e) {
                throw error("not an integer: " + text);
            }
        }
    }

    private double parseDouble(String text) throws PickleException {
        try {
            return Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            throw error("not a float: " + text);
        }
    }

    private static Object normalize(BigInteger value) {
        return value.bitLength() < 64 ? (Object) value.longValue() : value;
    }

    private Object littleEndianSigned(int n) throws PickleException {
        byte[] le = bytes(n);
        if (n == 0) {
            return 0L;
        }
        byte[] be = new byte[n];
        for (int i = 0; i < n; i++) {
            be[i] = le[n - 1 - i];
        }
        return normalize(new BigInteger(be));
    }

    private String pyStringLiteral(String text) throws PickleException {
        String t = text.strip();
        if (t.length() < 2 || (t.charAt(0) != '\'' && t.charAt(0) != '"') || t.charAt(t.length() - 1) != t.charAt(0)) {
            throw error("STRING without quotes");
        }
        StringBuilder out = new StringBuilder();
        String body = t.substring(1, t.length() - 1);
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char e = body.charAt(++i);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 't' -> out.append('\t');
                    case 'r' -> out.append('\r');
                    case 'x' -> {
                        if (i + 2 >= body.length()) {
                            throw error("truncated \\x escape");
                        }
                        out.append((char) Integer.parseInt(body.substring(i + 1, i + 3), 16));
                        i += 2;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String rawUnicodeEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 5 < text.length() && text.charAt(i + 1) == 'u') {
                out.append((char) Integer.parseInt(text.substring(i + 2, i + 6), 16));
                i += 5;
            } else if (c == '\\' && i + 9 < text.length() && text.charAt(i + 1) == 'U') {
                out.appendCodePoint(Integer.parseInt(text.substring(i + 2, i + 10), 16));
                i += 9;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
