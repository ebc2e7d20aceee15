package org.geoclaims.views;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The source view written from a document's parts: offsets in code points, escaping, highlights, lists. */
class ViewSourcePageTest {

    static final String DOC = "https://w3id.org/geoclaims/source/t";
    static final String TEXT = "The 😀 title\n\nis it so\n\nA heading\nFirst <b>bold</b> 😀 claim. Second one.\n\nsite\nOther\nLast words.\n";

    /** Code-point offset of the first occurrence of {@code s} in the text. */
    static int at(String s) {
        return TEXT.codePointCount(0, TEXT.indexOf(s));
    }

    static int end(String s) {
        return at(s) + s.codePointCount(0, s.length());
    }

    static SourceDocument document() {
        String first = "First <b>bold</b> 😀 claim.";
        var section = new SourceDocument.Part(DOC + "/section/1", 1, at("A heading"), end("Second one."),
                null, "BodySection", "A heading", null);
        var section2 = new SourceDocument.Part(DOC + "/section/2", 2, at("Other"), end("Last words."),
                null, "BodySection", "Other", null);
        var paragraph = new SourceDocument.Part(DOC + "/paragraph/1", 1, at(first), end("Second one."), section.iri(), null, null, null);
        var s1 = new SourceDocument.Part(DOC + "/sentence/1", 1, at(first), end(first), paragraph.iri(), null, null, null);
        var s2 = new SourceDocument.Part(DOC + "/sentence/2", 2, at("Second one."), end("Second one."), paragraph.iri(), null, null, null);
        var quotes = List.of(
                new SourceDocument.Quote("https://w3id.org/geoclaims/id/claim", DOC + "/evidence/claim/1", at("bold"), end("claim."), "bold</b> 😀 claim", List.of(1)),
                new SourceDocument.Quote("https://w3id.org/geoclaims/id/framing", DOC + "/evidence/framing/1", at("The 😀 title"), end("The 😀 title"), "The 😀 title", List.of()));
        return new SourceDocument(DOC, "t", "The 😀 title", "is it so", "site", new SourceText(TEXT), List.of(section, section2),
                List.of(paragraph), List.of(s1, s2), quotes,
                Map.of("https://w3id.org/geoclaims/id/claim", new SourceDocument.StatementName("A <claim>", "claim"),
                       "https://w3id.org/geoclaims/id/framing", new SourceDocument.StatementName("Framing", "characterisation")));
    }

    @Test
    void sentencesAreCutAtCodePointOffsetsAndEscaped() {
        Document page = Jsoup.parse(SourcePage.render(document()));
        Element s1 = page.getElementById("sentence-1");
        assertEquals("First <b>bold</b> 😀 claim.", s1.text(), "the emoji counts as one code point; markup in the text stays text");
        assertTrue(s1.select("b").isEmpty(), "text of the article is never HTML");
        assertEquals("Second one.", page.getElementById("sentence-2").text());
        assertEquals("First <b>bold</b> 😀 claim. Second one.", page.getElementById("paragraph-1").text());
    }

    @Test
    void onlySentencesWithEvidenceAreHighlightedAndEachHasItsList() {
        Document page = Jsoup.parse(SourcePage.render(document()));
        Element s1 = page.getElementById("sentence-1");
        assertTrue(s1.hasClass("supports"));
        assertEquals("0", s1.attr("tabindex"), "reachable with the keyboard");
        assertFalse(page.getElementById("sentence-2").hasClass("supports"));
        Element list = page.getElementById(s1.attr("data-statements"));
        assertNotNull(list);
        assertEquals("Sentence 1 supports 1 statement", list.selectFirst("h3").text());
        Element link = list.selectFirst("a.statement");
        assertEquals("/page/id/claim", link.attr("href"));
        assertEquals("A <claim>", link.text());
        assertEquals("bold</b> 😀 claim", list.selectFirst("q").text());
        assertNull(page.getElementById("statements-sentence-2"));
    }

    @Test
    void quotesOutsideSentencesHighlightTheirText() {
        Document page = Jsoup.parse(SourcePage.render(document()));
        Element title = page.selectFirst("article h1 mark.supports");
        assertNotNull(title, "the title is highlighted: a quote was taken from it");
        assertEquals("The 😀 title", title.text());
        assertEquals("/page/id/framing", page.getElementById(title.attr("data-statements")).selectFirst("a.statement").attr("href"));
        assertEquals("The question it answers: is it so", page.selectFirst("p.question").text());
        assertEquals("site", page.selectFirst("p.byline").text(), "text between sections (a byline) is kept");
        assertEquals(List.of("A heading", "Other"), page.select("section h2").eachText());
        assertEquals("Last words.", page.select("#section-2 p").text(), "a section without paragraphs shows its text");
    }

    @Test
    void aDocumentWithoutSectionsStillShowsItsSentences() {
        SourceDocument d = document();
        SourceDocument bare = new SourceDocument(d.iri(), d.id(), d.title(), null, null, d.text(), List.of(), List.of(),
                d.sentences(), d.quotes(), d.statements());
        Document page = Jsoup.parse(SourcePage.render(bare));
        assertEquals("First <b>bold</b> 😀 claim.", page.getElementById("sentence-1").text());
        assertTrue(page.getElementById("sentence-1").hasClass("supports"));
        assertEquals("Second one.", page.getElementById("sentence-2").text());
    }

    @Test
    void sourceTextSlicesByCodePoints() {
        SourceText t = new SourceText("a😀b😀c");
        assertEquals(5, t.length());
        assertEquals("😀b", t.slice(1, 3));
        assertEquals(3, t.find("😀c", 0));
        assertEquals(-1, t.find("x", 0));
        assertEquals("", t.slice(4, 2), "an empty range, never an exception");
        assertEquals("c", t.slice(4, 99));
    }
}
