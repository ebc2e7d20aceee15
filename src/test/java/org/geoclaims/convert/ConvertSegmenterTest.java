package org.geoclaims.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.geoclaims.InputException;
import org.geoclaims.convert.SegmentedArticle.Paragraph;
import org.geoclaims.convert.SegmentedArticle.PartKind;
import org.geoclaims.convert.SegmentedArticle.Section;
import org.geoclaims.convert.SegmentedArticle.Sentence;
import org.geoclaims.convert.SegmentedArticle.TableRow;
import org.junit.jupiter.api.Test;

class ConvertSegmenterTest {

    private static SegmentedArticle real() {
        return ArticleSegmenter.segment(ArticleText.read(ConvertFixtures.realArticle()));
    }

    private static SegmentedArticle norway() {
        return ArticleSegmenter.segment(ArticleText.read(ConvertFixtures.resource("project/data/sources/norway-sweden-1905.txt")));
    }

    private static List<SectionKind> kinds(SegmentedArticle a) {
        return a.sections().stream().map(Section::kind).toList();
    }

    private static List<String> headings(SegmentedArticle a) {
        return a.sections().stream().map(s -> s.heading() == null ? null : s.heading().text()).toList();
    }

    /** Every offset slices the text to what the part says it is; parts nest and follow each other. */
    private static void assertOffsetsSliceTheText(SegmentedArticle a) {
        ArticleText t = a.text();
        assertEquals(a.title().text(), t.slice(a.title().begin(), a.title().end()));
        int previousEnd = 0;
        for (Sentence s : a.sentences()) {
            assertEquals(s.text(), t.slice(s.begin(), s.end()), "sentence " + s.number());
            assertEquals(s.text(), s.text().strip(), "sentence " + s.number() + " is trimmed");
            assertTrue(s.begin() >= previousEnd, "sentence " + s.number() + " follows the previous one");
            previousEnd = s.end();
            int[] part = s.partKind() == PartKind.ROW
                    ? new int[] {a.rows().get(s.part() - 1).value().begin(), a.rows().get(s.part() - 1).end()}
                    : new int[] {a.paragraphs().get(s.part() - 1).begin(), a.paragraphs().get(s.part() - 1).end()};
            assertTrue(part[0] <= s.begin() && s.end() <= part[1], "sentence " + s.number() + " lies within its part");
        }
        for (TableRow r : a.rows()) {
            assertEquals(r.characteristic().text(), t.slice(r.characteristic().begin(), r.characteristic().end()));
            assertEquals(r.value().text(), t.slice(r.value().begin(), r.value().end()));
            assertEquals(r.characteristic().text() + " " + r.value().text(), t.slice(r.begin(), r.end()));
        }
        for (Paragraph p : a.paragraphs()) {
            Section s = a.sections().get(p.section() - 1);
            assertTrue(s.begin() <= p.begin() && p.end() <= s.end(), "paragraph " + p.number() + " lies within its section");
            assertEquals(t.slice(p.begin(), p.end()), t.slice(p.begin(), p.end()).strip());
        }
        for (Section s : a.sections())
            if (s.heading() != null) assertEquals(s.heading().text(), t.slice(s.heading().begin(), s.heading().end()));
    }

