package org.geoclaims.inference;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.reasoner.rulesys.Rule;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;

/**
 * Forward rules generated from the ontology's own axioms, at the level of RDFS plus the OWL 2 RL
 * property axioms: one rule per axiom, so the engine only ever tries what the ontology says.
 *
 * <ul>
 *   <li>{@code rdfs:subClassOf}, {@code owl:equivalentClass} between named classes; an
 *       {@code owl:hasValue} restriction as super-class (x gets the value) or as equivalent class
 *       (the value gives the type); {@code owl:intersectionOf} of named classes as equivalent class;</li>
 *   <li>{@code rdfs:subPropertyOf}, {@code owl:equivalentProperty}, {@code owl:inverseOf},
 *       {@code owl:SymmetricProperty}, {@code owl:TransitiveProperty};</li>
 *   <li>{@code owl:propertyChainAxiom} of any length, each step a property or {@code [ owl:inverseOf p ]};</li>
 *   <li>{@code rdfs:domain} and {@code rdfs:range} with a named class (a range only types resources, never literals);</li>
 *   <li>the transitive closure of {@code rdfs:subClassOf} and {@code rdfs:subPropertyOf} between named terms.</li>
 * </ul>
 *
 * Left out on purpose: {@code owl:sameAs} (each entity is linked to its Wikidata item; copying every
 * triple onto the Wikidata IRI would double the graph and answer nothing new), existential
 * restrictions (they would invent blank nodes), and negative property assertions and disjointness
 * (constraints, which {@code geoclaims check} verifies, not facts to add).
 */
public final class OntologyRules {
    private OntologyRules() {}

    /** A generated rule and the axiom it comes from, for logs and documentation. */
    public record Generated(Rule rule, String source) {}

    private static final Node TYPE = RDF.type.asNode();
    private static final Node SUBCLASS = RDFS.subClassOf.asNode();
    private static final Node SUBPROPERTY = RDFS.subPropertyOf.asNode();

