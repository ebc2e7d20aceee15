package org.geoclaims.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.geoclaims.vocab.GC;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Documentation and naming of the ontology's terms, read as RDF: every declared term (geoclaims'
 * own and the external ones it declares) has an English label and definition, names follow the
 * conventions, every gc: name used is declared, and the negation annotations are well formed.
 */
class OntologyDocumentationTest {

    private static final List<Resource> TERM_TYPES = List.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty,
            OWL2.AnnotationProperty, RDFS.Datatype, OWL2.NamedIndividual, SKOS.Concept, SKOS.ConceptScheme);

    private static Model model;

    @BeforeAll
    static void load() {
        model = OntologyTestSupport.ontologyModel();
    }

    /** Every IRI typed as a class, property, datatype, individual, concept or scheme. */
    private static Set<Resource> declaredTerms() {
        Set<Resource> terms = new java.util.HashSet<>();
        for (Resource type : TERM_TYPES)
            model.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> { if (r.isURIResource()) terms.add(r); });
        return terms;
    }

    @Test
    void everyDeclaredTermHasAnEnglishLabelAndDefinition() {
        Set<String> offenders = new TreeSet<>();
        for (Resource term : declaredTerms()) {
            if (!hasEnglish(term, RDFS.label)) offenders.add(term.getURI() + " (rdfs:label@en)");
            if (!hasEnglish(term, SKOS.definition)) offenders.add(term.getURI() + " (skos:definition@en)");
        }
        assertTrue(offenders.isEmpty(), offenders.size() + " terms lack documentation:\n" + String.join("\n", offenders));
    }

    @Test
    void noTermHasTwoEnglishLabelsOrDefinitions() {
        Set<String> offenders = new TreeSet<>();
        for (Resource term : declaredTerms())
            for (Property p : List.of(RDFS.label, SKOS.definition, SKOS.prefLabel))
                if (model.listObjectsOfProperty(term, p).filterKeep(o -> o.isLiteral() && o.asLiteral().getLanguage().equals("en")).toList().size() > 1)
                    offenders.add(term.getURI() + " " + p.getLocalName());
        assertTrue(offenders.isEmpty(), "terms with several English values: " + offenders);
    }

    @Test
    void geoclaimsNamesFollowTheConventions() {
        List<String> offenders = new ArrayList<>();
        for (Resource term : declaredTerms()) {
            if (!term.getURI().startsWith(GC.NS)) continue;
            String local = term.getURI().substring(GC.NS.length());
            boolean property = term.hasProperty(RDF.type, OWL2.ObjectProperty) || term.hasProperty(RDF.type, OWL2.DatatypeProperty)
                    || term.hasProperty(RDF.type, OWL2.AnnotationProperty);
            String pattern = property ? "[a-z][A-Za-z0-9]*" : "[A-Z][A-Za-z0-9]*";
            if (!local.matches(pattern)) offenders.add(local + (property ? " (property: lowerCamel)" : " (class or individual: UpperCamel)"));
        }
        assertTrue(offenders.isEmpty(), "names off convention: " + offenders);
    }

    @Test
    void everyGeoclaimsNameUsedIsDeclared() {
        Set<Resource> declared = declaredTerms();
        Set<String> undeclared = new TreeSet<>();
        for (Statement s : model.listStatements().toList()) {
            for (RDFNode n : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (!n.isURIResource()) continue;
                String uri = n.asResource().getURI();
                if (!uri.startsWith(GC.NS) || uri.startsWith(GC.NS + "version/")) continue;
                if (!declared.contains(n.asResource())) undeclared.add(uri);
            }
        }
        assertTrue(undeclared.isEmpty(), "gc: names used but not declared (typos?): " + undeclared);
    }

    @Test
    void everyConceptIsInAScheme() {
        List<String> offenders = new ArrayList<>();
        model.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(c -> {
            if (!c.hasProperty(SKOS.inScheme)) offenders.add(c.getURI() + " (no skos:inScheme)");
            if (!hasEnglish(c, SKOS.prefLabel)) offenders.add(c.getURI() + " (no skos:prefLabel@en)");
        });
        assertTrue(offenders.isEmpty(), offenders.toString());
    }

    @Test
    void negationAnnotationsAreCompleteAndNoChainFiresOnTheNegativeNodes() {
        Property negated = model.createProperty(GC.term("negatedProperty"));
        Property subject = model.createProperty(GC.term("negationSubjectProperty"));
        Property object = model.createProperty(GC.term("negationObjectProperty"));
        List<Resource> classes = model.listSubjectsWithProperty(negated).toList();
        assertEquals(Set.of(GC.term("NonRecognition"), GC.term("AbsenceOfDiplomaticRelations")),
                new TreeSet<>(classes.stream().map(Resource::getURI).toList()), "classes with negation annotations");
        for (Resource c : classes) {
            assertTrue(c.hasProperty(RDF.type, OWL2.Class), c + " is not a class");
            Resource p = single(c, negated), s = single(c, subject), o = single(c, object);
            for (Resource r : List.of(p, s, o))
                assertTrue(r.hasProperty(RDF.type, OWL2.ObjectProperty), r + " named by " + c + " is not an object property");
            for (Resource role : List.of(s, o)) {
                assertTrue(role.hasProperty(RDFS.domain, c), role + " should have domain " + c);
                assertTrue(role.hasProperty(RDF.type, OWL2.FunctionalProperty), role + " should be functional (one end per statement)");
            }
            // the negated property is implied by a property chain from the positive n-ary nodes ...
            assertTrue(p.hasProperty(OWL2.propertyChainAxiom), p + " has no property chain from the positive n-ary node");
            // ... and that chain does not use the negative node's own roles
            String chain = model.listObjectsOfProperty(p, OWL2.propertyChainAxiom).toList().toString()
                    + p.getProperty(OWL2.propertyChainAxiom).getList().asJavaList().stream()
                            .map(n -> n.isAnon() ? n.asResource().getPropertyResourceValue(OWL2.inverseOf).getURI() : n.asResource().getURI())
                            .toList();
            assertFalse(chain.contains(s.getURI()) || chain.contains(o.getURI()), "the chain of " + p + " uses a role of " + c);
        }
    }

    private static Resource single(Resource c, Property p) {
        List<RDFNode> values = model.listObjectsOfProperty(c, p).toList();
        assertEquals(1, values.size(), c + " needs exactly one " + p.getLocalName());
        assertTrue(values.get(0).isURIResource(), c + " " + p.getLocalName() + " must be an IRI");
        return values.get(0).asResource();
    }

    private static boolean hasEnglish(Resource term, Property p) {
        return model.listObjectsOfProperty(term, p)
                .filterKeep(o -> o.isLiteral() && o.asLiteral().getLanguage().equals("en") && !o.asLiteral().getLexicalForm().isBlank())
                .hasNext();
    }
}
