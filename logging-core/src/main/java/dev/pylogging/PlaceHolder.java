package dev.pylogging;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Stands in the hierarchy for a logger that has children but has not been asked for yet, so
 * that the children can be re-parented when it is.
 */
final class PlaceHolder {

    private final Set<Logger> children = new LinkedHashSet<>();

    PlaceHolder(Logger child) {
        children.add(child);
    }

    void add(Logger child) {
        children.add(child);
    }

    Set<Logger> children() {
        return children;
    }
}
