package org.geoclaims.convert;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.geoclaims.vocab.Terms;

/**
 * The OWL negative property assertions of statements whose class denies a relation
 * (docs/architecture.md, "Negative statements as OWL axioms"). Each is a blank node, as the OWL 2
 * RDF mapping requires: {@code [] a owl:NegativePropertyAssertion; owl:sourceIndividual s;
 * owl:assertionProperty p; owl:targetIndividual o}. The same assertion is written once.
 */
final class NegativeAssertions {
    private record Assertion(Node source, Node property, Node target) {}

    private final Set<Assertion> assertions = new LinkedHashSet<>();

    void add(List<Node> sources, Node property, List<Node> targets) {
        for (Node s : sources)
            for (Node t : targets) assertions.add(new Assertion(s, property, t));
    }

    int size() { return assertions.size(); }

    void writeTo(Graph g) {
        for (Assertion a : assertions) {
            Node b = NodeFactory.createBlankNode();
            g.add(Triple.create(b, Terms.RDF_TYPE, Terms.OWL_NEGATIVE_PROPERTY_ASSERTION));
            g.add(Triple.create(b, Terms.OWL_SOURCE_INDIVIDUAL, a.source()));
            g.add(Triple.create(b, Terms.OWL_ASSERTION_PROPERTY, a.property()));
            g.add(Triple.create(b, Terms.OWL_TARGET_INDIVIDUAL, a.target()));
        }
    }
}
