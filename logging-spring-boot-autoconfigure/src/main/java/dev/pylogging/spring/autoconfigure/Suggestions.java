package dev.pylogging.spring.autoconfigure;

import java.util.Collection;
import java.util.Locale;

/** Finds the known name closest to a misspelt one, for "did you mean" in failure reports. */
final class Suggestions {

    private Suggestions() {
    }

    /**
     * Returns the candidate nearest to {@code wrong} by edit distance, ignoring case, when it is
     * near enough to be a misspelling (at most a third of its length away); otherwise null.
     */
    static String closest(String wrong, Collection<String> candidates) {
        if (wrong == null) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(wrong.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance > 0 && bestDistance <= Math.max(1, wrong.length() / 3) ? best : null;
    }

    /** Returns {@code " Did you mean X?"} for the closest candidate, or an empty string. */
    static String didYouMean(String wrong, Collection<String> candidates) {
        String near = closest(wrong, candidates);
        return near == null ? "" : " Did you mean " + near + "?";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                row[j] = Math.min(Math.min(row[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = row;
            row = swap;
        }
        return previous[b.length()];
    }
}