    @Test
    void realArticleStructure() {
        SegmentedArticle a = real();
        assertEquals("Pakistan Army's Involvement In Azerbaijan's Military Efforts", a.title().text());
        assertEquals("is pakistan army fighting in azerbaijan", a.question().text());
        assertEquals(List.of(SectionKind.INTRODUCTION, SectionKind.SUMMARY_TABLE, SectionKind.BODY, SectionKind.BODY,
                SectionKind.BODY, SectionKind.BODY, SectionKind.BODY, SectionKind.FAQ, SectionKind.SITE_FOOTER), kinds(a));
        assertEquals(java.util.Arrays.asList(null, "Characteristics Values",
                "Pakistan denies its army's presence in Azerbaijan",
                "Azerbaijan-Pakistan relations",
                "Pakistan's stance on the Nagorno-Karabakh conflict",
                "Armenian media claims of Pakistani soldiers in Azerbaijan",
                "Pakistan-Azerbaijan military cooperation",
                "Frequently asked questions", null), headings(a));
        for (Section s : a.sections().subList(2, 7)) assertEquals("shunculture", s.byline().text());
        assertNull(a.sections().get(7).byline());

        assertEquals(List.of("Pakistan Army fighting alongside Azerbaijan", "Pakistan-Azerbaijan Relations",
                "Pakistan-Armenia Relations", "Military Cooperation"),
                a.rows().stream().map(r -> r.characteristic().text()).toList());
        assertTrue(a.rows().get(0).value().text().startsWith("Speculative and baseless reports claim"));
        assertTrue(a.rows().get(1).value().text().startsWith("The two countries are considered"));
        assertTrue(a.rows().get(2).value().text().startsWith("Pakistan is the only country"));
        assertTrue(a.rows().get(3).value().text().startsWith("Pakistan and Azerbaijan have an agreement"));

        assertEquals(32, a.paragraphs().size());
        assertEquals(84, a.sentences().size());
        assertOffsetsSliceTheText(a);

        List<String> sentences = a.sentences().stream().map(Sentence::text).toList();
        assertTrue(sentences.contains("These reports emerged in September 2020, with an Armenian news outlet, FreeNews.AM, "
                + "citing a telephone conversation between two civilians in the area."));
        assertTrue(sentences.contains("These reports were refuted by the Pakistani government, which called them "
                + "\"irresponsible, speculative, and baseless.\""));
        assertTrue(sentences.contains("Meanwhile, Armenia has accused Turkey of providing military support, including drones, "
                + "personnel, and F-16s."));
        assertEquals(List.of("Written by", "Reviewed by", "Share this post", "Print", "Did this article help you?", "Leave a comment"),
                sentences.subList(78, 84));
    }

    @Test
    void secondArticleExactly() {
        SegmentedArticle a = norway();
        assertEquals("Norway's Peaceful Separation From Sweden In 1905", a.title().text());
        assertEquals(0, a.title().begin());
        assertEquals("did norway separate from sweden peacefully", a.question().text());
        assertEquals(List.of(SectionKind.INTRODUCTION, SectionKind.SUMMARY_TABLE, SectionKind.BODY, SectionKind.BODY,
                SectionKind.FAQ, SectionKind.SITE_FOOTER), kinds(a));
        assertEquals(java.util.Arrays.asList(null, "Characteristics Values", "The Storting's decision of 7 June 1905",
                "Negotiations in Karlstad", "Frequently asked questions", null), headings(a));
        assertEquals("northdesk", a.sections().get(2).byline().text());
        assertEquals("northdesk", a.sections().get(3).byline().text());

        assertEquals(List.of(
                List.of("Peaceful Separation From Sweden", "The union was dissolved by negotiation rather than by war. Both governments accepted the outcome."),
                List.of("Union Dissolution", "The Storting declared the union dissolved on 7 June 1905. Swedish recognition followed in October."),
                List.of("Karlstad Convention", "Norway and Sweden agreed on the terms of the separation in Karlstad. The agreement created a neutral zone along the border."),
                List.of("Royal Succession", "Prince Carl of Denmark accepted the Norwegian throne and took the name Haakon VII.")),
                a.rows().stream().map(r -> List.of(r.characteristic().text(), r.value().text())).toList());

        assertEquals(9, a.paragraphs().size());
        assertEquals(List.of(1, 3, 3, 4, 4, 5, 5, 6, 6), a.paragraphs().stream().map(Paragraph::section).toList());
        assertEquals(30, a.sentences().size());
        assertOffsetsSliceTheText(a);

        // offsets counted by hand on the fixture text
        Sentence first = a.sentences().get(0);
        assertEquals(List.of(94, 152, "In 1905, Norway ended its union with Sweden without a war."),
                List.of(first.begin(), first.end(), first.text()));
        Sentence quoteEnd = a.sentences().get(17);
        assertEquals(List.of(1413, 1470, "The agreement is often described as a \"peaceful divorce.\""),
                List.of(quoteEnd.begin(), quoteEnd.end(), quoteEnd.text()));
        assertEquals("Today both countries are members of the U.N. and of the Nordic Council.", a.sentences().get(20).text());
        assertEquals("The talks lasted approx. three weeks.", a.sentences().get(16).text());
        assertEquals(List.of("Yes.", "The union was dissolved by negotiation, and no war was fought."),
                List.of(a.sentences().get(21).text(), a.sentences().get(22).text()));
        Sentence row4 = a.sentences().get(10);
        assertEquals(List.of(PartKind.ROW, 4, 840, 922), List.of(row4.partKind(), row4.part(), row4.begin(), row4.end()));
        assertEquals(List.of(409, 922), List.of(a.sections().get(1).begin(), a.sections().get(1).end()));
        assertEquals(List.of(1808, 1896), List.of(a.sections().get(5).begin(), a.sections().get(5).end()));
    }

