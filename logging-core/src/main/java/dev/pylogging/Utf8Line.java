package dev.pylogging;

import java.util.Arrays;

/**
 * A formatted record built straight into UTF-8 bytes, in an array reused from record to record:
 * text that is the same for every record (the format's literal text, the second of the time)
 * arrives already encoded and is copied, the rest is encoded as it is appended. Not thread-safe.
 */
final class Utf8Line {

    private byte[] bytes = new byte[256];
    private int length;

    /** Empties the line for a new record, letting go of an array a huge record grew past {@code kept}. */
    void reset(int kept) {
        length = 0;
        if (bytes.length > kept) {
            bytes = new byte[256];
        }
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

    /** Appends bytes that are already UTF-8. */
    void append(byte[] utf8) {
        int n = utf8.length;
        ensure(n);
        System.arraycopy(utf8, 0, bytes, length, n);
        length += n;
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
     * other character on; an unpaired surrogate becomes {@code ?}.
     */
    void append(CharSequence text) {
        int n = text.length();
        ensure(n);
        byte[] b = bytes;
        int at = length;
        int i = 0;
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
                } else {
                    b[pos++] = (byte) (0xF0 | (cp >> 18));
                    b[pos++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
                    b[pos++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
                    b[pos++] = (byte) (0x80 | (cp & 0x3F));
                }
            } else {
                b[pos++] = (byte) (0xE0 | (c >> 12));
                b[pos++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                b[pos++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        length = pos;
    }

    private void ensure(int more) {
        int needed = length + more;
        if (needed > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(needed, bytes.length * 2));
        }
    }
}
