package org.geoclaims.linkeddata;

import static org.geoclaims.web.Html.esc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.geoclaims.api.QueryCatalog;
import org.geoclaims.api.QueryParameter;
import org.geoclaims.api.QueryTemplate;
import org.geoclaims.api.ParamType;
import org.geoclaims.vocab.Terms;
import org.geoclaims.web.Html;

/**
 * The HTML page of a resource, written from its description: what it is, what is said about it,
 * the statements it takes part in, the evidence quoted from the sources (with links to the
 * sentence in the document), and the canned queries that ask about it.
 */
public final class ResourcePage {
    private ResourcePage() {}

    private static final Node HAS_EVIDENCE = Terms.GC_HAS_EVIDENCE;
    private static final Node IN_SENTENCE = Terms.GC_IN_SENTENCE;
    private static final Node HAS_SELECTOR = Terms.OA_HAS_SELECTOR;
    private static final Node HAS_SOURCE = Terms.OA_HAS_SOURCE;
    private static final Node EXACT = Terms.OA_EXACT;
    private static final Node SAME_AS = OWL.sameAs.asNode();

    public static String render(Node iri, Graph description, Labels labels, QueryCatalog catalog) {
        String uri = iri.getURI();
        String title = labels.of(iri);
        StringBuilder b = new StringBuilder();
        b.append("<h1>").append(esc(title)).append("</h1>\n");
        b.append("<p class=\"iri\"><code>").append(esc(uri)).append("</code></p>\n");

        if (PublicBase.isSourceDocument(uri))
            b.append("<p class=\"source-view\"><a href=\"").append(esc(PublicBase.sourceViewHref(uri, null)))
             .append("\">Read it with its evidence highlighted</a></p>\n");

        List<Node> types = objects(description, iri, RDF.type.asNode());
        if (!types.isEmpty()) {
            b.append("<p class=\"types\">");
            for (Node t : types) b.append("<span class=\"tag\">").append(link(t, labels)).append("</span> ");
            b.append("</p>\n");
        }
        List<Node> alt = objects(description, iri, SKOS.altLabel.asNode());
        if (!alt.isEmpty()) {
            b.append("<p>Also known as: ");
            b.append(String.join(", ", alt.stream().map(n -> "<span class=\"alt-label\">" + esc(n.getLiteralLexicalForm()) + "</span>").toList()));
            b.append("</p>\n");
        }
        List<Node> same = objects(description, iri, SAME_AS);
        same.addAll(objects(description, iri, SKOS.exactMatch.asNode()));
        if (!same.isEmpty()) {
            b.append("<p>The same as: ");
            for (Node s : same) {
                String href = s.getURI().startsWith("http://www.wikidata.org/entity/")
                        ? "https://www.wikidata.org/wiki/" + Labels.localName(s.getURI()) : s.getURI();
                b.append("<a class=\"external\" rel=\"external\" href=\"").append(esc(href)).append("\">")
                 .append(esc(s.getURI())).append("</a> ");
            }
            b.append("</p>\n");
        }

        // What is said about it.
        Map<Node, List<Node>> own = new TreeMap<>(Comparator.comparing(labels::of));
        description.find(iri, Node.ANY, Node.ANY).forEachRemaining(t -> {
            Node p = t.getPredicate();
            if (p.equals(RDF.type.asNode()) || p.equals(SKOS.altLabel.asNode()) || p.equals(SAME_AS) || p.equals(HAS_EVIDENCE)) return;
            own.computeIfAbsent(p, k -> new ArrayList<>()).add(t.getObject());
        });
        if (!own.isEmpty()) {
            b.append("<h2>About it</h2>\n<table class=\"properties\">\n");
            for (Map.Entry<Node, List<Node>> e : own.entrySet()) {
                b.append("<tr><th>").append(link(e.getKey(), labels)).append("</th><td>");
                List<String> values = new ArrayList<>();
                for (Node v : e.getValue()) values.add(value(v, labels));
                b.append(String.join("<br>", values)).append("</td></tr>\n");
            }
            b.append("</table>\n");
        }

        // Statements it takes part in.
        Map<Node, Set<Node>> incoming = new LinkedHashMap<>();
        description.find(Node.ANY, Node.ANY, iri).forEachRemaining(t -> {
            if (!t.getSubject().equals(iri))
                incoming.computeIfAbsent(t.getSubject(), k -> new TreeSet<>(Comparator.comparing(Node::toString))).add(t.getPredicate());
        });
        if (!incoming.isEmpty()) {
            b.append("<h2>Statements it takes part in</h2>\n<table class=\"statements\">\n<tr><th>statement</th><th>kind</th><th>its role</th></tr>\n");
            List<Node> subjects = new ArrayList<>(incoming.keySet());
            subjects.sort(Comparator.comparing(labels::of));
            for (Node s : subjects) {
                List<String> kinds = objects(description, s, RDF.type.asNode()).stream().map(t -> link(t, labels)).toList();
                b.append("<tr><td>").append(s.isBlank() ? describeBlank(description, s, labels) : link(s, labels))
                 .append("</td><td>").append(String.join(", ", kinds))
                 .append("</td><td>").append(String.join(", ", incoming.get(s).stream().map(p -> link(p, labels)).toList()))
                 .append("</td></tr>\n");
            }
            b.append("</table>\n");
        }

        // Evidence quoted from the sources.
        List<String> quotes = evidence(iri, description, labels);
        if (!quotes.isEmpty()) {
            b.append("<h2>Evidence in the sources</h2>\n");
            quotes.forEach(b::append);
        }

        // Canned queries about it.
        List<String> queryLinks = queries(uri, types, catalog);
        if (!queryLinks.isEmpty()) {
            b.append("<h2>Questions about it</h2>\n<ul class=\"queries\">\n");
            queryLinks.forEach(q -> b.append("<li>").append(q).append("</li>\n"));
            b.append("</ul>\n");
        }

        String path = PublicBase.pathOf(uri);
        b.append("<h2>Data</h2>\n<p class=\"downloads\">");
        for (RdfFormats f : RdfFormats.values()) {
            if (f == RdfFormats.HTML) continue;
            b.append("<a rel=\"alternate\" type=\"").append(f.mediaType()).append("\" href=\"/data/").append(esc(path)).append('.')
             .append(f.extension()).append("\">").append(f.name().equals("JSONLD") ? "JSON-LD" : f.name().equals("RDFXML") ? "RDF/XML" :
                     f.name().equals("NTRIPLES") ? "N-Triples" : "Turtle").append("</a> ");
        }
        b.append("</p>\n");
        return Html.page(title, b.toString());
    }