    @Test
    void offsetsCountCodePointsAndLineEndingsMayBeCrLf() {
        String text = "Title \uD835\uDD18nicode\r\n\r\nis this a question\r\n\r\n"
                + "The \uD83D\uDE00 sign is one code point. Next sentence here.\r\n";
        SegmentedArticle a = ArticleSegmenter.segment(ArticleText.of(Path.of("mem.txt"), text));
        assertEquals("Title \uD835\uDD18nicode", a.title().text());
        assertEquals(13, a.title().end(), "13 code points, 14 chars");
        assertEquals("is this a question", a.question().text());
        assertEquals(List.of(SectionKind.INTRODUCTION), kinds(a));
        Sentence s1 = a.sentences().get(0);
        Sentence s2 = a.sentences().get(1);
        assertEquals("The \uD83D\uDE00 sign is one code point.", s1.text());
        int introStart = text.codePointCount(0, text.indexOf("The "));
        assertEquals(introStart, s1.begin());
        assertEquals(introStart + 29, s1.end(), "29 code points, 30 chars");
        assertEquals("Next sentence here.", s2.text());
        assertEquals(s1.end() + 1, s2.begin());
        assertOffsetsSliceTheText(a);
    }

    @Test
    void articleWithoutQuestionOrTable() {
        String text = "A Title\n\nFirst paragraph. It has two sentences.\n\nA heading\n\nBody text.\n\nLeave a comment";
        SegmentedArticle a = ArticleSegmenter.segment(ArticleText.of(Path.of("mem.txt"), text));
        assertNull(a.question());
        assertEquals(List.of(SectionKind.INTRODUCTION, SectionKind.BODY, SectionKind.SITE_FOOTER), kinds(a));
        assertEquals("A heading", a.sections().get(1).heading().text());
        assertNull(a.sections().get(1).byline());
        assertEquals(List.of("First paragraph.", "It has two sentences.", "Body text.", "Leave a comment"),
                a.sentences().stream().map(Sentence::text).toList());
    }

    @Test
    void emptyArticleIsReported() {
        InputException e = assertThrows(InputException.class,
                () -> ArticleSegmenter.segment(ArticleText.of(Path.of("empty.txt"), "\n  \n")));
        assertEquals(Path.of("empty.txt"), e.file());
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void tableRowWithoutSplitIsReportedWithItsLine() {
        String text = "Title\n\nquestion\n\nIntro sentence.\n\nCharacteristics Values\nGood Row The value.\nbad row without any capital split\n";
        InputException e = assertThrows(InputException.class,
                () -> ArticleSegmenter.segment(ArticleText.of(Path.of("t.txt"), text)));
        assertEquals(9, e.line());
        assertEquals(1, e.column());
        assertTrue(e.getMessage().contains("table row"), e.getMessage());
    }
}
