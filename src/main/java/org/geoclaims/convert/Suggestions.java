package org.geoclaims.convert;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?": the closest candidate by edit distance, case-insensitive. */
final class Suggestions {
    private Suggestions() {}

    /**
     * The candidate closest to {@code wanted}: one whose local part (after any {@code prefix:})
     * equals it ignoring case wins; otherwise the smallest edit distance, if small enough to be a
     * plausible typo (at most a third of the length, at least 2). Ties go to the first in order.
     */
    static Optional<String> closest(String wanted, Collection<String> candidates) {
        String w = wanted.toLowerCase(Locale.ROOT);
        String wLocal = local(w);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String lc = c.toLowerCase(Locale.ROOT);
            if (local(lc).equals(wLocal) && !lc.equals(w)) return Optional.of(c);
            int d = Math.min(distance(w, lc), distance(wLocal, local(lc)));
            if (d < bestDistance) { bestDistance = d; best = c; }
        }
        int allowed = Math.max(2, wanted.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " Did you mean X?" or "". */
    static String didYouMean(String wanted, Collection<String> candidates) {
        return closest(wanted, candidates).map(s -> " Did you mean " + s + "?").orElse("");
    }

    private static String local(String s) {
        int colon = s.indexOf(':');
        return colon < 0 ? s : s.substring(colon + 1);
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return prev[b.length()];
    }
}
