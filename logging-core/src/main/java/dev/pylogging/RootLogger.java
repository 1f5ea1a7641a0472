package dev.pylogging;

/** The root of the hierarchy: named {@code root}, at {@link Level#WARNING} until told otherwise. */
final class RootLogger extends Logger {

    RootLogger() {
        super("root", Level.WARNING);
    }
}