    public static List<Generated> generate(Graph g) {
        Set<String> seen = new LinkedHashSet<>();
        List<Generated> out = new ArrayList<>();
        Emitter e = (text, source) -> {
            if (seen.add(text)) out.add(new Generated(Rule.parseRule(text), source));
        };

        // Closure of the hierarchies, between named terms only.
        e.emit("[subClassOf-closure: (?a <" + SUBCLASS.getURI() + "> ?b) (?b <" + SUBCLASS.getURI() + "> ?c) notBNode(?a) notBNode(?b) notBNode(?c) notEqual(?a, ?c)"
                + " -> (?a <" + SUBCLASS.getURI() + "> ?c)]", "rdfs:subClassOf is transitive");
        e.emit("[subPropertyOf-closure: (?a <" + SUBPROPERTY.getURI() + "> ?b) (?b <" + SUBPROPERTY.getURI() + "> ?c) notBNode(?a) notBNode(?b) notBNode(?c) notEqual(?a, ?c)"
                + " -> (?a <" + SUBPROPERTY.getURI() + "> ?c)]", "rdfs:subPropertyOf is transitive");

        for (Triple t : g.find(Node.ANY, SUBCLASS, Node.ANY).toList()) {
            Node a = t.getSubject(), b = t.getObject();
            if (named(a) && named(b) && !a.equals(b)) {
                if (isThing(b)) continue;
                e.emit(typeRule(a, b), iri(a) + " rdfs:subClassOf " + iri(b));
            } else if (named(a) && b.isBlank()) {
                hasValue(g, b).ifPresent(hv -> e.emit("[(?x " + iri(TYPE) + " " + iri(a) + ") -> (?x " + iri(hv[0]) + " " + term(hv[1]) + ")]",
                        iri(a) + " rdfs:subClassOf [owl:hasValue]"));
            } else if (a.isBlank() && named(b)) {
                hasValue(g, a).ifPresent(hv -> e.emit("[(?x " + iri(hv[0]) + " " + term(hv[1]) + ") -> (?x " + iri(TYPE) + " " + iri(b) + ")]",
                        "[owl:hasValue] rdfs:subClassOf " + iri(b)));
            }
        }
        for (Triple t : g.find(Node.ANY, OWL2.equivalentClass.asNode(), Node.ANY).toList()) {
            Node a = t.getSubject(), b = t.getObject();
            if (named(a) && named(b)) {
                e.emit(typeRule(a, b), iri(a) + " owl:equivalentClass " + iri(b));
                e.emit(typeRule(b, a), iri(a) + " owl:equivalentClass " + iri(b));
                continue;
            }
            Node named = named(a) ? a : named(b) ? b : null;
            Node anon = named == a ? b : a;
            if (named == null || !anon.isBlank()) continue;
            var hv = hasValue(g, anon);
            if (hv.isPresent()) {
                Node p = hv.get()[0], v = hv.get()[1];
                e.emit("[(?x " + iri(TYPE) + " " + iri(named) + ") -> (?x " + iri(p) + " " + term(v) + ")]", iri(named) + " owl:equivalentClass [owl:hasValue]");
                e.emit("[(?x " + iri(p) + " " + term(v) + ") -> (?x " + iri(TYPE) + " " + iri(named) + ")]", iri(named) + " owl:equivalentClass [owl:hasValue]");
            }
            List<Node> members = list(g, single(g, anon, OWL2.intersectionOf.asNode()));
            if (!members.isEmpty() && members.stream().allMatch(OntologyRules::named)) {
                StringBuilder body = new StringBuilder();
                for (Node m : members) {
                    e.emit(typeRule(named, m), iri(named) + " owl:equivalentClass owl:intersectionOf");
                    body.append("(?x ").append(iri(TYPE)).append(' ').append(iri(m)).append(") ");
                }
                e.emit("[" + body + "-> (?x " + iri(TYPE) + " " + iri(named) + ")]", iri(named) + " owl:equivalentClass owl:intersectionOf");
            }
        }

        for (Triple t : g.find(Node.ANY, SUBPROPERTY, Node.ANY).toList())
            if (named(t.getSubject()) && named(t.getObject()) && !t.getSubject().equals(t.getObject()))
                e.emit(propertyRule(t.getSubject(), t.getObject(), false), iri(t.getSubject()) + " rdfs:subPropertyOf " + iri(t.getObject()));
        for (Triple t : g.find(Node.ANY, OWL2.equivalentProperty.asNode(), Node.ANY).toList())
            if (named(t.getSubject()) && named(t.getObject())) {
                e.emit(propertyRule(t.getSubject(), t.getObject(), false), iri(t.getSubject()) + " owl:equivalentProperty " + iri(t.getObject()));
                e.emit(propertyRule(t.getObject(), t.getSubject(), false), iri(t.getSubject()) + " owl:equivalentProperty " + iri(t.getObject()));
            }
        for (Triple t : g.find(Node.ANY, OWL2.inverseOf.asNode(), Node.ANY).toList())
            if (named(t.getSubject()) && named(t.getObject())) {
                e.emit(propertyRule(t.getSubject(), t.getObject(), true), iri(t.getSubject()) + " owl:inverseOf " + iri(t.getObject()));
                e.emit(propertyRule(t.getObject(), t.getSubject(), true), iri(t.getSubject()) + " owl:inverseOf " + iri(t.getObject()));
            }
        for (Triple t : g.find(Node.ANY, TYPE, OWL2.SymmetricProperty.asNode()).toList())
            if (named(t.getSubject()))
                e.emit(propertyRule(t.getSubject(), t.getSubject(), true), iri(t.getSubject()) + " a owl:SymmetricProperty");
        for (Triple t : g.find(Node.ANY, TYPE, OWL2.TransitiveProperty.asNode()).toList())
            if (named(t.getSubject())) {
                String p = iri(t.getSubject());
                e.emit("[(?x " + p + " ?y) (?y " + p + " ?z) -> (?x " + p + " ?z)]", p + " a owl:TransitiveProperty");
            }
        for (Triple t : g.find(Node.ANY, OWL2.propertyChainAxiom.asNode(), Node.ANY).toList()) {
            if (!named(t.getSubject())) continue;
            List<Node> steps = list(g, t.getObject());
            if (steps.size() < 2) continue;
            StringBuilder body = new StringBuilder();
            boolean ok = true;
            for (int i = 0; i < steps.size(); i++) {
                Node step = steps.get(i);
                String from = "?v" + i, to = "?v" + (i + 1);
                if (named(step)) {
                    body.append('(').append(from).append(' ').append(iri(step)).append(' ').append(to).append(") ");
                } else {
                    Node inv = step.isBlank() ? single(g, step, OWL2.inverseOf.asNode()) : null;
                    if (inv == null || !named(inv)) { ok = false; break; }
                    body.append('(').append(to).append(' ').append(iri(inv)).append(' ').append(from).append(") ");
                }
            }
            if (ok)
                e.emit("[" + body + "-> (?v0 " + iri(t.getSubject()) + " ?v" + steps.size() + ")]",
                        iri(t.getSubject()) + " owl:propertyChainAxiom (" + steps.size() + " steps)");
        }
        for (Triple t : g.find(Node.ANY, RDFS.domain.asNode(), Node.ANY).toList())
            if (named(t.getSubject()) && named(t.getObject()) && !isThing(t.getObject()))
                e.emit("[(?x " + iri(t.getSubject()) + " ?y) -> (?x " + iri(TYPE) + " " + iri(t.getObject()) + ")]",
                        iri(t.getSubject()) + " rdfs:domain " + iri(t.getObject()));
        for (Triple t : g.find(Node.ANY, RDFS.range.asNode(), Node.ANY).toList())
            if (named(t.getSubject()) && named(t.getObject()) && !isThing(t.getObject()) && !isDatatype(g, t.getObject())
                    && !g.contains(t.getSubject(), TYPE, OWL2.DatatypeProperty.asNode()))
                e.emit("[(?x " + iri(t.getSubject()) + " ?y) notLiteral(?y) -> (?y " + iri(TYPE) + " " + iri(t.getObject()) + ")]",
                        iri(t.getSubject()) + " rdfs:range " + iri(t.getObject()));
        return out;
    }

