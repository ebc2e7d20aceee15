package org.geoclaims.linkeddata;

import static org.geoclaims.web.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.geoclaims.vocab.GC;
import org.geoclaims.web.Html;

/**
 * The human documentation of the ontology, written from the ontology graph itself (never by
 * hand): its header, a diagram of the classes and the object properties between them, then every
 * class, property and named individual with its label, definition, and axioms. Served as the HTML
 * representation of the ontology IRI.
 */
public final class OntologyDocs {
    private OntologyDocs() {}

    private static final Node ONTOLOGY = NodeFactory.createURI(GC.ONTOLOGY);
    private static final Node DEFINITION = SKOS.definition.asNode();
    private static final Node PROPERTY_CHAIN = OWL2.propertyChainAxiom.asNode();
    private static final Node VANN_PREFIX = NodeFactory.createURI("http://purl.org/vocab/vann/preferredNamespacePrefix");

    public static String render(Graph g, Labels labels) {
        StringBuilder b = new StringBuilder();
        String title = first(g, ONTOLOGY, DCTerms.title.asNode());
        b.append("<h1>").append(esc(title == null ? "geoclaims ontology" : title)).append("</h1>\n");
        b.append("<table class=\"ontology-header\">\n");
        row(b, "IRI", "<code>" + esc(GC.ONTOLOGY) + "</code>");
        row(b, "Version IRI", code(first(g, ONTOLOGY, OWL2.versionIRI.asNode())));
        row(b, "Version", esc(first(g, ONTOLOGY, OWL2.versionInfo.asNode())));
        row(b, "Namespace", "<code>" + esc(GC.NS) + "</code> (prefix <code>" + esc(orElse(first(g, ONTOLOGY, VANN_PREFIX), "gc")) + ":</code>)");
        row(b, "Created", esc(first(g, ONTOLOGY, DCTerms.created.asNode())));
        row(b, "License", linkOrText(first(g, ONTOLOGY, DCTerms.license.asNode())));
        row(b, "Download", "<a href=\"/data/ontology.ttl\">Turtle</a> · <a href=\"/data/ontology.jsonld\">JSON-LD</a> · "
                + "<a href=\"/data/ontology.rdf\">RDF/XML</a> · <a href=\"/data/ontology.nt\">N-Triples</a>");
        b.append("</table>\n");
        String description = first(g, ONTOLOGY, DCTerms.description.asNode());
        if (description != null) b.append("<p class=\"description\">").append(esc(description)).append("</p>\n");

        List<Node> classes = terms(g, OWL2.Class.asNode(), labels);
        List<Node> objectProps = terms(g, OWL2.ObjectProperty.asNode(), labels);
        List<Node> dataProps = terms(g, OWL2.DatatypeProperty.asNode(), labels);
        List<Node> annotationProps = terms(g, OWL2.AnnotationProperty.asNode(), labels);
        List<Node> individuals = terms(g, OWL2.NamedIndividual.asNode(), labels);
        individuals.addAll(terms(g, SKOS.Concept.asNode(), labels).stream().filter(n -> !individuals.contains(n)).toList());

        b.append("<p>").append(classes.size()).append(" classes · ").append(objectProps.size()).append(" object properties · ")
         .append(dataProps.size()).append(" datatype properties · ").append(annotationProps.size()).append(" annotation properties · ")
         .append(individuals.size()).append(" named individuals, in the <code>gc:</code> namespace.</p>\n");

        b.append("<h2 id=\"diagram\">Diagram of the classes</h2>\n")
         .append("<p class=\"muted\">Classes (boxes), subclass links (grey) and object properties from domain to range (blue). Drag to rearrange; click a class to read about it.</p>\n")
         .append("<svg id=\"ontology-diagram\" width=\"100%\" height=\"720\" role=\"img\" aria-label=\"class diagram\"></svg>\n")
         .append("<script id=\"ontology-diagram-data\" type=\"application/json\">").append(diagramJson(g, classes, objectProps, labels).toString().replace("</", "<\\/")).append("</script>\n")
         .append("<script src=\"/webjars/d3/7.9.0/dist/d3.min.js\"></script>\n<script src=\"/static/ontology-diagram.js\"></script>\n");

        section(b, "classes", "Classes", classes, g, labels);
        section(b, "object-properties", "Object properties", objectProps, g, labels);
        section(b, "datatype-properties", "Datatype properties", dataProps, g, labels);
        section(b, "annotation-properties", "Annotation properties", annotationProps, g, labels);
        section(b, "individuals", "Named individuals and concepts", individuals, g, labels);
        return Html.page(title == null ? "Ontology" : title, b.toString());
    }

