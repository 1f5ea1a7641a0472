package dev.pylogging;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;
import java.util.Arrays;

/**
 * Encodes text into a reused byte array with a {@link CharsetEncoder} that replaces what it
 * cannot map, for charsets other than UTF-8 (which {@link Utf8Line} encodes by a direct loop).
 * Not thread-safe: its owner uses it for one record at a time.
 */
final class TextEncoder {

    private final Charset charset;
    private final CharsetEncoder encoder;
    private byte[] bytes = new byte[512];
    private int length;

    TextEncoder(Charset charset) {
        this.charset = charset;
        this.encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }

    Charset charset() {
        return charset;
    }

    /** Encodes {@code text}; the result is {@link #bytes()} up to {@link #length()}. */
    void encode(CharSequence text) {
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

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** Lets go of buffers grown past {@code kept} by a huge record; the next record starts small. */
    void shrink(int kept) {
        if (bytes.length > kept) {
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
