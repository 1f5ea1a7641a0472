package dev.pylogging.internal;

/** The framing of the logging wire protocol: a 4-byte big-endian length, then the payload. */
public final class Frames {

    private Frames() {
    }

    /**
     * Returns {@code payload} preceded by its length, as {@code struct.pack('>L', len)} writes it.
     *
     * @param payload the bytes to frame
     */
    public static byte[] lengthPrefixed(byte[] payload) {
        byte[] framed = new byte[4 + payload.length];
        framed[0] = (byte) (payload.length >>> 24);
        framed[1] = (byte) (payload.length >>> 16);
        framed[2] = (byte) (payload.length >>> 8);
        framed[3] = (byte) payload.length;
        System.arraycopy(payload, 0, framed, 4, payload.length);
        return framed;
    }
}
