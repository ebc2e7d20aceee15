package org.geoclaims.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.geoclaims.inference.InferredDataset;
import org.geoclaims.store.KnowledgeGraphStore;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.store.RdfFiles;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.model.OWLAxiom;
import org.semanticweb.owlapi.model.OWLClassAssertionAxiom;
import org.semanticweb.owlapi.model.OWLObjectPropertyAssertionAxiom;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.util.InferredClassAssertionAxiomGenerator;
import org.semanticweb.owlapi.util.InferredOntologyGenerator;
import org.semanticweb.owlapi.util.InferredPropertyAssertionGenerator;

/**
 * The rules behind {@code /kg-inf} against HermiT on the shipped ontology and data: every class
 * assertion and object property assertion between geoclaims individuals that HermiT entails is
 * materialised by the rules (leaving out only {@code owl:Thing} and copies onto Wikidata IRIs through
 * {@code owl:sameAs}, on purpose). Fails when the ontology gains a construct the rule generator does
 * not cover. Slow (HermiT materialises everything, about 10 s): runs with {@code -Plong}.
 */
@Tag("slow")
class InferenceCompletenessTest {

    @Test
    void theRulesMaterialiseEverythingHermitEntailsAboutGeoclaimsIndividuals() throws Exception {
        ProjectLayout repo = TestProjects.bundled();
        OWLOntology ontology = OwlBridge.toOwl(CheckInput.read(repo, List.of()).union()).ontology();
        OWLReasoner hermit = new ReasoningStage.HermitFactory().createReasoner(ontology);
        OWLOntology entailed = OWLManager.createOWLOntologyManager().createOntology();
        new InferredOntologyGenerator(hermit, List.of(new InferredClassAssertionAxiomGenerator(), new InferredPropertyAssertionGenerator()))
                .fillOntology(entailed.getOWLOntologyManager().getOWLDataFactory(), entailed);
        hermit.dispose();

        Set<String> byHermit = new TreeSet<>();
        for (OWLAxiom a : entailed.logicalAxioms().toList()) {
            if (ontology.containsAxiomIgnoreAnnotations(a)) continue;
            if (a instanceof OWLClassAssertionAxiom ca && ca.getClassExpression().isNamed() && !ca.getClassExpression().isOWLThing()
                    && ca.getIndividual().isNamed())
                byHermit.add(ca.getIndividual().asOWLNamedIndividual().getIRI() + " a " + ca.getClassExpression().asOWLClass().getIRI());
            else if (a instanceof OWLObjectPropertyAssertionAxiom pa && pa.getSubject().isNamed() && pa.getObject().isNamed())
                byHermit.add(pa.getSubject().asOWLNamedIndividual().getIRI() + " " + pa.getProperty().asOWLObjectProperty().getIRI()
                        + " " + pa.getObject().asOWLNamedIndividual().getIRI());
        }
        byHermit.removeIf(s -> s.contains("http://www.wikidata.org/entity/"));

        Set<String> byRules = new TreeSet<>();
        try (KnowledgeGraphStore.Opened store = KnowledgeGraphStore.inMemory(repo, RdfFiles.projectFiles(repo))) {
            Graph inferred = InferredDataset.materialise(store.dataset()).dataset().getGraph(InferredDataset.INFERRED_GRAPH);
            inferred.find().forEachRemaining(t -> byRules.add(t.getSubject().getURI()
                    + (t.getPredicate().getURI().endsWith("#type") ? " a " : " " + t.getPredicate().getURI() + " ")
                    + (t.getObject().isURI() ? t.getObject().getURI() : t.getObject().toString())));
        }
        assertTrue(byHermit.size() > 1000, "HermiT entailed " + byHermit.size());
        Set<String> missing = new TreeSet<>(byHermit);
        missing.removeAll(byRules);
        assertEquals(Set.of(), missing);
    }
}