    private static void section(StringBuilder b, String id, String heading, List<Node> terms, Graph g, Labels labels) {
        if (terms.isEmpty()) return;
        b.append("<h2 id=\"").append(id).append("\">").append(esc(heading)).append("</h2>\n");
        for (Node t : terms) term(b, t, g, labels);
    }

    private static void term(StringBuilder b, Node t, Graph g, Labels labels) {
        String local = t.getURI().substring(GC.NS.length());
        b.append("<section class=\"term\" id=\"").append(esc(local)).append("\">\n<h3>").append(esc(labels.of(t)))
         .append(" <small><code>gc:").append(esc(local)).append("</code></small></h3>\n");
        String def = first(g, t, DEFINITION);
        if (def != null) b.append("<p class=\"definition\">").append(esc(def)).append("</p>\n");
        b.append("<table>\n");
        rowNodes(b, "IRI", List.of(t), labels, true);
        rowNodes(b, "Subclass of", objects(g, t, RDFS.subClassOf.asNode()), labels, false);
        rowNodes(b, "Subclasses", subjects(g, RDFS.subClassOf.asNode(), t), labels, false);
        rowNodes(b, "Equivalent to", objects(g, t, OWL2.equivalentClass.asNode()), labels, false);
        rowNodes(b, "Disjoint with", objects(g, t, OWL2.disjointWith.asNode()), labels, false);
        rowNodes(b, "Subproperty of", objects(g, t, RDFS.subPropertyOf.asNode()), labels, false);
        rowNodes(b, "Domain", objects(g, t, RDFS.domain.asNode()), labels, false);
        rowNodes(b, "Range", objects(g, t, RDFS.range.asNode()), labels, false);
        rowNodes(b, "Inverse of", objects(g, t, OWL2.inverseOf.asNode()), labels, false);
        rowNodes(b, "Characteristics", objects(g, t, RDF.type.asNode()).stream()
                .filter(n -> n.isURI() && n.getURI().startsWith(OWL2.NS) && n.getURI().endsWith("Property")
                        && !n.equals(OWL2.ObjectProperty.asNode()) && !n.equals(OWL2.DatatypeProperty.asNode())
                        && !n.equals(OWL2.AnnotationProperty.asNode())).toList(), labels, false);
        rowNodes(b, "Used as domain of", subjects(g, RDFS.domain.asNode(), t), labels, false);
        rowNodes(b, "Used as range of", subjects(g, RDFS.range.asNode(), t), labels, false);
        rowNodes(b, "Type", objects(g, t, RDF.type.asNode()).stream().filter(n -> !n.getURI().startsWith(OWL2.NS)).toList(), labels, false);
        for (Node chain : objects(g, t, PROPERTY_CHAIN)) row(b, "Implied by the chain", esc(listText(g, chain, labels)));
        List<Node> notations = objects(g, t, SKOS.notation.asNode());
        if (!notations.isEmpty()) row(b, "Notation", esc(String.join(", ", notations.stream().map(Node::getLiteralLexicalForm).toList())));
        b.append("</table>\n</section>\n");
    }

    private static JsonObject diagramJson(Graph g, List<Node> classes, List<Node> objectProps, Labels labels) {
        Set<Node> classSet = new java.util.HashSet<>(classes);
        JsonArray nodes = new JsonArray();
        for (Node c : classes) {
            JsonObject n = new JsonObject();
            n.put("id", c.getURI().substring(GC.NS.length()));
            n.put("label", labels.of(c));
            nodes.add(n);
        }
        JsonArray links = new JsonArray();
        for (Node c : classes)
            for (Node sup : objects(g, c, RDFS.subClassOf.asNode()))
                if (classSet.contains(sup)) links.add(link(c, sup, "subClassOf", "subclass"));
        for (Node p : objectProps)
            for (Node d : objects(g, p, RDFS.domain.asNode()))
                for (Node r : objects(g, p, RDFS.range.asNode()))
                    if (classSet.contains(d) && classSet.contains(r)) links.add(link(d, r, labels.of(p), "property"));
        JsonObject o = new JsonObject();
        o.put("nodes", nodes);
        o.put("links", links);
        return o;
    }

