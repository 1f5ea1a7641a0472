package dev.pylogging;

/** Escapes the control characters of a record's values, so that a forged message stays on its line. */
final class ControlCharacters {

    private ControlCharacters() {
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
    }

    /**
     * Rewrites {@code line} from {@code from} on with every control character escaped, as
     * {@link #escape(StringBuilder, int)} does for text; the bytes are UTF-8.
     */
    static void escape(Utf8Line line, int from) {
        byte[] b = line.bytes();
        int n = line.length();
        int i = from;
        while (i < n && controlLength(b, i, n) == 0) {
            i++;
        }
        if (i == n) {
            return;
        }
        byte[] tail = java.util.Arrays.copyOfRange(b, i, n);
        line.truncate(i);
        int j = 0;
        while (j < tail.length) {
            int len = controlLength(tail, j, tail.length);
            if (len == 0) {
                int start = j;
                while (j < tail.length && controlLength(tail, j, tail.length) == 0) {
                    j++;
                }
                line.append(tail, start, j - start);
                continue;
            }
            int c = len == 1 ? tail[j] & 0xFF
                    : len == 2 ? ((tail[j] & 0x1F) << 6) | (tail[j + 1] & 0x3F)
                    : ((tail[j] & 0x0F) << 12) | ((tail[j + 1] & 0x3F) << 6) | (tail[j + 2] & 0x3F);
            line.append(escapeOf((char) c));
            j += len;
        }
    }

    /**
     * Returns how many bytes the control character starting at {@code i} takes in UTF-8: one for
     * C0 and DEL, two for C1 ({@code C2 80}–{@code C2 9F}), three for the line and paragraph
     * separators ({@code E2 80 A8}, {@code E2 80 A9}); 0 when there is none there.
     */
    private static int controlLength(byte[] b, int i, int n) {
        int x = b[i] & 0xFF;
        if (x < 0x20 || x == 0x7F) {
            return 1;
        }
        if (x == 0xC2 && i + 1 < n && (b[i + 1] & 0xFF) <= 0x9F) {
            return 2;
        }
        if (x == 0xE2 && i + 2 < n && (b[i + 1] & 0xFF) == 0x80
                && ((b[i + 2] & 0xFF) == 0xA8 || (b[i + 2] & 0xFF) == 0xA9)) {
            return 3;
        }
        return 0;
    }

    private static String escapeOf(char c) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> String.format("\\u%04x", (int) c);
        };
    }

    /** Rewrites {@code out} from {@code from} on with every control character escaped. */
    static void escape(StringBuilder out, int from) {
        int i = from;
        while (i < out.length() && !isControl(out.charAt(i))) {
            i++;
        }
        if (i == out.length()) {
            return;
        }
        StringBuilder escaped = new StringBuilder(out.length() - from + 16);
        for (int j = from; j < out.length(); j++) {
            char c = out.charAt(j);
            if (!isControl(c)) {
                escaped.append(c);
            } else {
                escaped.append(escapeOf(c));
            }
        }
        out.setLength(from);
        out.append(escaped);
    }
}
