package org.geoclaims.ontology;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.geoclaims.vocab.GC;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.Reasoner;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLOntology;

/** HermiT finds the ontology consistent, every named class satisfiable, and the intended entailments. */
class OntologyReasoningTest {

    private static OWLOntology ontology;
    private static Reasoner reasoner;
    private static OWLDataFactory df;

    @BeforeAll
    static void classify() {
        ontology = OntologyTestSupport.owlOntology();
        df = ontology.getOWLOntologyManager().getOWLDataFactory();
        reasoner = OntologyTestSupport.hermit(ontology);
    }

    @AfterAll
    static void dispose() {
        reasoner.dispose();
    }

    @Test
    void isConsistent() {
        assertTrue(reasoner.isConsistent(), "HermiT finds the ontology inconsistent");
    }

    @Test
    void everyNamedClassIsSatisfiable() {
        List<String> unsatisfiable = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom().stream()
                .map(c -> c.getIRI().toString()).sorted().toList();
        assertTrue(unsatisfiable.isEmpty(), "unsatisfiable classes: " + unsatisfiable);
    }

    @Test
    void aPropositionIsNeverAStatement() {
        for (String statementKind : List.of("Statement", "Event", "Relationship", "Stance", "Claim", "Agreement", "Inconsistency")) {
            assertFalse(reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(gc("Proposition"), gc(statementKind))),
                    "gc:Proposition and gc:" + statementKind + " should be disjoint");
        }
    }

    @Test
    void aStateIsAnActorAndAPlaceAndNotAnOrganisation() {
        assertTrue(reasoner.isEntailed(df.getOWLSubClassOfAxiom(gc("State"), gc("Actor"))));
        assertTrue(reasoner.isEntailed(df.getOWLSubClassOfAxiom(gc("State"), gc("Place"))));
        assertFalse(reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(gc("State"), gc("Organization"))));
        assertFalse(reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(gc("State"), gc("DeFactoState"))));
    }

    @Test
    void aDenialIsAResponseAndAnAccusationIsAClaimNotAnEvent() {
        assertTrue(reasoner.isEntailed(df.getOWLSubClassOfAxiom(gc("Denial"), gc("Response"))));
        assertTrue(reasoner.isEntailed(df.getOWLSubClassOfAxiom(gc("Accusation"), gc("Claim"))));
        assertFalse(reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(gc("Accusation"), gc("Event"))));
        assertFalse(reasoner.isSatisfiable(df.getOWLObjectIntersectionOf(gc("Denial"), gc("CounterStatement"))));
    }

    private static OWLClass gc(String name) {
        OWLClass c = df.getOWLClass(IRI.create(GC.term(name)));
        assertTrue(ontology.containsClassInSignature(c.getIRI()), "gc:" + name + " is not declared");
        return c;
    }
}
