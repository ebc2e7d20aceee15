package org.geoclaims.convert;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geoclaims.InputException;
import org.geoclaims.store.RdfLoader;
import org.geoclaims.vocab.GC;
import org.geoclaims.vocab.Prefixes;
import org.geoclaims.vocab.Terms;

/**
 * The ontology as {@code convert} uses it: which names in an extraction file are declared classes,
 * properties and individuals, the ranges of properties, and the negation annotations of classes.
 * A bare name is a {@code gc:} term; a prefixed name uses the contract's prefixes ({@link Prefixes}).
 */
public final class TermResolver {

    /** How a property's values are written. */
    public enum PropertyKind { OBJECT, DATATYPE, ANNOTATION }

    /** A declared property. */
    public record Property(Node iri, PropertyKind kind) {}

    /**
     * A class whose individuals deny a relation: for each individual, {@code subject} and
     * {@code object} give the ends of the negative assertion of {@code negated}.
     */
    public record Negation(Node negated, Node subject, Node object) {}

    private final Path file;
    private final Graph graph;

    private TermResolver(Path file, Graph graph) {
        this.file = file;
        this.graph = graph;
    }

    /** Parses the ontology (Turtle) and checks that it declares every term the document structure uses. */
    public static TermResolver load(Path ontologyFile) {
        if (!Files.isRegularFile(ontologyFile))
            throw new InputException(ontologyFile, -1, -1, "the ontology file does not exist",
                    "convert resolves the terms of extraction files against the ontology: "
                            + "run it in a project folder (--dir) or name the file with --ontology.");
        DatasetGraph dsg = DatasetGraphFactory.create();
        Node g = NodeFactory.createURI("urn:geoclaims:convert:ontology");
        RdfLoader.parseInto(ontologyFile, g, StreamRDFLib.dataset(dsg));
        TermResolver resolver = new TermResolver(ontologyFile, dsg.getGraph(g));
        resolver.checkStructureTerms();
        return resolver;
    }

    /** A resolver over a graph already in memory (tests). */
    public static TermResolver of(Path file, Graph graph) {
        return new TermResolver(file, graph);
    }

    public Path file() { return file; }

    Graph graph() { return graph; }

    /** The IRI a name stands for: {@code gc:<name>} for a bare name, else the expanded prefixed name. */
    public static Optional<Node> expand(String name) {
        if (name.isEmpty()) return Optional.empty();
        int colon = name.indexOf(':');
        if (colon < 0) return Optional.of(NodeFactory.createURI(GC.term(name)));
        return Prefixes.expand(name).map(NodeFactory::createURI);
    }

    /** The declared property a key names, if any. */
    public Optional<Property> property(String name) {
        return expand(name).flatMap(this::property);
    }

    public Optional<Property> property(Node iri) {
        if (has(iri, Terms.RDF_TYPE, Terms.OWL_OBJECT_PROPERTY)) return Optional.of(new Property(iri, PropertyKind.OBJECT));
        if (has(iri, Terms.RDF_TYPE, Terms.OWL_DATATYPE_PROPERTY)) return Optional.of(new Property(iri, PropertyKind.DATATYPE));
        if (has(iri, Terms.RDF_TYPE, Terms.OWL_ANNOTATION_PROPERTY)) return Optional.of(new Property(iri, PropertyKind.ANNOTATION));
        return Optional.empty();
    }

    /** The declared class a name stands for, if any. */
    public Optional<Node> ontologyClass(String name) {
        return expand(name).filter(this::isClass);
    }

    public boolean isClass(Node iri) {
        return has(iri, Terms.RDF_TYPE, Terms.OWL_CLASS);
    }

    /** A declared individual (typed {@code owl:NamedIndividual} or with a declared class), if any. */
    public Optional<Node> individual(String prefixedName) {
        return Prefixes.expand(prefixedName).map(NodeFactory::createURI).filter(this::isIndividual);
    }

    public boolean isIndividual(Node iri) {
        for (Triple t : graph.find(iri, Terms.RDF_TYPE, Node.ANY).toList()) {
            if (t.getObject().equals(Terms.OWL_NAMED_INDIVIDUAL) || (t.getObject().isURI() && isClass(t.getObject()))) return true;
        }
        return false;
    }

    /** Short names of every declared property, for suggestions. */
    public Set<String> propertyNames() {
        Set<String> names = new TreeSet<>();
        for (Node type : List.of(Terms.OWL_OBJECT_PROPERTY, Terms.OWL_DATATYPE_PROPERTY, Terms.OWL_ANNOTATION_PROPERTY))
            graph.find(Node.ANY, Terms.RDF_TYPE, type).forEach(t -> names.add(shortName(t.getSubject())));
        return names;
    }

