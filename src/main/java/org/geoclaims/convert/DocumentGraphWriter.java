package org.geoclaims.convert;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.geoclaims.convert.SegmentedArticle.Paragraph;
import org.geoclaims.convert.SegmentedArticle.PartKind;
import org.geoclaims.convert.SegmentedArticle.Section;
import org.geoclaims.convert.SegmentedArticle.Sentence;
import org.geoclaims.convert.SegmentedArticle.TableRow;
import org.geoclaims.vocab.Terms;

/**
 * Writes the structure of a segmented article (docs/architecture.md, "Document structure"): the
 * document as {@code gc:SourceDocument}, {@code schema:NewsArticle} and {@code nif:Context} with
 * its whole text, its sections, table rows, paragraphs and sentences. Offsets and positions are
 * {@code xsd:integer} literals.
 */
public final class DocumentGraphWriter {
    private DocumentGraphWriter() {}

    public static void write(Graph g, String doc, SegmentedArticle a, String language) {
        Node d = Iris.document(doc);
        add(g, d, Terms.RDF_TYPE, Terms.GC_SOURCE_DOCUMENT);
        add(g, d, Terms.RDF_TYPE, Terms.SCHEMA_NEWS_ARTICLE);
        add(g, d, Terms.RDF_TYPE, Terms.NIF_CONTEXT);
        add(g, d, Terms.DCTERMS_TITLE, lang(a.title().text(), language));
        if (a.question() != null) add(g, d, Terms.GC_QUESTION, lang(a.question().text(), language));
        add(g, d, Terms.NIF_IS_STRING, NodeFactory.createLiteralString(a.text().text()));
        add(g, d, Terms.NIF_BEGIN_INDEX, integer(0));
        add(g, d, Terms.NIF_END_INDEX, integer(a.text().cpLength()));

        for (Section s : a.sections()) {
            Node n = Iris.section(doc, s.number());
            add(g, d, Terms.GC_HAS_SECTION, n);
            add(g, n, Terms.RDF_TYPE, Terms.GC_SECTION);
            add(g, n, Terms.GC_SECTION_KIND, s.kind().term());
            if (s.heading() != null) add(g, n, Terms.GC_HEADING, lang(s.heading().text(), language));
            add(g, n, Terms.GC_POSITION, integer(s.number()));
            offsets(g, n, d, s.begin(), s.end());
        }
        for (TableRow r : a.rows()) {
            Node n = Iris.row(doc, r.number());
            add(g, n, Terms.RDF_TYPE, Terms.GC_TABLE_ROW);
            add(g, n, Terms.DCTERMS_IS_PART_OF, Iris.section(doc, r.section()));
            add(g, n, Terms.GC_CHARACTERISTIC, lang(r.characteristic().text(), language));
            add(g, n, Terms.GC_VALUE, lang(r.value().text(), language));
            offsets(g, n, d, r.begin(), r.end());
        }
        for (Paragraph p : a.paragraphs()) {
            Node n = Iris.paragraph(doc, p.number());
            add(g, n, Terms.RDF_TYPE, Terms.NIF_PARAGRAPH);
            add(g, n, Terms.DCTERMS_IS_PART_OF, Iris.section(doc, p.section()));
            offsets(g, n, d, p.begin(), p.end());
        }
        for (Sentence s : a.sentences()) {
            Node n = Iris.sentence(doc, s.number());
            add(g, n, Terms.RDF_TYPE, Terms.NIF_SENTENCE);
            add(g, n, Terms.DCTERMS_IS_PART_OF,
                    s.partKind() == PartKind.ROW ? Iris.row(doc, s.part()) : Iris.paragraph(doc, s.part()));
            add(g, n, Terms.GC_POSITION, integer(s.number()));
            add(g, n, Terms.NIF_ANCHOR_OF, NodeFactory.createLiteralString(s.text()));
            offsets(g, n, d, s.begin(), s.end());
        }
    }

    private static void offsets(Graph g, Node n, Node doc, int begin, int end) {
        add(g, n, Terms.NIF_BEGIN_INDEX, integer(begin));
        add(g, n, Terms.NIF_END_INDEX, integer(end));
        add(g, n, Terms.NIF_REFERENCE_CONTEXT, doc);
    }

    static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }

    static Node lang(String text, String language) {
        return NodeFactory.createLiteralLang(text, language);
    }

    static void add(Graph g, Node s, Node p, Node o) {
        g.add(Triple.create(s, p, o));
    }
}
