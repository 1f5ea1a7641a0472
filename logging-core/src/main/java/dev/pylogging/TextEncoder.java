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
 * Encodes text into a reused byte array: UTF-8 by a direct loop ({@link Utf8Line}), other
 * charsets by a {@link CharsetEncoder} that replaces what it cannot map. Not thread-safe: a
 * handler uses it under its lock.
 */
final class TextEncoder {

    private final Charset charset;
    private final boolean utf8;
    private final CharsetEncoder encoder;
    /** The UTF-8 encoder's own reused line; other charsets encode into {@link #bytes}. */
    private final Utf8Line utf8Line;
    private byte[] bytes = new byte[512];
    private int length;

    TextEncoder(Charset charset) {
        this.charset = charset;
        this.utf8 = charset.equals(StandardCharsets.UTF_8);
        this.utf8Line = utf8 ? new Utf8Line() : null;
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
        Utf8Line line = utf8Line;
        line.reset(Integer.MAX_VALUE);
        line.append(text);
        bytes = line.bytes();
        length = line.length();
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
        if (utf8) {
            utf8Line.reset(kept);
            bytes = utf8Line.bytes();
            length = 0;
        } else if (bytes.length > kept) {
            bytes = new byte[512];
            length = 0;
        }
    }

    private void ensure(int capacity) {
        if (bytes.length < capacity) {
            bytes = Arrays.copyOf(bytes, Math.max(capacity, bytes.length * 2));
        }
    }
}
