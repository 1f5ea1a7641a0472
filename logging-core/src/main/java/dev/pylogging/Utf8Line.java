package dev.pylogging;

import java.util.Arrays;

/**
 * A formatted record built straight into UTF-8 bytes, in an array reused from record to record:
 * text that is the same for every record (the format's literal text, the second of the time)
 * arrives already encoded and is copied, the rest is encoded as it is appended. What the next
 * record can use of the last one stays here too: the start of the line, in place, with what it was
 * built from ({@link #resumePrefix}), and the compiled format of the last message. Not thread-safe.
 */
final class Utf8Line {

    private byte[] bytes = new byte[256];
    private int length;
    /** A high surrogate that ended the last text appended, written as {@code ?} just before {@link #danglingEnd}... */
    private char danglingHigh;
    /** ...the length of the line right after that {@code ?}, or -1: a low surrogate appended next pairs with it. */
    private int danglingEnd = -1;
    /**
     * What the first {@link #prefixLength} bytes were built from: the formatter and its zone, the
     * second and millisecond, the logger and level name, compared by identity; no owner when the
     * bytes are not kept for the next line.
     */
    private Object prefixOwner;
    private Object prefixZone;
    private long prefixSecond;
    private int prefixMsecs;
    private String prefixName;
    private String prefixLevelname;
    private int prefixLength;
    /** The compiled format of the last message built into this line; the next is often the same string. */
    private PercentFormat lastMessageFormat;

    /** Empties the line for a new record, letting go of an array a huge record grew past {@code kept}. */
    void reset(int kept) {
        length = 0;
        danglingEnd = -1;
        if (bytes.length > kept) {
            bytes = new byte[256];
            prefixOwner = null;
        }
    }

    /**
     * Starts an empty line with the bytes the last line kept by {@link #keepPrefix}, still in
     * place, when they were built from the same things; returns false, leaving the line empty,
     * when they were not.
     */
    boolean resumePrefix(Object owner, Object zone, long second, int msecs, String name, String levelname) {
        if (length == 0 && owner == prefixOwner && second == prefixSecond && msecs == prefixMsecs
                && name == prefixName && levelname == prefixLevelname && zone == prefixZone) {
            length = prefixLength;
            return true;
        }
        return false;
    }

    /** Keeps the line's bytes so far for the next line built from the same things. */
    void keepPrefix(Object owner, Object zone, long second, int msecs, String name, String levelname) {
        if (length == danglingEnd) {
            // A high surrogate at the end might pair with what follows; the next line must see it.
            prefixOwner = null;
            return;
        }
        prefixOwner = owner;
        prefixZone = zone;
        prefixSecond = second;
        prefixMsecs = msecs;
        prefixName = name;
        prefixLevelname = levelname;
        prefixLength = length;
    }

    /**
     * Returns the compiled form of {@code msg}, a message format: the last one's when it is the
     * same string, which spares the lookup in the shared cache.
     */
    PercentFormat messageFormat(String msg) {
        PercentFormat last = lastMessageFormat;
        if (last == null || last.source() != msg) {
            last = PercentFormat.compile(String.valueOf(msg));
            lastMessageFormat = last;
        }
        return last;
    }

    /** Stops keeping bytes for the next line: this one is built another way, over them. */
    void forgetPrefix() {
        prefixOwner = null;
    }