    private static JsonObject link(Node from, Node to, String label, String kind) {
        JsonObject l = new JsonObject();
        l.put("source", from.getURI().substring(GC.NS.length()));
        l.put("target", to.getURI().substring(GC.NS.length()));
        l.put("label", label);
        l.put("kind", kind);
        return l;
    }

    private static String listText(Graph g, Node list, Labels labels) {
        List<String> parts = new ArrayList<>();
        Node cur = list;
        while (cur != null && !cur.equals(RDF.nil.asNode())) {
            Node item = firstNode(g, cur, RDF.first.asNode());
            if (item == null) break;
            if (item.isBlank()) {
                Node inv = firstNode(g, item, OWL2.inverseOf.asNode());
                parts.add(inv == null ? "?" : "inverse(" + labels.of(inv) + ")");
            } else parts.add(labels.of(item));
            cur = firstNode(g, cur, RDF.rest.asNode());
        }
        return String.join(" ∘ ", parts);
    }

    private static List<Node> terms(Graph g, Node type, Labels labels) {
        Set<Node> found = new TreeSet<>(Comparator.comparing(Node::getURI));
        g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(GC.NS)) found.add(t.getSubject());
        });
        List<Node> list = new ArrayList<>(found);
        list.sort(Comparator.comparing((Node n) -> labels.of(n).toLowerCase(java.util.Locale.ROOT)).thenComparing(Node::getURI));
        return list;
    }

    private static void rowNodes(StringBuilder b, String label, List<Node> nodes, Labels labels, boolean code) {
        if (nodes.isEmpty()) return;
        List<String> parts = new ArrayList<>();
        for (Node n : nodes) {
            if (code) parts.add("<code>" + esc(n.getURI()) + "</code>");
            else if (n.isURI()) parts.add(termLink(n, labels));
            else if (n.isBlank()) parts.add("<span class=\"muted\">(class expression)</span>");
            else parts.add(esc(n.getLiteralLexicalForm()));
        }
        row(b, label, String.join(", ", parts));
    }

    private static String termLink(Node n, Labels labels) {
        String uri = n.getURI();
        String href = uri.startsWith(GC.NS) ? "#" + uri.substring(GC.NS.length()) : PublicBase.pageHref(uri);
        return "<a href=\"" + esc(href) + "\" title=\"" + esc(uri) + "\">" + esc(labels.of(n)) + "</a>";
    }

    private static void row(StringBuilder b, String label, String html) {
        if (html == null || html.isEmpty()) return;
        b.append("<tr><th>").append(esc(label)).append("</th><td>").append(html).append("</td></tr>\n");
    }

    private static String code(String s) { return s == null ? null : "<code>" + esc(s) + "</code>"; }

    private static String linkOrText(String s) {
        if (s == null) return null;
        return s.startsWith("http") ? "<a href=\"" + esc(s) + "\">" + esc(s) + "</a>" : esc(s);
    }

    private static String orElse(String s, String dflt) { return s == null ? dflt : s; }

    private static String first(Graph g, Node s, Node p) {
        Node n = firstNode(g, s, p);
        return n == null ? null : n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : null;
    }

    private static Node firstNode(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        return it.hasNext() ? it.next().getObject() : null;
    }

    private static List<Node> objects(Graph g, Node s, Node p) {
        return ResourcePage.objects(g, s, p);
    }

    private static List<Node> subjects(Graph g, Node p, Node o) {
        List<Node> out = new ArrayList<>();
        g.find(Node.ANY, p, o).forEachRemaining(t -> { if (t.getSubject().isURI()) out.add(t.getSubject()); });
        out.sort(Comparator.comparing(Node::getURI));
        return out;
    }
}
