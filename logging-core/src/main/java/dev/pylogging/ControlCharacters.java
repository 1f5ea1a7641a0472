package dev.pylogging;

/** Escapes the control characters of a record's values, so that a forged message stays on its line. */
final class ControlCharacters {

    private ControlCharacters() {
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
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
            } else if (c == '\n') {
                escaped.append("\\n");
            } else if (c == '\r') {
                escaped.append("\\r");
            } else if (c == '\t') {
                escaped.append("\\t");
            } else {
                escaped.append(String.format("\\u%04x", (int) c));
            }
        }
        out.setLength(from);
        out.append(escaped);
    }
}
