package org.geoclaims.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.geoclaims.vocab.GC;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.model.AxiomType;
import org.semanticweb.owlapi.model.OWLOntology;

/**
 * Negative statements as OWL axioms (docs/architecture.md): for each individual of a class annotated
 * with gc:negatedProperty, convert writes a negative property assertion; the positive n-ary nodes
 * imply the binary property by a chain. HermiT must then find a recognition (node, direct triple or
 * inverse) next to a non-recognition, or diplomatic relations next to their absence, inconsistent,
 * and must find the same data consistent without the negative assertion.
 *
 * <p>Fixtures under {@code negation/inconsistent} and {@code negation/consistent} hold statements
 * only; this test derives the negative assertions from the ontology's annotations as convert does.
 * Fixtures under {@code negation/contract-form} write the assertion in RDF exactly as the contract
 * shows, to check that it is read as an OWL negative property assertion.
 */
class NegativeStatementTest {

    private static Model ontology;

    @BeforeAll
    static void load() {
        ontology = OntologyTestSupport.ontologyModel();
    }

    static Stream<Path> inconsistent() { return OntologyTestSupport.fixtures("negation/inconsistent", ".ttl").stream(); }
    static Stream<Path> consistent() { return OntologyTestSupport.fixtures("negation/consistent", ".ttl").stream(); }
    static Stream<Path> contractFormInconsistent() { return OntologyTestSupport.fixtures("negation/contract-form/inconsistent", ".ttl").stream(); }
    static Stream<Path> contractFormConsistent() { return OntologyTestSupport.fixtures("negation/contract-form/consistent", ".ttl").stream(); }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inconsistent")
    void positiveStatementNextToTheNegativeOneIsInconsistent(Path fixture) {
        Model data = OntologyTestSupport.load(fixture);
        Model negations = derivedNegations(data);
        assertFalse(negations.isEmpty(), fixture + " has no negative statement to derive an assertion from");

        assertTrue(consistent(data), fixture + ": without the negative property assertion the data must be consistent");
        OWLOntology withNegation = OntologyTestSupport.owl(ontology, data, negations);
        assertTrue(withNegation.getAxiomCount(AxiomType.NEGATIVE_OBJECT_PROPERTY_ASSERTION) > 0);
        assertFalse(consistent(withNegation), fixture + ": with the negative property assertion HermiT must find a contradiction");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consistent")
    void negativeStatementWithoutItsPositiveIsConsistent(Path fixture) {
        Model data = OntologyTestSupport.load(fixture);
        Model negations = derivedNegations(data);
        assertFalse(negations.isEmpty(), fixture + " has no negative statement to derive an assertion from");
        assertTrue(consistent(OntologyTestSupport.owl(ontology, data, negations)), fixture + " must be consistent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractFormInconsistent")
    void contractFormAssertionContradictsThePositive(Path fixture) {
        OWLOntology o = OntologyTestSupport.owl(ontology, OntologyTestSupport.load(fixture));
        assertEquals(1, o.getAxiomCount(AxiomType.NEGATIVE_OBJECT_PROPERTY_ASSERTION), "the RDF form must parse as one NPA");
        assertFalse(consistent(o), fixture + " must be inconsistent");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("contractFormConsistent")
    void contractFormAssertionAloneIsConsistent(Path fixture) {
        OWLOntology o = OntologyTestSupport.owl(ontology, OntologyTestSupport.load(fixture));
        assertEquals(1, o.getAxiomCount(AxiomType.NEGATIVE_OBJECT_PROPERTY_ASSERTION), "the RDF form must parse as one NPA");
        assertTrue(consistent(o), fixture + " must be consistent");
    }

    private static boolean consistent(Model data) {
        return consistent(OntologyTestSupport.owl(ontology, data));
    }

    private static boolean consistent(OWLOntology o) {
        Reasoner reasoner = OntologyTestSupport.hermit(o);
        try {
            return reasoner.isConsistent();
        } finally {
            reasoner.dispose();
        }
    }

    /**
     * The negative property assertions convert writes for the data: for every class carrying
     * gc:negatedProperty and every individual of it, one owl:NegativePropertyAssertion from the value
     * of gc:negationSubjectProperty to the value of gc:negationObjectProperty.
     */
    static Model derivedNegations(Model data) {
        Property negated = ontology.createProperty(GC.term("negatedProperty"));
        Property subjectRole = ontology.createProperty(GC.term("negationSubjectProperty"));
        Property objectRole = ontology.createProperty(GC.term("negationObjectProperty"));
        Model out = ModelFactory.createDefaultModel();
        List<Resource> classes = ontology.listSubjectsWithProperty(negated).toList();
        for (Resource c : classes) {
            Resource p = ontology.getRequiredProperty(c, negated).getResource();
            Property s = data.createProperty(ontology.getRequiredProperty(c, subjectRole).getResource().getURI());
            Property o = data.createProperty(ontology.getRequiredProperty(c, objectRole).getResource().getURI());
            for (Resource statement : data.listSubjectsWithProperty(RDF.type, c).toList()) {
                List<RDFNode> sources = new ArrayList<>(data.listObjectsOfProperty(statement, s).toList());
                List<RDFNode> targets = new ArrayList<>(data.listObjectsOfProperty(statement, o).toList());
                assertEquals(1, sources.size(), statement + " needs one " + s);
                assertEquals(1, targets.size(), statement + " needs one " + o);
                Resource npa = out.createResource();
                npa.addProperty(RDF.type, OWL2.NegativePropertyAssertion);
                npa.addProperty(OWL2.sourceIndividual, sources.get(0));
                npa.addProperty(OWL2.assertionProperty, p);
                npa.addProperty(OWL2.targetIndividual, targets.get(0));
            }
        }
        return out;
    }
}
