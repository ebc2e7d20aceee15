package org.geoclaims.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.geoclaims.vocab.GC;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLAnnotation;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileReport;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;

/** The ontology is OWL 2 DL (OWL API profile checker) and carries the header the contract names. */
class OntologyProfileTest {

    private static OWLOntology ontology;

    @BeforeAll
    static void load() {
        ontology = OntologyTestSupport.owlOntology();
    }

    @Test
    void isInTheOwl2DlProfile() {
        OWLProfileReport report = new OWL2DLProfile().checkOntology(ontology);
        List<String> violations = report.getViolations().stream().map(OWLProfileViolation::toString).sorted().toList();
        assertTrue(violations.isEmpty(), violations.size() + " OWL 2 DL violations:\n" + String.join("\n", violations));
    }

    @Test
    void hasTheContractsOntologyAndVersionIri() {
        assertEquals(IRI.create(GC.ONTOLOGY), ontology.getOntologyID().getOntologyIRI().orElseThrow());
        IRI version = ontology.getOntologyID().getVersionIRI().orElseThrow();
        assertTrue(version.toString().matches("\\Q" + GC.ONTOLOGY + "/version/\\E\\d{4}-\\d{2}-\\d{2}"),
                "version IRI " + version + " is not " + GC.ONTOLOGY + "/version/YYYY-MM-DD");
    }

    @Test
    void hasTheFullHeader() {
        Set<String> present = ontology.annotations().map(a -> a.getProperty().getIRI().toString()).collect(Collectors.toSet());
        List<String> required = List.of(
                "http://purl.org/dc/terms/title", "http://purl.org/dc/terms/description", "http://purl.org/dc/terms/license",
                "http://purl.org/dc/terms/created", "http://www.w3.org/2002/07/owl#versionInfo",
                "http://purl.org/vocab/vann/preferredNamespacePrefix", "http://purl.org/vocab/vann/preferredNamespaceUri");
        List<String> missing = required.stream().filter(p -> !present.contains(p)).toList();
        assertTrue(missing.isEmpty(), "ontology header lacks " + missing);

        assertEquals("https://creativecommons.org/licenses/by/4.0/", value("http://purl.org/dc/terms/license"));
        assertEquals(GC.PREFIX, value("http://purl.org/vocab/vann/preferredNamespacePrefix"));
        assertEquals(GC.NS, value("http://purl.org/vocab/vann/preferredNamespaceUri"));
        String version = ontology.getOntologyID().getVersionIRI().orElseThrow().toString();
        assertEquals(version.substring(version.lastIndexOf('/') + 1), value("http://www.w3.org/2002/07/owl#versionInfo"),
                "owl:versionInfo should name the same date as the version IRI");
    }

    private static String value(String property) {
        OWLAnnotation annotation = ontology.annotations().filter(a -> a.getProperty().getIRI().toString().equals(property))
                .findFirst().orElseThrow();
        return annotation.getValue().asIRI().map(IRI::toString)
                .orElseGet(() -> annotation.getValue().asLiteral().orElseThrow().getLiteral());
    }
}
