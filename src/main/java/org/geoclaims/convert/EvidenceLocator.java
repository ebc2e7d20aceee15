package org.geoclaims.convert;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.geoclaims.convert.SegmentedArticle.Sentence;

/**
 * Finds an evidence quote in its article: the quote must occur verbatim. A quote that occurs once
 * is found; one that occurs several times needs {@code occurrence} (1-based) or {@code start} (the
 * code-point offset of the wanted occurrence). When {@code start} is given it must be where the
 * chosen occurrence begins.
 */
public final class EvidenceLocator {
    private EvidenceLocator() {}

    /** Characters of context kept on each side of a quote (oa:prefix, oa:suffix). */
    public static final int CONTEXT = 32;

    /** A quote as the extraction file gives it; {@code occurrence} and {@code start} may be null. */
    public record Quote(String exact, Integer occurrence, Integer start) {}

    /** Where a quote is: code-point offsets, its context, and the sentences it overlaps. */
    public record Located(int begin, int end, String exact, String prefix, String suffix, List<Sentence> sentences) {}

    /** Why a quote could not be placed; the caller adds the position in the extraction file. */
    public static final class QuoteException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String hint;

        QuoteException(String problem, String hint) {
            super(problem);
            this.hint = hint;
        }

        public String hint() { return hint; }
    }

    /** Code-point offsets of every occurrence of {@code quote}, overlapping ones included. */
    public static List<Integer> occurrences(ArticleText text, String quote) {
        List<Integer> out = new ArrayList<>();
        String s = text.text();
        for (int i = s.indexOf(quote); i >= 0; i = s.indexOf(quote, i + 1)) out.add(text.cp(i));
        return out;
    }

    public static Located locate(SegmentedArticle article, Quote quote) {
        ArticleText text = article.text();
        String exact = quote.exact();
        if (exact.isBlank()) throw new QuoteException("the evidence quote is empty", "Quote the article's words verbatim.");
        List<Integer> found = occurrences(text, exact);
        if (found.isEmpty()) throw notFound(article, exact);
        int begin;
        if (quote.occurrence() != null) {
            int n = quote.occurrence();
            if (n < 1 || n > found.size())
                throw new QuoteException("occurrence " + n + " of the quote does not exist: it occurs " + found.size()
                        + " time(s)" + places(article, exact, found), "Give an occurrence between 1 and " + found.size() + ".");
            begin = found.get(n - 1);
            if (quote.start() != null && quote.start() != begin)
                throw new QuoteException("start " + quote.start() + " does not match occurrence " + n + ", which starts at " + begin
                        + places(article, exact, found), "Correct start: (or drop it and keep occurrence:).");
        } else if (quote.start() != null) {
            if (!found.contains(quote.start()))
                throw new QuoteException("the quote does not start at offset " + quote.start() + places(article, exact, found),
                        "Set start: to one of the offsets listed (code points from the start of the article), or use occurrence:.");
            begin = quote.start();
        } else if (found.size() > 1) {
            throw new QuoteException("the quote is ambiguous: it occurs " + found.size() + " times" + places(article, exact, found),
                    "Add occurrence: N (1-based, in reading order) to say which one is meant, or quote more of the sentence.");
        } else {
            begin = found.get(0);
        }
        int end = begin + exact.codePointCount(0, exact.length());
        int pb = Math.max(0, begin - CONTEXT);
        int se = Math.min(text.cpLength(), end + CONTEXT);
        return new Located(begin, end, exact, text.slice(pb, begin), text.slice(end, se), article.sentencesOverlapping(begin, end));
    }

    private static String places(SegmentedArticle article, String exact, List<Integer> found) {
        int length = exact.codePointCount(0, exact.length());
        return ":" + found.stream().map(at -> {
            List<Sentence> in = article.sentencesOverlapping(at, at + length);
            String where = in.isEmpty()
                    ? "outside any sentence (title, question, heading, byline or table characteristic)"
                    : "in sentence " + in.get(0).number() + " \"" + abbreviate(in.get(0).text()) + "\"";
            return "\n    offset " + at + " (line " + article.text().lineOf(article.text().charIndex(at)) + ") " + where;
        }).collect(Collectors.joining());
    }

    private static QuoteException notFound(SegmentedArticle article, String exact) {
        String s = article.text().text();
        StringBuilder problem = new StringBuilder("the quote is not in the article " + article.text().file().getFileName());
        int ci = s.toLowerCase(Locale.ROOT).indexOf(exact.toLowerCase(Locale.ROOT));
        if (ci >= 0) {
            problem.append("; it occurs with different letter case at offset ").append(article.text().cp(ci))
                    .append(": \"").append(abbreviate(s.substring(ci, Math.min(s.length(), ci + exact.length())))).append('"');
        } else {
            int len = exact.length() - 1;
            while (len >= 8 && !s.contains(exact.substring(0, len))) len--;
            if (len >= 8) {
                int at = s.indexOf(exact.substring(0, len));
                int upto = Math.min(s.length(), at + len + 20);
                problem.append("; its first ").append(len).append(" characters match at offset ").append(article.text().cp(at))
                        .append(", where the article reads \"").append(abbreviate(s.substring(at, upto))).append("…\"");
            }
        }
        return new QuoteException(problem.toString(),
                "Copy the words from the article exactly (letter case, quotes, apostrophes, spaces); convert matches verbatim.");
    }

    /** A short, one-line excerpt for messages (line breaks shown as \\n). */
    static String abbreviate(String s) {
        String cut = s.length() <= 90 ? s : s.substring(0, 87) + "...";
        return cut.replace("\r", "\\r").replace("\n", "\\n");
    }
}
