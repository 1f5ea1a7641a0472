package dev.pylogging.internal;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

/**
 * Writes Java data as a Python pickle, protocol 2, with data opcodes only: {@code null} as
 * {@code None}, booleans, integers, floats, strings, maps as dicts, collections as lists and
 * {@code Object[]} as tuples. Any other value is written as text: its {@code toString()}.
 */
public final class PickleWriter {

    private static final int MAX_DEPTH = 100;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream(512);

    private PickleWriter() {
    }

    /** Returns the pickle of {@code value}, protocol 2, ending with STOP. */
    public static byte[] dumps(Object value) {
        PickleWriter writer = new PickleWriter();
        writer.out.write(0x80);
        writer.out.write(2);
        writer.write(value, 0);
        writer.out.write('.');
        return writer.out.toByteArray();
    }

    private void write(Object value, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("value nested deeper than " + MAX_DEPTH);
        }
        if (value == null) {
            out.write('N');
        } else if (value instanceof Boolean b) {
            out.write(b ? 0x88 : 0x89);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            writeLong(((Number) value).longValue());
        } else if (value instanceof BigInteger big) {
            writeBig(big);
        } else if (value instanceof Double || value instanceof Float) {
            out.write('G');
            long bits = Double.doubleToLongBits(((Number) value).doubleValue());
            for (int shift = 56; shift >= 0; shift -= 8) {
                out.write((int) (bits >>> shift));
            }
        } else if (value instanceof Map<?, ?> map) {
            out.write('}');
            if (!map.isEmpty()) {
                out.write('(');
                for (Map.Entry<?, ?> e : map.entrySet()) {
                    write(e.getKey(), depth + 1);
                    write(e.getValue(), depth + 1);
                }
                out.write('u');
            }
        } else if (value instanceof Collection<?> list) {
            out.write(']');
            if (!list.isEmpty()) {
                out.write('(');
                for (Object item : list) {
                    write(item, depth + 1);
                }
                out.write('e');
            }
        } else if (value instanceof Object[] tuple) {
            out.write('(');
            for (Object item : tuple) {
                write(item, depth + 1);
            }
            out.write('t');
        } else {
            writeString(value.toString());
        }
    }

    private void writeLong(long v) {
        if (v >= 0 && v <= 0xFF) {
            out.write('K');
            out.write((int) v);
        } else if (v >= 0 && v <= 0xFFFF) {
            out.write('M');
            out.write((int) v);
            out.write((int) (v >> 8));
        } else if (v >= Integer.MIN_VALUE && v <= Integer.MAX_VALUE) {
            out.write('J');
            writeIntLe((int) v);
        } else {
            writeBig(BigInteger.valueOf(v));
        }
    }

    private void writeBig(BigInteger big) {
        byte[] be = big.toByteArray();
        out.write(0x8a);
        out.write(be.length);
        for (int i = be.length - 1; i >= 0; i--) {
            out.write(be[i]);
        }
    }

    private void writeString(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        out.write('X');
        writeIntLe(utf8.length);
        out.write(utf8, 0, utf8.length);
    }

    private void writeIntLe(int v) {
        out.write(v);
        out.write(v >> 8);
        out.write(v >> 16);
        out.write(v >> 24);
    }
}
