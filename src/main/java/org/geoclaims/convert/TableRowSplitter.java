package org.geoclaims.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Finds where the characteristic ends and the value begins in a row of the site's
 * "Characteristics Values" table, whose plain text has no separator between the two cells
 * ("Military Cooperation Pakistan and Azerbaijan have an agreement ...").
 *
 * <p>Heuristic. Words are the row's white-space separated tokens; a word is <em>capitalised</em>
 * when its first letter (after any opening quotes or brackets) is upper case. A <em>candidate</em>
 * split after word k (1-based) needs words k and k+1 capitalised (the characteristic ends in a
 * name or a title-case word, and the value starts a sentence), and words 1..k free of sentence
 * punctuation ({@code . , ; : ! ?}). The split is
 * <ol>
 *   <li>the first candidate with k &ge; 2 whose word k+1 is a word that typically opens a
 *       sentence and not a title ({@code The}, {@code A}, {@code It}, {@code This}, {@code However}, ...);</li>
 *   <li>else the first candidate with k &ge; 2 (characteristics have two words or more);</li>
 *   <li>else the candidate k = 1.</li>
 * </ol>
 * On the site's rows this gives "Pakistan Army fighting alongside Azerbaijan" | "Speculative and
 * baseless ...", "Pakistan-Azerbaijan Relations" | "The two countries ...". Known limits: a
 * characteristic of three or more title-case words followed by a value that starts with a
 * capitalised word other than an opener is cut after its second word; a characteristic that ends
 * in a lower-case word cannot be split at all (the converter then reports the row).
 */
public final class TableRowSplitter {
    private TableRowSplitter() {}

    /** Capitalised words that open sentences but rarely appear inside a title-case characteristic. */
    static final Set<String> SENTENCE_OPENERS = Set.of(
            "The", "A", "An", "This", "That", "These", "Those", "It", "Its", "They", "Their", "There",
            "He", "She", "His", "Her", "We", "Our", "Both", "Each", "However", "Although", "While",
            "Despite", "Since", "According");

    private record Word(int begin, int end, String text) {}

    /**
     * The char index (within {@code row}) where the value starts, or empty when no split is found.
     * The characteristic is {@code row[0, split)} trimmed.
     */
    public static OptionalInt valueStart(String row) {
        List<Word> words = words(row);
        int firstCandidate = -1;
        int firstK1 = -1;
        for (int k = 1; k < words.size(); k++) { // split after words[k-1] (the k-th word)
            Word last = words.get(k - 1);
            if (hasSentencePunctuation(last.text())) break;
            Word next = words.get(k);
            if (!isCapitalised(last.text()) || !isCapitalised(next.text())) continue;
            if (k == 1) { firstK1 = next.begin(); continue; }
            if (SENTENCE_OPENERS.contains(stripOpeners(next.text()))) return OptionalInt.of(next.begin());
            if (firstCandidate < 0) firstCandidate = next.begin();
        }
        if (firstCandidate >= 0) return OptionalInt.of(firstCandidate);
        if (firstK1 >= 0) return OptionalInt.of(firstK1);
        return OptionalInt.empty();
    }

    private static List<Word> words(String row) {
        List<Word> words = new ArrayList<>();
        int i = 0;
        while (i < row.length()) {
            while (i < row.length() && Character.isWhitespace(row.charAt(i))) i++;
            int b = i;
            while (i < row.length() && !Character.isWhitespace(row.charAt(i))) i++;
            if (i > b) words.add(new Word(b, i, row.substring(b, i)));
        }
        return words;
    }

    private static String stripOpeners(String w) {
        int i = 0;
        while (i < w.length() && "\"'([\u201C\u2018".indexOf(w.charAt(i)) >= 0) i++;
        return w.substring(i);
    }

    static boolean isCapitalised(String w) {
        String s = stripOpeners(w);
        if (s.isEmpty()) return false;
        int cp = s.codePointAt(0);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp);
    }

    private static boolean hasSentencePunctuation(String w) {
        for (int i = 0; i < w.length(); i++) if (".,;:!?".indexOf(w.charAt(i)) >= 0) return true;
        return false;
    }
}
