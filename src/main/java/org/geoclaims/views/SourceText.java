package org.geoclaims.views;

/**
 * The text of a source document addressed by Unicode code points, as NIF and Web Annotation
 * offsets count them (from 0, end exclusive), whatever UTF-16 surrogate pairs the text holds.
 */
final class SourceText {
    private final String text;
    /** {@code index[cp]} is the UTF-16 index of code point {@code cp}; one extra entry for the end. */
    private final int[] index;

    SourceText(String text) {
        this.text = text;
        int count = text.codePointCount(0, text.length());
        this.index = new int[count + 1];
        int i = 0;
        for (int cp = 0; cp < count; cp++) {
            index[cp] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        index[count] = text.length();
    }

    /** The number of code points. */
    int length() { return index.length - 1; }

    /** The text from code point {@code begin} (inclusive) to {@code end} (exclusive), clamped to the text. */
    String slice(int begin, int end) {
        int b = Math.max(0, Math.min(begin, length()));
        int e = Math.max(b, Math.min(end, length()));
        return text.substring(index[b], index[e]);
    }

    /** The code point offset where {@code s} first occurs at or after code point {@code from}, or -1. */
    int find(String s, int from) {
        int at = text.indexOf(s, index[Math.max(0, Math.min(from, length()))]);
        return at < 0 ? -1 : text.codePointCount(0, at);
    }

    /** The length of {@code s} in code points. */
    static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
