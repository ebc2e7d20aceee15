package org.geoclaims.convert;

import java.util.List;

/**
 * An article cut into its parts, in reading order. Every offset counts Unicode code points from
 * the start of the text, end exclusive; every number is 1-based and counts through the whole
 * document (paragraph 7 is the seventh paragraph of the article, whatever its section).
 *
 * @param text       the article
 * @param title      the title line
 * @param question   the question line the article answers, or null when the article has none
 * @param sections   introduction, summary table, body and FAQ sections, site footer
 * @param rows       rows of the summary table
 * @param paragraphs paragraphs of every section but the table
 * @param sentences  sentences of paragraphs and of table values
 */
public record SegmentedArticle(ArticleText text, Span title, Span question, List<Section> sections,
                               List<TableRow> rows, List<Paragraph> paragraphs, List<Sentence> sentences) {

    /** A stretch of the text: code-point offsets and the text itself. */
    public record Span(int begin, int end, String text) {}

    /**
     * A section. {@code heading} is null for the introduction and the footer, {@code byline} is the
     * site's byline line printed before the section (null when there is none); neither is a sentence.
     */
    public record Section(int number, SectionKind kind, Span heading, Span byline, int begin, int end) {}

    /** A row of the summary table: the whole line and its two cells. */
    public record TableRow(int number, int section, Span characteristic, Span value, int begin, int end) {}

    public record Paragraph(int number, int section, int begin, int end) {}

    /** What a sentence is part of: a paragraph or a table row (by number). */
    public enum PartKind { PARAGRAPH, ROW }

    public record Sentence(int number, PartKind partKind, int part, int begin, int end, String text) {}

    /** Sentences overlapping the code-point range {@code [begin, end)}. */
    public List<Sentence> sentencesOverlapping(int begin, int end) {
        return sentences.stream().filter(s -> s.begin() < end && begin < s.end()).toList();
    }
}