    private static List<String> evidence(Node iri, Graph g, Labels labels) {
        List<Node> statements = new ArrayList<>();
        statements.add(iri);
        g.find(Node.ANY, Node.ANY, iri).forEachRemaining(t -> { if (!statements.contains(t.getSubject())) statements.add(t.getSubject()); });
        List<String> out = new ArrayList<>();
        Set<Node> seen = new java.util.HashSet<>();
        for (Node st : statements) {
            for (Node ev : objects(g, st, HAS_EVIDENCE)) {
                if (!seen.add(ev)) continue;
                String exact = null;
                for (Node sel : objects(g, ev, HAS_SELECTOR))
                    for (Node e : objects(g, sel, EXACT)) exact = e.getLiteralLexicalForm();
                if (exact == null) continue;
                List<Node> docs = objects(g, ev, HAS_SOURCE);
                List<Node> sentences = objects(g, ev, IN_SENTENCE);
                StringBuilder q = new StringBuilder("<blockquote class=\"evidence\">“").append(esc(exact)).append("”<br><small>");
                if (!st.equals(iri)) q.append("for ").append(link(st, labels)).append(" · ");
                if (!docs.isEmpty()) {
                    Node doc = docs.get(0);
                    String sentence = sentences.isEmpty() ? null : sentences.get(0).getURI();
                    String href = PublicBase.isSourceDocument(doc.getURI())
                            ? PublicBase.sourceViewHref(doc.getURI(), sentence) : PublicBase.pageHref(doc.getURI());
                    q.append("in <a class=\"source\" href=\"").append(esc(href)).append("\">")
                     .append(esc(labels.of(doc))).append("</a>");
                }
                q.append("</small></blockquote>\n");
                out.add(q.toString());
            }
        }
        return out;
    }

    private static List<String> queries(String uri, List<Node> types, QueryCatalog catalog) {
        Set<String> kinds = new TreeSet<>();
        kinds.add("resource");
        for (Node t : types) if (t.isURI()) kinds.add(Labels.localName(t.getURI()).toLowerCase(java.util.Locale.ROOT));
        List<String> links = new ArrayList<>();
        for (QueryTemplate t : catalog.all()) {
            QueryParameter iriParam = null;
            for (QueryParameter p : t.params())
                if (p.type() == ParamType.IRI && p.required()) { iriParam = p; break; }
            if (iriParam == null || t.tags().stream().noneMatch(kinds::contains)) continue;
            String href = "/api/queries/" + t.name() + "?" + iriParam.name() + "=" + java.net.URLEncoder.encode(uri, java.nio.charset.StandardCharsets.UTF_8) + "&format=text";
            links.add("<a class=\"canned-query\" href=\"" + esc(href) + "\">" + esc(t.summary()) + "</a>");
        }
        return links;
    }

    private static String describeBlank(Graph g, Node b, Labels labels) {
        List<String> parts = new ArrayList<>();
        g.find(b, Node.ANY, Node.ANY).forEachRemaining((Triple t) -> {
            if (!t.getPredicate().equals(RDF.type.asNode())) parts.add(labels.of(t.getPredicate()) + ": " + value(t.getObject(), labels));
        });
        parts.sort(String::compareTo);
        return String.join("; ", parts);
    }

    static String link(Node n, Labels labels) {
        if (!n.isURI()) return esc(labels.of(n));
        return "<a href=\"" + esc(PublicBase.pageHref(n.getURI())) + "\" title=\"" + esc(n.getURI()) + "\">" + esc(labels.of(n)) + "</a>";
    }

    static String value(Node v, Labels labels) {
        if (v.isURI()) return link(v, labels);
        if (v.isBlank()) return esc("(unnamed node)");
        String lex = v.getLiteralLexicalForm();
        if (lex.length() > 600) lex = lex.substring(0, 600) + "…";
        String dt = v.getLiteralLanguage().isEmpty() && v.getLiteralDatatypeURI() != null
                && !v.getLiteralDatatypeURI().endsWith("#string") && !v.getLiteralDatatypeURI().endsWith("#langString")
                ? " <span class=\"muted\">(" + esc(Labels.localName(v.getLiteralDatatypeURI())) + ")</span>" : "";
        return esc(lex) + dt;
    }

    static List<Node> objects(Graph g, Node s, Node p) {
        List<Node> out = new ArrayList<>();
        g.find(s, p, Node.ANY).forEachRemaining(t -> out.add(t.getObject()));
        out.sort(Comparator.comparing(Node::toString));
        return out;
    }
}