    /** Short names of every declared class, for suggestions. */
    public Set<String> classNames() {
        Set<String> names = new TreeSet<>();
        graph.find(Node.ANY, Terms.RDF_TYPE, Terms.OWL_CLASS).forEach(t -> names.add(shortName(t.getSubject())));
        return names;
    }

    /** Prefixed names of every declared individual (values are always written prefixed), for suggestions. */
    public Set<String> individualNames() {
        Set<String> names = new TreeSet<>();
        graph.find(Node.ANY, Terms.RDF_TYPE, Node.ANY).forEach(t -> {
            if (t.getSubject().isURI() && isIndividual(t.getSubject())) names.add(Prefixes.shortForm(t.getSubject().getURI()));
        });
        return names;
    }

    /** The form a curator writes: the bare local name for gc: terms, else prefixed. */
    public static String shortName(Node iri) {
        if (!iri.isURI()) return iri.toString();
        String s = iri.getURI();
        if (s.startsWith(GC.NS) && s.length() > GC.NS.length()) return s.substring(GC.NS.length());
        return Prefixes.shortForm(s);
    }

    /** The rdfs:range of a property, inherited from the nearest super-property when it has none. */
    public List<Node> ranges(Node property) {
        Deque<Node> todo = new ArrayDeque<>(List.of(property));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node p = todo.removeFirst();
            if (!seen.add(p)) continue;
            List<Node> ranges = objects(p, Terms.RDFS_RANGE);
            if (!ranges.isEmpty()) return ranges;
            todo.addAll(objects(p, Terms.RDFS_SUB_PROPERTY_OF));
        }
        return List.of();
    }

    /**
     * The negation annotations of the nearest class (the classes given, then their named
     * super-classes, breadth first) that carries {@code gc:negatedProperty}.
     */
    public Optional<Negation> negation(List<Node> classes) {
        Deque<Node> todo = new ArrayDeque<>(classes);
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node c = todo.removeFirst();
            if (!c.isURI() || !seen.add(c)) continue;
            List<Node> negated = objects(c, Terms.GC_NEGATED_PROPERTY);
            if (!negated.isEmpty()) {
                List<Node> subject = objects(c, Terms.GC_NEGATION_SUBJECT_PROPERTY);
                List<Node> object = objects(c, Terms.GC_NEGATION_OBJECT_PROPERTY);
                if (negated.size() != 1 || subject.size() != 1 || object.size() != 1)
                    throw new InputException(file, -1, -1,
                            "class " + shortName(c) + " needs exactly one each of gc:negatedProperty, gc:negationSubjectProperty "
                                    + "and gc:negationObjectProperty (it has " + negated.size() + ", " + subject.size() + ", "
                                    + object.size() + ")",
                            "Give the class all three annotations (docs/architecture.md, \"Negative statements as OWL axioms\").");
                return Optional.of(new Negation(negated.get(0), subject.get(0), object.get(0)));
            }
            todo.addAll(objects(c, Terms.RDFS_SUB_CLASS_OF));
        }
        return Optional.empty();
    }

    List<Node> objects(Node s, Node p) {
        List<Node> out = new ArrayList<>();
        graph.find(s, p, Node.ANY).forEach(t -> out.add(t.getObject()));
        out.sort(CanonicalOrder.NODES);
        return out;
    }

    boolean has(Node s, Node p, Node o) {
        return graph.contains(s, p, o);
    }

    /**
     * The gc: terms convert writes into every document graph must be declared, so that the data
     * stays within what the ontology describes (OWL 2 DL needs every term typed).
     */
    private void checkStructureTerms() {
        List<String> missing = new ArrayList<>();
        for (Node c : List.of(Terms.GC_SOURCE_DOCUMENT, Terms.GC_SECTION, Terms.GC_TABLE_ROW, Terms.GC_EVIDENCE))
            if (!isClass(c)) missing.add(shortName(c) + " (owl:Class)");
        for (Node p : List.of(Terms.GC_QUESTION, Terms.GC_HAS_SECTION, Terms.GC_SECTION_KIND, Terms.GC_HEADING,
                Terms.GC_POSITION, Terms.GC_CHARACTERISTIC, Terms.GC_VALUE, Terms.GC_EXCLUSION_REASON,
                Terms.GC_HAS_EVIDENCE, Terms.GC_IN_SENTENCE))
            if (property(p).isEmpty()) missing.add(shortName(p) + " (property)");
        for (SectionKind kind : SectionKind.values())
            if (!isIndividual(kind.term())) missing.add(shortName(kind.term()) + " (individual)");
        if (!missing.isEmpty())
            throw new InputException(file, -1, -1,
                    "the ontology does not declare terms convert writes for every document: " + String.join(", ", missing),
                    "Declare them as docs/architecture.md (\"Document structure\", \"Evidence\") describes, "
                            + "or point --ontology at the project's ontology.");
    }
}
