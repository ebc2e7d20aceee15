package org.geoclaims.views;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A source document as the graph describes it (docs/architecture.md, "Document structure"): its
 * text, title and question, the sections, paragraphs, table rows and sentences with their
 * code-point offsets, and every evidence quote with the statement it supports.
 *
 * @param iri        {@code https://w3id.org/geoclaims/source/<id>}
 * @param publisher  the publisher's name, or null
 * @param sections   in reading order
 * @param blocks     paragraphs and table rows, in reading order
 * @param sentences  in reading order
 * @param quotes     every evidence quote from this document
 * @param statements what each statement with a quote here is called, by IRI
 */
record SourceDocument(String iri, String id, String title, String question, String publisher, SourceText text,
                      List<Part> sections, List<Part> blocks, List<Part> sentences, List<Quote> quotes,
                      Map<String, StatementName> statements) {

    /** Section kinds (local names of the gc:sectionKind individuals). */
    static final String TABLE_SECTION = "SummaryTableSection";
    static final String FOOTER_SECTION = "SiteFooterSection";

    /**
     * A section, paragraph, table row or sentence.
     *
     * @param number         the number at the end of its IRI ({@code .../sentence/7} → 7)
     * @param container      the section a paragraph or row is part of, the paragraph or row a sentence is part of
     * @param sectionKind    for a section: the local name of its gc:sectionKind
     * @param heading        for a section: its heading, or null
     * @param characteristic for a table row: the characteristic it gives a value for
     */
    record Part(String iri, int number, int begin, int end, String container, String sectionKind, String heading,
                String characteristic) {
        static final Comparator<Part> READING_ORDER = Comparator.comparingInt(Part::begin).thenComparingInt(Part::number);

        boolean isRow() { return characteristic != null; }
    }

    /**
     * An evidence quote (a gc:Evidence node with its Web Annotation selectors).
     *
     * @param sentences the numbers of the sentences it overlaps (gc:inSentence); empty for a quote
     *                  from the title, the question, a heading, a table characteristic or a byline
     */
    record Quote(String statement, String evidence, int start, int end, String exact, List<Integer> sentences) {}

    /** What a statement is called in a list, and its kind (class labels). */
    record StatementName(String name, String kind) {}

    /** The quotes inside sentence {@code n}. */
    List<Quote> quotesInSentence(int n) {
        return quotes.stream().filter(q -> q.sentences().contains(n)).toList();
    }

    /** The quotes outside sentences (title, question, headings, characteristics, bylines) overlapping {@code [begin, end)}. */
    List<Quote> quotesOutsideSentences(int begin, int end) {
        return quotes.stream().filter(q -> q.sentences().isEmpty() && q.start() < end && q.end() > begin).toList();
    }
}
