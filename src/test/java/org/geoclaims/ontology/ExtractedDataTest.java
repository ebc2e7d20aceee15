package org.geoclaims.ontology;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.model.OWLLiteral;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.profiles.violations.UseOfDefinedDatatypeInLiteral;

/**
 * The converted extraction ({@code data/*.trig}) against the ontology and shapes: every sentence of
 * every document is covered by evidence or excluded with a reason, the data conforms to the shapes,
 * HermiT finds ontology + data consistent, and the OWL 2 DL profile of ontology + data is broken only
 * by the date literals (xsd:date, xsd:gYearMonth, xsd:gYear are outside the OWL 2 datatype map).
 */
class ExtractedDataTest {

    private static final String PREFIXES = """
            PREFIX gc:  <https://w3id.org/geoclaims/ontology/>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            """;

    private static Model ontology;
    private static Model data;

    @BeforeAll
    static void load() {
        ontology = OntologyTestSupport.ontologyModel();
        data = OntologyTestSupport.convertedData();
    }

    @Test
    void everySentenceIsEvidenceOrExcluded() {
        List<String> uncovered = select(PREFIXES + """
                SELECT ?sentence ?text WHERE {
                  ?sentence a nif:Sentence ; nif:anchorOf ?text .
                  FILTER NOT EXISTS { ?evidence gc:inSentence ?sentence }
                  FILTER NOT EXISTS { ?sentence gc:exclusionReason ?reason }
                } ORDER BY ?sentence""");
        assertTrue(uncovered.isEmpty(), uncovered.size() + " sentences are neither evidence nor excluded:\n" + String.join("\n", uncovered));
        assertTrue(!select(PREFIXES + "SELECT ?s ?t WHERE { ?s a nif:Sentence ; nif:anchorOf ?t }").isEmpty(), "no sentences in the data");
    }

    @Test
    void noSentenceIsBothEvidenceAndExcluded() {
        List<String> both = select(PREFIXES + """
                SELECT ?sentence ?text WHERE {
                  ?sentence a nif:Sentence ; nif:anchorOf ?text ; gc:exclusionReason ?reason .
                  FILTER EXISTS { ?evidence gc:inSentence ?sentence }
                }""");
        assertTrue(both.isEmpty(), "excluded sentences that are also evidence:\n" + String.join("\n", both));
    }

    @Test
    void dataConformsToTheShapes() {
        Shapes shapes = Shapes.parse(RDFDataMgr.loadGraph(OntologyTestSupport.SHAPES.toString()));
        Model union = ModelFactory.createDefaultModel().add(ontology).add(data);
        ValidationReport report = ShaclValidator.get().validate(shapes, union.getGraph());
        StringBuilder sb = new StringBuilder();
        report.getEntries().forEach(e -> sb.append(e.focusNode()).append(' ').append(e.resultPath()).append(' ')
                .append(e.sourceConstraintComponent().getLocalName()).append(": ").append(e.message()).append('\n'));
        assertTrue(report.conforms(), report.getEntries().size() + " violations:\n" + sb);
    }

    @Test
    void ontologyAndDataAreConsistentForHermit() {
        OWLOntology o = OntologyTestSupport.owl(ontology, data);
        Reasoner reasoner = OntologyTestSupport.hermit(o);
        try {
            assertTrue(reasoner.isConsistent(), "HermiT finds ontology + data inconsistent");
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void ontologyAndDataBreakTheDlProfileOnlyWithDateLiterals() {
        OWLOntology o = OntologyTestSupport.owl(ontology, data);
        Map<String, Integer> other = new TreeMap<>();
        for (OWLProfileViolation v : new OWL2DLProfile().checkOntology(o).getViolations()) {
            if (v instanceof UseOfDefinedDatatypeInLiteral && v.getExpression() instanceof OWLLiteral l
                    && List.of("date", "gYearMonth", "gYear").contains(l.getDatatype().getIRI().getRemainder().orElse("")))
                continue;
            other.merge(v.toString(), 1, Integer::sum);
        }
        assertTrue(other.isEmpty(), "OWL 2 DL violations of ontology + data:\n" + String.join("\n", other.keySet()));
    }

    private static List<String> select(String query) {
        try (QueryExecution qe = QueryExecution.create(query, data)) {
            List<String> out = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(s -> out.add(s.toString()));
            return out;
        }
    }
}
