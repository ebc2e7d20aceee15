package org.geoclaims.generate;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of one synthetic source document, built sentence by sentence, with the code-point
 * offsets (0-based, end exclusive, as NIF and Web Annotation count them) of every part.
 *
 * <p>Layout: the title line, then sections each opened by a heading line, then paragraphs of
 * sentences joined by a space; blocks are separated by a blank line, like the articles
 * {@code convert} reads.
 */
final class DocumentText {
    record Span(int begin, int end) {}

    /** A sentence: its text, where it is, the paragraph it is in (1-based). */
    record Sentence(String text, int begin, int end, int paragraph) {}

    /** A paragraph of a section (1-based numbers). */
    record Paragraph(int section, int begin, int end) {}

    /** A section: its heading and where it is (from the heading to its last paragraph). */
    record Section(String heading, int begin, int end) {}

    private final StringBuilder text = new StringBuilder();
    private int codePoints;
    private final List<Sentence> sentences = new ArrayList<>();
    private final List<Paragraph> paragraphs = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private int paragraphBegin = -1;
    private int sentencesInParagraph;
    private int[] finished;

    DocumentText(String title) {
        append(title);
    }

    private int append(String s) {
        if (finished != null) throw new IllegalStateException("the text is finished");
        int start = codePoints;
        text.append(s);
        codePoints += s.codePointCount(0, s.length());
        return start;
    }

    /** Opens a section with its heading line. */
    void section(String heading) {
        closeParagraph();
        closeSection();
        append("\n\n");
        int begin = append(heading);
        sections.add(new Section(heading, begin, codePoints));
    }

    /** Ends the current paragraph; the next sentence opens a new one. */
    void closeParagraph() {
        if (paragraphBegin < 0) return;
        paragraphs.add(new Paragraph(sections.size(), paragraphBegin, codePoints));
        paragraphBegin = -1;
        sentencesInParagraph = 0;
    }

    private void closeSection() {
        if (sections.isEmpty()) return;
        Section last = sections.get(sections.size() - 1);
        sections.set(sections.size() - 1, new Section(last.heading(), last.begin(), codePoints));
    }

    int sentencesInParagraph() { return sentencesInParagraph; }

    /** Appends a sentence to the current paragraph (opening one if needed); returns its 1-based number. */
    int sentence(String s) {
        if (sections.isEmpty()) throw new IllegalStateException("open a section first");
        if (paragraphBegin < 0) {
            append("\n\n");
            paragraphBegin = codePoints;
        } else {
            append(" ");
        }
        int begin = append(s);
        sentences.add(new Sentence(s, begin, codePoints, paragraphs.size() + 1));
        sentencesInParagraph++;
        return sentences.size();
    }

    /** Closes the last paragraph and section; afterwards the text and its parts can be read. */
    void finish() {
        closeParagraph();
        closeSection();
        finished = text.codePoints().toArray();
    }

    String text() { return text.toString(); }
    int length() { return codePoints; }
    List<Sentence> sentences() { return sentences; }
    List<Paragraph> paragraphs() { return paragraphs; }
    List<Section> sections() { return sections; }
    Sentence sentenceNo(int n) { return sentences.get(n - 1); }

    /**
     * Where {@code phrase} is in sentence {@code n}: its first occurrence at or after the
     * {@code from}-th character of the sentence.
     */
    Span locate(int n, String phrase, int from) {
        Sentence s = sentenceNo(n);
        int i = s.text().indexOf(phrase, from);
        if (i < 0) throw new IllegalArgumentException("'" + phrase + "' is not in sentence " + n + ": " + s.text());
        int begin = s.begin() + s.text().codePointCount(0, i);
        return new Span(begin, begin + phrase.codePointCount(0, phrase.length()));
    }

    /** The text between two code-point offsets (after {@link #finish()}). */
    String slice(int begin, int end) {
        int b = Math.max(0, begin);
        int e = Math.min(finished.length, end);
        return b >= e ? "" : new String(finished, b, e - b);
    }
}
