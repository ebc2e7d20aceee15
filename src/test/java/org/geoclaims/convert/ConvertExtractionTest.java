package org.geoclaims.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geoclaims.convert.Converter.Converted;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.vocab.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertExtractionTest {

    @TempDir
    Path tmp;

    private static final Node GRAPH = Iris.graph(ConvertFixtures.DOC);

    private static DatasetGraph parse(byte[] trig) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(new String(trig, java.nio.charset.StandardCharsets.UTF_8), Lang.TRIG).parse(dsg);
        return dsg;
    }

    private Graph converted(ProjectLayout project) {
        List<Converted> docs = Converter.convertAll(project, project.ontologyFile());
        assertEquals(1, docs.size());
        DatasetGraph dsg = parse(docs.get(0).trig());
        assertTrue(dsg.getDefaultGraph().isEmpty(), "nothing outside the named graph");
        assertEquals(List.of(GRAPH), iterableToList(dsg.listGraphNodes()));
        return dsg.getGraph(GRAPH);
    }

    private static List<Node> iterableToList(java.util.Iterator<Node> it) {
        List<Node> out = new java.util.ArrayList<>();
        it.forEachRemaining(out::add);
        return out;
    }

    /** The triples of the document structure alone, as the structure writer makes them. */
    private static Graph structure(Path article) {
        Graph g = GraphMemFactory.createDefaultGraph();
        DocumentGraphWriter.write(g, ConvertFixtures.DOC, ArticleSegmenter.segment(ArticleText.read(article)), "en");
        return g;
    }

    @Test
    void extractionTriplesAreExactlyTheExpectedOnes() {
        ProjectLayout project = ConvertFixtures.project(tmp);
        Graph actual = converted(project);
        Graph extraction = GraphMemFactory.createDefaultGraph();
        Graph structure = structure(project.sourcesDir().resolve(ConvertFixtures.DOC + ".txt"));
        actual.find().forEach(t -> { if (!structure.contains(t)) extraction.add(t); });
        structure.find().forEach(t -> assertTrue(actual.contains(t), "structure triple missing: " + t));

        DatasetGraph expected = DatasetGraphFactory.create();
        RDFParser.source(ConvertFixtures.resource("expected/norway-sweden-1905-extraction.trig")).lang(Lang.TRIG).parse(expected);
        Graph want = expected.getGraph(GRAPH);
        assertTrue(want.isIsomorphicWith(extraction), () -> "differences:\n  missing: " + minus(want, extraction)
                + "\n  unexpected: " + minus(extraction, want));
    }

    private static Set<String> minus(Graph a, Graph b) {
        Set<String> out = new TreeSet<>();
        a.find().forEach(t -> { if (!t.getSubject().isBlank() && !b.contains(t)) out.add(t.toString()); });
        return out;
    }

    @Test
    void evidenceOffsetsSliceTheArticleToTheQuote() {
        ProjectLayout project = ConvertFixtures.project(tmp);
        Graph g = converted(project);
        ArticleText text = ArticleText.read(project.sourcesDir().resolve(ConvertFixtures.DOC + ".txt"));
        List<Triple> positions = g.find(Node.ANY, Terms.RDF_TYPE, Terms.OA_TEXT_POSITION_SELECTOR).toList();
        assertEquals(9, positions.size());
        for (Triple t : positions) {
            Node position = t.getSubject();
            String evidence = position.getURI().substring(0, position.getURI().length() - "/position".length());
            Node quote = NodeFactory.createURI(evidence + "/quote");
            int start = Integer.parseInt(one(g, position, Terms.OA_START).getLiteralLexicalForm());
            int end = Integer.parseInt(one(g, position, Terms.OA_END).getLiteralLexicalForm());
            String exact = one(g, quote, Terms.OA_EXACT).getLiteralLexicalForm();
            assertEquals(exact, text.slice(start, end), evidence);
            Node prefix = g.find(quote, Terms.OA_PREFIX, Node.ANY).nextOptional().map(Triple::getObject).orElse(null);
            assertEquals(text.slice(Math.max(0, start - 32), start), prefix.getLiteralLexicalForm());
            // every sentence the quote overlaps, and only those
            for (Triple s : g.find(NodeFactory.createURI(evidence), Terms.GC_IN_SENTENCE, Node.ANY).toList()) {
                int sb = Integer.parseInt(one(g, s.getObject(), Terms.NIF_BEGIN_INDEX).getLiteralLexicalForm());
                int se = Integer.parseInt(one(g, s.getObject(), Terms.NIF_END_INDEX).getLiteralLexicalForm());
                assertTrue(sb < end && start < se, evidence + " overlaps " + s.getObject());
            }
        }
        Node referendumEvidence = NodeFactory.createURI("https://w3id.org/geoclaims/source/norway-sweden-1905/evidence/referendum-1905/1");
        assertEquals(2, g.find(referendumEvidence, Terms.GC_IN_SENTENCE, Node.ANY).toList().size(), "a quote across two sentences");
    }

    private static Node one(Graph g, Node s, Node p) {
        List<Triple> ts = g.find(s, p, Node.ANY).toList();
        assertEquals(1, ts.size(), s + " " + p);
        return ts.get(0).getObject();
    }

    @Test
    void documentStructureTriples() {
        Graph g = converted(ConvertFixtures.project(tmp));
        Node doc = Iris.document(ConvertFixtures.DOC);
        assertTrue(g.contains(doc, Terms.RDF_TYPE, Terms.GC_SOURCE_DOCUMENT));
        assertTrue(g.contains(doc, Terms.RDF_TYPE, Terms.NIF_CONTEXT));
        assertTrue(g.contains(doc, Terms.RDF_TYPE, Terms.SCHEMA_NEWS_ARTICLE));
        assertTrue(g.contains(doc, Terms.GC_QUESTION, NodeFactory.createLiteralLang("did norway separate from sweden peacefully", "en")));
        assertEquals(6, g.find(doc, Terms.GC_HAS_SECTION, Node.ANY).toList().size());
        Node section2 = Iris.section(ConvertFixtures.DOC, 2);
        assertTrue(g.contains(section2, Terms.GC_SECTION_KIND, SectionKind.SUMMARY_TABLE.term()));
        assertTrue(g.contains(section2, Terms.GC_POSITION, DocumentGraphWriter.integer(2)));
        Node row4 = Iris.row(ConvertFixtures.DOC, 4);
        assertTrue(g.contains(row4, Terms.GC_CHARACTERISTIC, NodeFactory.createLiteralLang("Royal Succession", "en")));
        assertTrue(g.contains(row4, Terms.DCTERMS_IS_PART_OF, section2));
        Node sentence11 = Iris.sentence(ConvertFixtures.DOC, 11);
        assertTrue(g.contains(sentence11, Terms.DCTERMS_IS_PART_OF, row4));
        assertTrue(g.contains(sentence11, Terms.NIF_BEGIN_INDEX, DocumentGraphWriter.integer(840)));
        assertEquals(30, g.find(Node.ANY, Terms.RDF_TYPE, Terms.NIF_SENTENCE).toList().size());
        assertEquals(9, g.find(Node.ANY, Terms.RDF_TYPE, Terms.NIF_PARAGRAPH).toList().size());
    }

    @Test
    void idsOfAnotherExtractionFileResolve() {
        ProjectLayout project = ConvertFixtures.project(tmp);
        ConvertFixtures.write(project.sourcesDir().resolve("norway-sweden-1905-faq.yaml"), """
                document:
                  id: norway-sweden-1905-faq
                  text: norway-sweden-1905.txt
                statements:
                  faq-recognition:
                    a: DiplomaticRecognition
                    recognizer: sweden
                    recognized: gcr:norway
                    date: "1905-10-26"
                    evidence:
                      - quote: "Sweden recognised Norway's independence on 26 October 1905."
                """);
        List<Converted> docs = Converter.convertAll(project, project.ontologyFile());
        // in the order of the file names: "norway-sweden-1905-faq.yaml" < "norway-sweden-1905.yaml"
        assertEquals(List.of("norway-sweden-1905-faq", "norway-sweden-1905"), docs.stream().map(Converted::doc).toList());
        Graph faq = parse(docs.get(0).trig()).getGraph(Iris.graph("norway-sweden-1905-faq"));
        Node statement = Iris.entity("faq-recognition");
        assertTrue(faq.contains(statement, NodeFactory.createURI("https://w3id.org/geoclaims/ontology/recognizer"), Iris.entity("sweden")));
        assertTrue(faq.contains(statement, NodeFactory.createURI("https://w3id.org/geoclaims/ontology/recognized"), Iris.entity("norway")));
        assertTrue(faq.find(Iris.entity("sweden"), Node.ANY, Node.ANY).toList().isEmpty(), "sweden is described in its own file's graph only");
    }
}
