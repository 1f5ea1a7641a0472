package dev.pylogging;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes text into a reused byte array: UTF-8 and ASCII-compatible text by a direct loop, other
 * charsets by a {@link CharsetEncoder} that replaces what it cannot map. Not thread-safe: a
 * handler uses it under its lock.
 */
final class TextEncoder {

    private final Charset charset;
    private final boolean utf8;
    private final CharsetEncoder encoder;
    private byte[] bytes = new byte[512];
    private char[] chars = new char[256];
    private int length;

    TextEncoder(Charset charset) {
        this.charset = charset;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.encoder = utf8 ? null : charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    Charset charset() {
        return charset;
    }

    /** Encodes {@code text}; the result is {@link #bytes()} up to {@link #length()}. */
    void encode(CharSequence text) {
        if (utf8) {
            encodeUtf8(text);
        } else {
            encodeWithEncoder(text);
        }
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    private void encodeUtf8(CharSequence text) {
        int n = text.length();
        ensure(n * 3);
        char[] c = charsOf(text, n);
        byte[] b = bytes;
        int i = 0;
        // Log lines are nearly always ASCII: a tight loop first, the general one from the first
        // other character on.
        while (i < n && c[i] < 0x80) {
            b[i] = (byte) c[i];
            i++;
        }
        length = i == n ? n : encodeUtf8From(c, n, i);
    }

    private char[] charsOf(CharSequence text, int n) {
        if (chars.length < n) {
            chars = new char[Math.max(n, chars.length * 2)];
        }
        if (text instanceof StringBuilder sb) {
            sb.getChars(0, n, chars, 0);
        } else {
            text.toString().getChars(0, n, chars, 0);
        }
        return chars;
    }

    private int encodeUtf8From(char[] text, int n, int start) {
        byte[] b = bytes;
        int pos = start;
        for (int i = start; i < n; i++) {
            char c = text[i];
            if (c < 0x80) {
                b[pos++] = (byte) c;
            } else if (c < 0x800) {
                b[pos++] = (byte) (0xC0 | (c >> 6));
                b[pos++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                int cp = Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text[i + 1])
                        ? Character.toCodePoint(c, text[++i]) : -1;
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
        return pos;
    }

    private void encodeWithEncoder(CharSequence text) {
        ensure((int) Math.ceil(text.length() * (double) encoder.maxBytesPerChar()) + 16);
        ByteBuffer out = ByteBuffer.wrap(bytes);
        encoder.reset();
        CharBuffer in = CharBuffer.wrap(text);
        CoderResult result = encoder.encode(in, out, true);
        if (!result.isOverflow()) {
            encoder.flush(out);
        }
        length = out.position();
    }

    /** Lets go of buffers grown past {@code kept} by a huge record; the next record starts small. */
    void shrink(int kept) {
        if (bytes.length > kept) {
            bytes = new byte[512];
            length = 0;
        }
        if (chars.length > kept) {
            chars = new char[256];
        }
    }

    private void ensure(int capacity) {
        if (bytes.length < capacity) {
            bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length * 2));
        }
    }
}