    /**
     * Returns whether {@code text} can be encoded once and its bytes copied in next to any other
     * text: it has no surrogate, which could pair with one in the text beside it.
     */
    static boolean canPreEncode(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** Returns the last byte, or -1 when the line is empty. */
    int lastByte() {
        return length == 0 ? -1 : bytes[length - 1];
    }

    /** Cuts the line back to its first {@code newLength} bytes. */
    void truncate(int newLength) {
        length = newLength;
        danglingEnd = -1;
    }

    /** Inserts bytes that are already UTF-8 at {@code at}, moving what follows along. */
    void insert(int at, byte[] utf8) {
        ensure(utf8.length);
        System.arraycopy(bytes, at, bytes, at + utf8.length, length - at);
        System.arraycopy(utf8, 0, bytes, at, utf8.length);
        length += utf8.length;
        danglingEnd = -1;
    }

    /** Appends bytes that are already UTF-8. */
    void append(byte[] utf8) {
        int n = utf8.length;
        ensure(n);
        System.arraycopy(utf8, 0, bytes, length, n);
        length += n;
    }

    /** Appends {@code length} bytes of {@code utf8}, from {@code offset}, that are already UTF-8. */
    void append(byte[] utf8, int offset, int length) {
        ensure(length);
        System.arraycopy(utf8, offset, bytes, this.length, length);
        this.length += length;
    }

    /** Appends {@code value} in decimal digits, with a minus sign when negative, as {@code %d} does. */
    void appendDecimal(long value) {
        if (value == Long.MIN_VALUE) {
            append((CharSequence) Long.toString(value));
            return;
        }
        long rest = Math.abs(value);
        int digits = 1;
        for (long bound = 10; digits < 19 && rest >= bound; bound *= 10) {
            digits++;
        }
        int sign = value < 0 ? 1 : 0;
        ensure(sign + digits);
        byte[] b = bytes;
        int end = length + sign + digits;
        for (int at = end - 1; at >= end - digits; at--) {
            b[at] = (byte) ('0' + rest % 10);
            rest /= 10;
        }
        if (sign != 0) {
            b[length] = '-';
        }
        length = end;
    }

    /** Appends {@code value} as at least three digits, as {@code %03d} does, for the milliseconds. */
    void appendThreeDigits(int value) {
        if (value < 0 || value > 999) {
            append((CharSequence) Integer.toString(value));
            return;
        }
        ensure(3);
        byte[] b = bytes;
        int at = length;
        b[at] = (byte) ('0' + value / 100);
        b[at + 1] = (byte) ('0' + value / 10 % 10);
        b[at + 2] = (byte) ('0' + value % 10);
        length = at + 3;
    }

    /** Appends a character as UTF-8. */
    void append(char c) {
        if (c < 0x80) {
            ensure(1);
            bytes[length++] = (byte) c;
        } else {
            append(String.valueOf(c));
        }
    }

    /**
     * Encodes {@code text} onto the line: ASCII by a tight loop, anything else from the first
     * other character on. An unpaired surrogate becomes {@code ?}; a high surrogate that ends one
     * text and a low one that starts the next are a pair, as in the text the two make together.
     */
    void append(CharSequence text) {
        int n = text.length();
        int i = 0;
        if (length == danglingEnd && n > 0 && Character.isLowSurrogate(text.charAt(0))) {
            // Replace the ? written for the high half with the pair's four bytes.
            ensure(3);
            length = putCodePoint(bytes, length - 1, Character.toCodePoint(danglingHigh, text.charAt(0)));
            i = 1;
        }
        ensure(n - i);
        byte[] b = bytes;
        int at = length - i;
        if (text instanceof String s) {
            for (char c; i < n && (c = s.charAt(i)) < 0x80; i++) {
                b[at + i] = (byte) c;
            }
        } else {
            for (char c; i < n && (c = text.charAt(i)) < 0x80; i++) {
                b[at + i] = (byte) c;
            }
        }
        length = at + i;
        if (i < n) {
            appendFrom(text, i, n);
        }
    }

    private void appendFrom(CharSequence text, int start, int n) {
        ensure((n - start) * 3);
        byte[] b = bytes;
        int pos = length;
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                b[pos++] = (byte) c;
            } else if (c < 0x800) {
                b[pos++] = (byte) (0xC0 | (c >> 6));
                b[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                int cp = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))
                        ? Character.toCodePoint(c, text.charAt(++i)) : -1;
                if (cp < 0) {
                    b[pos++] = '?';
                    if (i + 1 == n && Character.isHighSurrogate(c)) {
                        danglingHigh = c;
                        danglingEnd = pos;
                    }
                } else {
                    pos = putCodePoint(b, pos, cp);
                }
            } else {
                b[pos++] = (byte) (0xE0 | (c >> 12));
                b[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        length = pos;
    }

    /**
     * Writes a code point beyond the 16-bit range as its four UTF-8 bytes at {@code pos}; returns
     * the position after them.
     */
    private static int putCodePoint(byte[] b, int pos, int cp) {
        b[pos] = (byte) (0xF0 | (cp >> 18));
        b[pos + 1] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        b[pos + 2] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        b[pos + 3] = (byte) (0x80 | (cp & 0x3F));
        return pos + 4;
    }

    private void ensure(int more) {
        int needed = length + more;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }
}
