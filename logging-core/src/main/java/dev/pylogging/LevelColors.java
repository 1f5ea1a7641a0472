package dev.pylogging;

/** The ANSI colours Spring Boot's console gives levels: red for ERROR and above, yellow for WARNING, green below. */
final class LevelColors {

    private static final String RESET = "\u001b[0;39m";
    private static final byte[] RESET_UTF8 = RESET.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] RED = "\u001b[31m".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] YELLOW = "\u001b[33m".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final byte[] GREEN = "\u001b[32m".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private LevelColors() {
    }

    /** Wraps what {@code out} holds from {@code from} on in the colour of {@code level}. */
    static void wrap(StringBuilder out, int from, int level) {
        String colour = level >= Level.ERROR ? "\u001b[31m" : level >= Level.WARNING ? "\u001b[33m" : "\u001b[32m";
        out.insert(from, colour).append(RESET);
    }

    /** Wraps what {@code line} holds from {@code from} on in the colour of {@code level}. */
    static void wrap(Utf8Line line, int from, int level) {
        line.insert(from, level >= Level.ERROR ? RED : level >= Level.WARNING ? YELLOW : GREEN);
        line.append(RESET_UTF8);
    }
}
