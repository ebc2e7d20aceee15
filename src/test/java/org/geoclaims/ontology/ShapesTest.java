package org.geoclaims.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.path.P_Link;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * ontology/shapes.ttl parses, accepts the valid fixtures and rejects each invalid fixture with exactly
 * the violations listed in the fixture's graph {@code <urn:geoclaims:test:expected>} (focus node,
 * result path, constraint component). Data is validated together with the ontology (for subclass
 * targets and concept classes) and {@code shapes/base.ttl} (a document, evidence and entities).
 */
class ShapesTest {

    private static final String EXPECTED = "urn:geoclaims:test:expected";
    private static final String SH = "http://www.w3.org/ns/shacl#";

    private static Shapes shapes;
    private static Model ontology;
    private static Model base;

    @BeforeAll
    static void load() {
        shapes = Shapes.parse(RDFDataMgr.loadGraph(OntologyTestSupport.SHAPES.toString()));
        ontology = OntologyTestSupport.ontologyModel();
        base = OntologyTestSupport.load(OntologyTestSupport.FIXTURES.resolve("shapes/base.ttl"));
    }

    static Stream<Path> valid() { return OntologyTestSupport.fixtures("shapes/valid", ".ttl").stream(); }
    static Stream<Path> invalid() { return OntologyTestSupport.fixtures("shapes/invalid", ".trig").stream(); }

    @Test
    void shapesParse() {
        assertTrue(shapes.numRootShapes() >= 30, "expected the shapes file to define its node shapes, found " + shapes.numRootShapes());
        assertFalse(shapes.getTargetShapes().isEmpty(), "no shape has a target");
    }

    @Test
    void theOntologyAloneConforms() {
        ValidationReport report = validate(ontology.getGraph());
        assertTrue(report.conforms(), "the ontology's own individuals should not violate the shapes:\n" + describe(report.getEntries()));
    }

    @Test
    void theBaseFixtureConforms() {
        ValidationReport report = validate(union(ontology, base));
        assertTrue(report.conforms(), describe(report.getEntries()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("valid")
    void validFixtureConforms(Path fixture) {
        ValidationReport report = validate(union(ontology, base, OntologyTestSupport.load(fixture)));
        assertTrue(report.conforms(), fixture + " should conform:\n" + describe(report.getEntries()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void invalidFixtureIsRejectedWithExactlyTheExpectedViolations(Path fixture) {
        Dataset dataset = RDFDataMgr.loadDataset(fixture.toString());
        Model expectedGraph = dataset.getNamedModel(EXPECTED);
        assertFalse(expectedGraph.isEmpty(), fixture + " has no <" + EXPECTED + "> graph");
        Set<String> expected = new TreeSet<>();
        for (Resource r : expectedGraph.listSubjects().toList())
            expected.add(key(value(r, "focusNode"), value(r, "resultPath"), value(r, "sourceConstraintComponent")));

        ValidationReport report = validate(union(ontology, base, dataset.getDefaultModel()));
        Set<String> actual = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            assertEquals(Severity.Violation, e.severity(), "severity of " + e);
            assertTrue(e.message() != null && !e.message().isBlank(), "every result carries a message: " + e);
            Node path = e.resultPath() instanceof P_Link link ? link.getNode() : null;
            actual.add(key(e.focusNode(), path, e.sourceConstraintComponent()));
        }
        assertEquals(expected, actual, fixture + ": reported\n" + describe(report.getEntries()));
    }

    private static ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    private static Graph union(Model... models) {
        Model m = ModelFactory.createDefaultModel();
        for (Model x : models) m.add(x);
        return m.getGraph();
    }

    private static Node value(Resource r, String shProperty) {
        RDFNode n = r.getRequiredProperty(r.getModel().createProperty(SH + shProperty)).getObject();
        return n.asNode();
    }

    private static String key(Node focus, Node path, Node component) {
        return focus + " | " + path + " | " + component;
    }

    private static String describe(java.util.Collection<ReportEntry> entries) {
        List<String> lines = new ArrayList<>();
        for (ReportEntry e : entries)
            lines.add(e.focusNode() + " " + e.resultPath() + " " + e.sourceConstraintComponent().getLocalName() + ": " + e.message());
        return String.join("\n", lines);
    }

}
