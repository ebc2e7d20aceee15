package org.geoclaims.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

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
import org.geoclaims.testing.TestProjects;
import org.geoclaims.vocab.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real article with a small sample extraction (test ontology): negative assertions, occurrences, timing. */
class ConvertRealArticleTest {

    private static final String DOC = "pakistan-army-in-azerbaijan";

    @TempDir
    Path tmp;

    private ProjectLayout project() throws IOException {
        ProjectLayout project = ProjectLayout.at(tmp);
        Files.createDirectories(project.sourcesDir());
        Files.createDirectories(project.referenceDir());
        Files.createDirectories(project.ontologyDir());
        Files.copy(ConvertFixtures.resource("project/ontology/geoclaims.ttl"), project.ontologyFile());
        Files.copy(ConvertFixtures.realArticle(), project.sourcesDir().resolve(DOC + ".txt"));
        Files.copy(TestProjects.bundled().referenceDir().resolve("wikidata-ids.tsv"), project.referenceDir().resolve("wikidata-ids.tsv"));
        Files.copy(ConvertFixtures.resource("pakistan-sample.yaml"), project.sourcesDir().resolve(DOC + ".yaml"));
        return project;
    }

    @Test
    void sampleExtractionOfTheRealArticle() throws IOException {
        ProjectLayout project = project();
        Converted doc = Converter.convertAll(project, project.ontologyFile()).get(0);
        assertEquals(List.of(84, 4L, 3L, 5), List.of(doc.sentences(), doc.entities(), doc.statements(), doc.evidence()));
        DatasetGraph dsg = DatasetGraphFactory.create();
        RDFParser.fromString(new String(doc.trig(), StandardCharsets.UTF_8), Lang.TRIG).parse(dsg);
        Graph g = dsg.getGraph(Iris.graph(DOC));

        List<Triple> npa = g.find(Node.ANY, Terms.RDF_TYPE, Terms.OWL_NEGATIVE_PROPERTY_ASSERTION).toList();
        assertEquals(1, npa.size());
        Node b = npa.get(0).getSubject();
        assertTrue(b.isBlank());
        assertTrue(g.contains(b, Terms.OWL_SOURCE_INDIVIDUAL, Iris.entity("pakistan")));
        assertTrue(g.contains(b, Terms.OWL_ASSERTION_PROPERTY, NodeFactory.createURI("https://w3id.org/geoclaims/ontology/recognizes")));
        assertTrue(g.contains(b, Terms.OWL_TARGET_INDIVIDUAL, Iris.entity("armenia")));

        // "in 1991", third occurrence: the sentence of paragraph 17 (sentence 51)
        Node evidence = Iris.evidence(DOC, "recognition-pakistan-azerbaijan", 2);
        assertTrue(g.contains(evidence, Terms.GC_IN_SENTENCE, Iris.sentence(DOC, 51)));
        Node position = Iris.selector(evidence, "position");
        int start = Integer.parseInt(g.find(position, Terms.OA_START, Node.ANY).next().getObject().getLiteralLexicalForm());
        ArticleText text = ArticleText.read(ConvertFixtures.realArticle());
        assertEquals("in 1991", text.slice(start, start + 7));
        assertEquals(EvidenceLocator.occurrences(text, "in 1991").get(2), start);

        assertTrue(g.contains(Iris.entity("recognition-pakistan-azerbaijan"), NodeFactory.createURI("https://w3id.org/geoclaims/ontology/date"),
                NodeFactory.createLiteralDT("1991", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYear)));
        assertTrue(g.contains(Iris.entity("claim-pakistan-army-in-azerbaijan"), NodeFactory.createURI("https://w3id.org/geoclaims/ontology/date"),
                NodeFactory.createLiteralDT("2020-09", org.apache.jena.datatypes.xsd.XSDDatatype.XSDgYearMonth)));
        assertTrue(g.contains(Iris.sentence(DOC, 84), Terms.GC_EXCLUSION_REASON, NodeFactory.createLiteralLang("site navigation, not a statement", "en")));
        assertTrue(g.contains(Iris.entity("pakistan"), Terms.OWL_SAME_AS, NodeFactory.createURI("http://www.wikidata.org/entity/Q843")));
    }

    /** Prints how long the structure of the real article takes: segment, write triples, write canonical TriG. */
    @Test
    void timingOfTheRealArticleStructure() {
        Path article = ConvertFixtures.realArticle();
        long[] ms = new long[80];
        byte[] first = null;
        for (int i = 0; i < ms.length; i++) {
            long t0 = System.nanoTime();
            SegmentedArticle a = ArticleSegmenter.segment(ArticleText.read(article));
            Graph g = GraphMemFactory.createDefaultGraph();
            DocumentGraphWriter.write(g, DOC, a, "en");
            byte[] trig = CanonicalTrigWriter.write(Iris.graph(DOC), g);
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            if (first == null) first = trig;
            else assertTrue(Arrays.equals(first, trig));
        }
        long[] warm = Arrays.copyOfRange(ms, 40, ms.length);
        Arrays.sort(warm);
        System.out.printf("real article structure: first run %d ms, warm median %d ms (%d bytes of TriG)%n",
                ms[0], warm[warm.length / 2], first.length);
    }
}
