package dev.pylogging;

/** The ANSI colours Spring Boot's console gives levels: red for ERROR and above, yellow for WARNING, green below. */
final class LevelColors {

    private static final String RESET = "\u001b[0;39m";

    private LevelColors() {
    }

    /** Wraps what {@code out} holds from {@code from} on in the colour of {@code level}. */
    static void wrap(StringBuilder out, int from, int level) {
        String colour = level >= Level.ERROR ? "\u001b[31m" : level >= Level.WARNING ? "\u001b[33m" : "\u001b[32m";
        out.insert(from, colour).append(RESET);
    }
}
