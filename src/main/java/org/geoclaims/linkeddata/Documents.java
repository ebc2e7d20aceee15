package org.geoclaims.linkeddata;

import static org.geoclaims.web.Html.esc;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.geoclaims.vocab.GC;
import org.geoclaims.web.Html;

/**
 * The documents that describe minted IRIs: the ontology IRI is described by the whole ontology,
 * a named-graph IRI by the graph's triples, the dataset IRI by its VoID description, and every
 * other IRI by its resource description.
 */
final class Documents {
    private Documents() {}

    static boolean isOntology(Node iri) { return iri.getURI().equals(GC.ONTOLOGY); }
    static boolean isGraph(Node iri) { return iri.getURI().startsWith(GC.GRAPH); }
    static boolean isDataset(Node iri) { return iri.equals(DatasetDescriptions.DATASET); }

    static boolean exists(LinkedData ld, Node iri) {
        if (isOntology(iri)) return ld.hasNamedGraph(LinkedData.ONTOLOGY_GRAPH);
        if (isDataset(iri)) return true;
        if (isGraph(iri)) return ld.hasNamedGraph(iri);
        return ResourceDescriptions.exists(ld.dataset(), iri);
    }

    static Graph describe(LinkedData ld, Node iri, String serverBase) {
        if (isOntology(iri)) return ld.ontologyGraph();
        if (isDataset(iri)) return DatasetDescriptions.voidDescription(ld.statistics(), serverBase);
        if (isGraph(iri)) return ld.dataset().calculateRead(() -> {
            Graph copy = GraphFactory.createDefaultGraph();
            ld.dataset().getGraph(iri).find().forEachRemaining(copy::add);
            return copy;
        });
        return ResourceDescriptions.describe(ld.dataset(), iri);
    }

    static String page(LinkedData ld, Node iri, String serverBase) {
        if (isOntology(iri)) return OntologyDocs.render(ld.ontologyGraph(), ld.labels());
        if (isDataset(iri)) return datasetPage(ld, serverBase);
        if (isGraph(iri)) return graphPage(ld, iri);
        return ResourcePage.render(iri, ResourceDescriptions.describe(ld.dataset(), iri), ld.labels(), ld.catalog());
    }

    private static String graphPage(LinkedData ld, Node g) {
        long n = ld.dataset().calculateRead(() -> (long) ld.dataset().getGraph(g).size());
        String enc = URLEncoder.encode(g.getURI(), StandardCharsets.UTF_8);
        return Html.page("Named graph", "<h1>Named graph</h1>\n<p><code>" + esc(g.getURI()) + "</code></p>\n<p>"
                + n + " triples. Read it with the Graph Store Protocol: <a href=\"/kg/get?graph=" + esc(enc) + "\">/kg/get?graph=…</a>, "
                + "or as <a href=\"/data/" + esc(PublicBase.pathOf(g.getURI())) + ".ttl\">Turtle</a>.</p>\n");
    }

    private static String datasetPage(LinkedData ld, String serverBase) {
        DatasetStatistics s = ld.statistics();
        StringBuilder b = new StringBuilder("<h1>The geoclaims dataset</h1>\n<table>\n");
        b.append("<tr><th>triples</th><td>").append(s.triples()).append("</td></tr>\n")
         .append("<tr><th>entities</th><td>").append(s.entities()).append("</td></tr>\n")
         .append("<tr><th>classes</th><td>").append(s.classes()).append("</td></tr>\n")
         .append("<tr><th>properties</th><td>").append(s.properties()).append("</td></tr>\n")
         .append("<tr><th>links to Wikidata</th><td>").append(s.wikidataLinks()).append("</td></tr>\n")
         .append("<tr><th>SPARQL endpoint</th><td><code>").append(esc(serverBase)).append("kg/sparql</code></td></tr>\n</table>\n");
        b.append("<h2>Named graphs</h2>\n<table>\n");
        for (Map.Entry<Node, Long> e : s.graphs().entrySet())
            b.append("<tr><td><a href=\"").append(esc(PublicBase.pageHref(e.getKey().getURI()))).append("\">")
             .append(esc(e.getKey().getURI())).append("</a></td><td>").append(e.getValue()).append(" triples</td></tr>\n");
        b.append("</table>\n<h2>Dumps</h2>\n<p>");
        for (Dumps d : Dumps.values())
            b.append("<a href=\"/dumps/").append(d.fileName()).append("\">").append(d.fileName()).append("</a> ");
        b.append("</p>\n<p>VoID: <a href=\"/void\">/void</a></p>\n");
        return Html.page("Dataset", b.toString());
    }
}
