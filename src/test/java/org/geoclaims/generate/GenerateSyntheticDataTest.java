package org.geoclaims.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.vocabulary.RDF;
import org.geoclaims.cli.GeoclaimsCli;
import org.geoclaims.vocab.GC;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code geoclaims generate}: shape-valid, deterministic synthetic data whose quotes are in the text. */
class GenerateSyntheticDataTest {
    private static final long TRIPLES = 5_000;
    private static final long SEED = 42;

    private static byte[] bytes;
    private static SyntheticData.Result result;
    private static Dataset data;
    private static Model ontology;

    @BeforeAll
    static void generate() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        result = SyntheticData.write(TRIPLES, SEED, out);
        bytes = out.toByteArray();
        data = DatasetFactory.create();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TRIG).parse(data);
        ontology = RDFDataMgr.loadModel("ontology/geoclaims.ttl");
    }

    private static Model union() {
        Model m = ModelFactory.createDefaultModel().add(ontology);
        data.listModelNames().forEachRemaining(r -> m.add(data.getNamedModel(r)));
        m.add(data.getDefaultModel());
        return m;
    }

    private static List<Map<String, Node>> select(String query) {
        Graph g = union().getGraph();
        List<Map<String, Node>> rows = new ArrayList<>();
        try (QueryExec qe = QueryExec.graph(g).query("""
                PREFIX gc: <https://w3id.org/geoclaims/ontology/>
                PREFIX oa: <http://www.w3.org/ns/oa#>
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                """ + query).build()) {
            RowSet rs = qe.select();
            rs.forEachRemaining(b -> {
                Map<String, Node> row = new HashMap<>();
                b.vars().forEachRemaining(v -> row.put(v.getVarName(), b.get(v)));
                rows.add(row);
            });
        }
        return rows;
    }

    @Test
    void stopsAtTheDocumentThatReachesTheTarget() {
        long parsed = data.asDatasetGraph().stream().count();
        assertEquals(result.triples(), parsed, "the count reported is the count written");
        assertTrue(result.triples() >= TRIPLES, "at least the target: " + result.triples());
        long perDocument = result.triples() / result.documents();
        assertTrue(result.triples() - TRIPLES < 4 * perDocument + 2_000, "about one document over the target: " + result.triples());
        assertEquals(result.documents(), count(data.listModelNames()), "one named graph per document");
        assertEquals(0, data.getDefaultModel().size(), "nothing in the default graph");
        data.listModelNames().forEachRemaining(g ->
                assertTrue(g.getURI().matches("https://w3id\\.org/geoclaims/graph/syn-doc-[0-9]+"), g.getURI()));
    }

    @Test
    void conformsToTheShapesWithTheOntology() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));
        ValidationReport report = ShaclValidator.get().validate(shapes, union().getGraph());
        StringBuilder sb = new StringBuilder();
        report.getEntries().stream().limit(30).forEach(e -> sb.append(e.focusNode()).append(' ').append(e.resultPath())
                .append(' ').append(e.sourceConstraintComponent().getLocalName()).append(": ").append(e.message()).append('\n'));
        assertTrue(report.conforms(), report.getEntries().size() + " violations:\n" + sb);
    }

    @Test
    void everyTermItUsesIsDeclaredInTheOntology() {
        Set<String> undeclared = new TreeSet<>();
        Graph o = ontology.getGraph();
        data.asDatasetGraph().stream().forEach(q -> {
            List<Node> terms = new ArrayList<>(List.of(q.getPredicate()));
            if (q.getPredicate().equals(RDF.type.asNode())) terms.add(q.getObject());
            if (q.getObject().isURI() && q.getObject().getURI().startsWith(GC.NS)) terms.add(q.getObject());
            for (Node t : terms)
                if (t.getURI().startsWith(GC.NS) && !o.contains(t, RDF.type.asNode(), Node.ANY)) undeclared.add(t.getURI());
        });
        assertTrue(undeclared.isEmpty(), "not declared in ontology/geoclaims.ttl: " + undeclared);
    }

    @Test
    void everyQuoteIsInTheTextAtItsOffsetsAndInItsSentence() {
        List<Map<String, Node>> rows = select("""
                SELECT ?exact ?prefix ?suffix ?start ?end ?text ?sb ?se ?anchor WHERE {
                  ?e a gc:Evidence ; oa:hasSource ?doc ; gc:inSentence ?sentence ;
                     oa:hasSelector [ a oa:TextQuoteSelector ; oa:exact ?exact ] , [ a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end ] .
                  OPTIONAL { ?e oa:hasSelector/oa:prefix ?prefix } OPTIONAL { ?e oa:hasSelector/oa:suffix ?suffix }
                  ?doc nif:isString ?text .
                  ?sentence nif:beginIndex ?sb ; nif:endIndex ?se ; nif:anchorOf ?anchor ; nif:referenceContext ?doc .
                }""");
        assertTrue(rows.size() > 100, "evidence found: " + rows.size());
        for (Map<String, Node> r : rows) {
            int[] text = r.get("text").getLiteralLexicalForm().codePoints().toArray();
            int start = integer(r, "start"), end = integer(r, "end"), sb = integer(r, "sb"), se = integer(r, "se");
            String exact = r.get("exact").getLiteralLexicalForm();
            assertEquals(exact, new String(text, start, end - start), "quote at its offsets");
            assertEquals(r.get("anchor").getLiteralLexicalForm(), new String(text, sb, se - sb), "sentence at its offsets");
            assertTrue(sb <= start && end <= se, "the quote is inside its sentence: " + exact);
            String prefix = r.get("prefix") == null ? "" : r.get("prefix").getLiteralLexicalForm();
            String suffix = r.get("suffix") == null ? "" : r.get("suffix").getLiteralLexicalForm();
            int pl = prefix.codePointCount(0, prefix.length()), sl = suffix.codePointCount(0, suffix.length());
            assertEquals(Math.min(32, start), pl, "prefix length");
            assertEquals(Math.min(32, text.length - end), sl, "suffix length");
            assertEquals(prefix, new String(text, start - pl, pl));
            assertEquals(suffix, new String(text, end, sl));
        }
    }

    @Test
    void hasEveryKindOfStatementAndNegativeAssertions() {
        for (String kind : List.of("DiplomaticRecognition", "Ranking", "NonRecognition", "Agreement", "AgreementUpdate",
                "MilitaryExercise", "Participation", "MilitaryTraining", "ProcurementInterest", "Claim", "Accusation",
                "Proposition", "Denial", "Quotation", "SupportStatement", "Support", "ArmedConflict", "MediaOutlet", "State"))
            assertFalse(select("SELECT ?x { ?x a gc:" + kind + " } LIMIT 1").isEmpty(), "no " + kind);
        assertEquals(select("SELECT ?n { ?n a gc:NonRecognition }").size(),
                select("SELECT ?npa { ?npa a owl:NegativePropertyAssertion ; owl:assertionProperty gc:recognizes }").size(),
                "one negative property assertion per non-recognition");
        assertTrue(select("SELECT ?s { ?s gc:hasEvidence ?e FILTER(!STRSTARTS(STR(?s), \"https://w3id.org/geoclaims/id/syn-\")) }").isEmpty(),
                "minted IRIs are under id/syn-");
    }

    @Test
    void aFewStatesAreInMostStatements() {
        List<Map<String, Node>> rows = select("""
                SELECT ?state (COUNT(DISTINCT ?s) AS ?n) WHERE { ?state a gc:State . ?s ?p ?state . ?s gc:hasEvidence ?e }
                GROUP BY ?state ORDER BY DESC(?n)""");
        long[] n = rows.stream().mapToLong(r -> integer(r, "n")).toArray();
        assertTrue(n.length > 20, "states used: " + n.length);
        long median = n[n.length / 2];
        assertTrue(n[0] >= 5 * median, "the most connected state (" + n[0] + ") against the median (" + median + ")");
    }

    @Test
    void theSameSeedGivesTheSameBytesAndAnotherSeedOtherData() {
        ByteArrayOutputStream again = new ByteArrayOutputStream();
        SyntheticData.write(TRIPLES, SEED, again);
        assertArrayEquals(bytes, again.toByteArray());
        ByteArrayOutputStream other = new ByteArrayOutputStream();
        SyntheticData.write(TRIPLES, SEED + 1, other);
        assertFalse(Arrays.equals(bytes, other.toByteArray()));
    }

    @Test
    void theCommandWritesTheFile(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("syn.trig");
        assertEquals(0, GeoclaimsCli.run("generate", "--triples", Long.toString(TRIPLES), "--seed", Long.toString(SEED),
                "--out", out.toString()));
        assertArrayEquals(bytes, Files.readAllBytes(out));
        assertEquals(2, GeoclaimsCli.run("generate", "--triples", "0", "--out", tmp.resolve("none.trig").toString()));
        assertFalse(Files.exists(tmp.resolve("none.trig")));
    }

    private static int integer(Map<String, Node> row, String var) {
        return Integer.parseInt(row.get(var).getLiteralLexicalForm());
    }

    private static long count(java.util.Iterator<?> it) {
        long n = 0;
        while (it.hasNext()) { it.next(); n++; }
        return n;
    }
}
