package org.geoclaims.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/** The rules generated from an ontology, one construct at a time, on a graph small enough to know every answer. */
class InferenceRulesTest {

    static final String EX = "https://example.org/";
    static final String PREFIXES = """
            @prefix ex:   <https://example.org/> .
            @prefix owl:  <http://www.w3.org/2002/07/owl#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .
            """;

    static Graph graph(String turtle) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader(PREFIXES + turtle), null, "TTL");
        return m.getGraph();
    }

    static Graph infer(String turtle) {
        Graph g = graph(turtle);
        return InferredDataset.infer(g, OntologyRules.generate(g).stream().map(OntologyRules.Generated::rule).toList());
    }

    static Node ex(String local) { return NodeFactory.createURI(EX + local); }

    static boolean has(Graph g, String s, String p, String o) {
        Node pn = p.equals("a") ? RDF.type.asNode() : ex(p);
        return g.contains(ex(s), pn, ex(o));
    }

    @Test
    void subClassAndEquivalentClassGiveTypesAndTheHierarchyIsClosed() {
        Graph added = infer("""
                ex:Denial rdfs:subClassOf ex:Response . ex:Response rdfs:subClassOf ex:Statement .
                ex:Statement owl:equivalentClass ex:Assertion .
                ex:d a ex:Denial .
                """);
        assertTrue(has(added, "d", "a", "Response"));
        assertTrue(has(added, "d", "a", "Statement"));
        assertTrue(has(added, "d", "a", "Assertion"));
        assertTrue(added.contains(ex("Denial"), org.apache.jena.vocabulary.RDFS.subClassOf.asNode(), ex("Statement")));
        assertFalse(added.contains(ex("d"), RDF.type.asNode(), ex("Denial")), "only new triples are returned");
    }

    @Test
    void subPropertyInverseSymmetricAndTransitive() {
        Graph added = infer("""
                ex:hasEvidence rdfs:subPropertyOf ex:derivedFrom .
                ex:evidenceOf owl:inverseOf ex:hasEvidence .
                ex:relatedTo a owl:SymmetricProperty .
                ex:partOf a owl:TransitiveProperty .
                ex:s ex:hasEvidence ex:e .
                ex:a ex:relatedTo ex:b .
                ex:x ex:partOf ex:y . ex:y ex:partOf ex:z .
                """);
        assertTrue(has(added, "s", "derivedFrom", "e"));
        assertTrue(has(added, "e", "evidenceOf", "s"));
        assertTrue(has(added, "b", "relatedTo", "a"));
        assertTrue(has(added, "x", "partOf", "z"));
    }

    @Test
    void propertyChainsWithInverseStepsOfAnyLength() {
        Graph added = infer("""
                ex:recognizes owl:propertyChainAxiom ( [ owl:inverseOf ex:recognizer ] ex:recognized ) .
                ex:grandparentOf owl:propertyChainAxiom ( ex:parentOf ex:parentOf ex:parentOf ) .
                ex:r ex:recognizer ex:pakistan ; ex:recognized ex:azerbaijan .
                ex:a ex:parentOf ex:b . ex:b ex:parentOf ex:c . ex:c ex:parentOf ex:d .
                """);
        assertTrue(has(added, "pakistan", "recognizes", "azerbaijan"));
        assertFalse(has(added, "azerbaijan", "recognizes", "pakistan"));
        assertTrue(has(added, "a", "grandparentOf", "d"));
        assertFalse(has(added, "a", "grandparentOf", "c"));
    }

    @Test
    void domainAndRangeTypeResourcesButNeverLiterals() {
        Graph added = infer("""
                ex:recognizer rdfs:domain ex:Recognition ; rdfs:range ex:State .
                ex:date a owl:DatatypeProperty ; rdfs:range xsd:gYear .
                ex:label rdfs:range ex:Text .
                ex:r ex:recognizer ex:pakistan ; ex:date "1991"^^xsd:gYear ; ex:label "x" .
                """);
        assertTrue(has(added, "r", "a", "Recognition"));
        assertTrue(has(added, "pakistan", "a", "State"));
        assertEquals(2, added.size(), added.toString());
    }

    @Test
    void hasValueRestrictionsWorkBothWays() {
        Graph added = infer("""
                ex:Denial owl:equivalentClass [ a owl:Restriction ; owl:onProperty ex:stance ; owl:hasValue ex:Denied ] .
                ex:Rebuttal rdfs:subClassOf [ a owl:Restriction ; owl:onProperty ex:stance ; owl:hasValue ex:Rejected ] .
                ex:d ex:stance ex:Denied .
                ex:r a ex:Rebuttal .
                """);
        assertTrue(has(added, "d", "a", "Denial"));
        assertTrue(has(added, "r", "stance", "Rejected"));
    }

    @Test
    void sameAsIsNotMaterialised() {
        Graph added = infer("""
                ex:p a ex:State ; owl:sameAs ex:wdQ843 .
                ex:State rdfs:subClassOf ex:Agent .
                """);
        assertEquals(List.of(ex("p")), added.find(Node.ANY, Node.ANY, Node.ANY).mapWith(t -> t.getSubject()).toList());
    }
}
