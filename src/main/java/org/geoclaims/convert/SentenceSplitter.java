package org.geoclaims.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits one line of prose into sentences, by rule rather than with {@link java.text.BreakIterator}
 * (whose rules differ between JDKs and would make the committed output depend on the JVM).
 *
 * <p>A sentence ends after {@code .}, {@code !} or {@code ?} (runs such as {@code ?!} or
 * {@code ...} count as one), together with any closing quotes or brackets right after it
 * ({@code ."}, {@code ?)}), when that is followed by white space and then by the start of a new
 * sentence: an upper-case letter or a digit, possibly behind opening quotes or brackets. It does not
 * end
 * <ul>
 *   <li>inside a token ({@code FreeNews.AM,}, {@code 1.5}, {@code example.org}), since no white space follows;</li>
 *   <li>after an abbreviation that is never last in a sentence ({@code Mr.}, {@code Dr.}, {@code St.},
 *       {@code Gen.}, {@code approx.}, {@code Sept.}, {@code No.}, ...);</li>
 *   <li>after an initialism of single letters ({@code U.N.}, {@code U.S.}, {@code e.g.}, {@code i.e.})
 *       or a single capital initial ({@code John F. Kennedy}).</li>
 * </ul>
 * The end of the line always ends a sentence. Sentences never include the white space between them.
 * Known limits: a sentence that really ends with an initialism ("... joined the U.N. Later ...")
 * is joined with the next one; a sentence starting with a lower-case letter is joined with the
 * previous one.
 */
public final class SentenceSplitter {
    private SentenceSplitter() {}

    /** Abbreviations (without the period, lower case) that do not end a sentence. */
    static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "mt", "ft", "gen", "col", "lt", "maj", "capt", "cmdr", "sgt",
            "gov", "sen", "rep", "rev", "hon", "pres", "amb", "no", "nos", "vol", "fig", "pp", "vs", "cf", "approx",
            "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** A span of char indexes, end exclusive. */
    public record Span(int begin, int end) {}

    /** Sentences of {@code text[from, to)}, trimmed of surrounding white space. */
    public static List<Span> split(String text, int from, int to) {
        List<Span> out = new ArrayList<>();
        int start = skipSpace(text, from, to);
        int i = start;
        while (i < to) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u2026') {
                int end = i + 1;
                while (end < to && isTerminal(text.charAt(end))) end++;
                while (end < to && isCloser(text.charAt(end))) end++;
                int next = skipSpace(text, end, to);
                if (next > end && next < to && startsSentence(text, next, to) && !isAbbreviation(text, start, i)) {
                    out.add(new Span(start, end));
                    start = next;
                    i = next;
                    continue;
                }
                i = end;
                continue;
            }
            i++;
        }
        int end = trimEnd(text, start, to);
        if (end > start) out.add(new Span(start, end));
        return out;
    }

    private static boolean isTerminal(char c) { return c == '.' || c == '!' || c == '?' || c == '\u2026'; }

    private static boolean isCloser(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201D' || c == '\u2019' || c == '\u00BB';
    }

    private static boolean isOpener(char c) {
        return c == '"' || c == '\'' || c == '(' || c == '[' || c == '\u201C' || c == '\u2018' || c == '\u00AB';
    }

    private static boolean startsSentence(String text, int at, int to) {
        int i = at;
        while (i < to && isOpener(text.charAt(i))) i++;
        if (i >= to) return false;
        int cp = text.codePointAt(i);
        return Character.isUpperCase(cp) || Character.isTitleCase(cp) || Character.isDigit(cp);
    }

    /** True when the period at {@code dot} closes an abbreviation or initialism, not a sentence. */
    private static boolean isAbbreviation(String text, int sentenceStart, int dot) {
        if (text.charAt(dot) != '.') return false;
        int wordStart = dot;
        while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))
                && !isOpener(text.charAt(wordStart - 1))) wordStart--;
        String word = text.substring(wordStart, dot);
        if (word.isEmpty()) return false;
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) return true;
        // single capital initial: "F." in "John F. Kennedy"
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) return true;
        // initialism of single letters: "U.N", "U.S", "e.g", "i.e"
        return word.matches("\\p{L}(\\.\\p{L})+");
    }

    private static int skipSpace(String text, int i, int to) {
        while (i < to && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int from, int end) {
        while (end > from && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