    @FunctionalInterface
    private interface Emitter { void emit(String ruleText, String source); }

    private static String typeRule(Node sub, Node sup) {
        return "[(?x " + iri(TYPE) + " " + iri(sub) + ") -> (?x " + iri(TYPE) + " " + iri(sup) + ")]";
    }

    /** {@code (?x p ?y) -> (?x q ?y)}, or {@code -> (?y q ?x)} when inverted. */
    private static String propertyRule(Node p, Node q, boolean inverted) {
        return "[(?x " + iri(p) + " ?y) -> " + (inverted ? "(?y " + iri(q) + " ?x)" : "(?x " + iri(q) + " ?y)") + "]";
    }

    private static java.util.Optional<Node[]> hasValue(Graph g, Node restriction) {
        Node p = single(g, restriction, OWL2.onProperty.asNode());
        Node v = single(g, restriction, OWL2.hasValue.asNode());
        if (p == null || v == null || !named(p) || v.isBlank()) return java.util.Optional.empty();
        return java.util.Optional.of(new Node[] { p, v });
    }

    private static Node single(Graph g, Node s, Node p) {
        if (s == null) return null;
        List<Node> os = g.find(s, p, Node.ANY).mapWith(Triple::getObject).toList();
        return os.size() == 1 ? os.get(0) : null;
    }

    /** The members of an RDF list; empty when it is not a well-formed list. */
    static List<Node> list(Graph g, Node head) {
        List<Node> items = new ArrayList<>();
        Node n = head;
        Set<Node> visited = new LinkedHashSet<>();
        while (n != null && !n.equals(RDF.nil.asNode())) {
            if (!visited.add(n)) return List.of();
            Node first = single(g, n, RDF.first.asNode());
            if (first == null) return List.of();
            items.add(first);
            n = single(g, n, RDF.rest.asNode());
        }
        return n == null ? List.of() : items;
    }

    private static boolean named(Node n) { return n != null && n.isURI(); }

    private static boolean isThing(Node n) {
        return n.equals(OWL2.Thing.asNode()) || n.equals(RDFS.Resource.asNode());
    }

    private static boolean isDatatype(Graph g, Node n) {
        return n.getURI().startsWith(XSD.NS) || n.equals(RDFS.Literal.asNode()) || n.equals(RDF.langString.asNode())
                || g.contains(n, TYPE, RDFS.Datatype.asNode());
    }

    private static String iri(Node n) { return "<" + n.getURI() + ">"; }

    /** An IRI or a literal as rule syntax. */
    private static String term(Node n) {
        if (n.isURI()) return iri(n);
        String lex = n.getLiteralLexicalForm().replace("\\", "\\\\").replace("'", "\\'");
        String dt = n.getLiteralDatatypeURI();
        if (n.getLiteralLanguage() != null && !n.getLiteralLanguage().isEmpty()) return "'" + lex + "'@" + n.getLiteralLanguage();
        return "'" + lex + "'^^" + iri(NodeFactory.createURI(dt));
    }
}
