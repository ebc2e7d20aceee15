package org.geoclaims.linkeddata;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * Names for IRIs in pages: the English label (rdfs:label, skos:prefLabel, schema:name), else the
 * last segment of the IRI. The data is read-only while served, so names are cached.
 */
public final class Labels {
    private static final Query LABEL = QueryFactory.create("""
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?l {
              VALUES (?p ?rank) { (rdfs:label 1) (skos:prefLabel 2) (<http://schema.org/name> 3) (<http://purl.org/dc/terms/title> 4) }
              ?r ?p ?l
              BIND(IF(LANGMATCHES(LANG(?l), "en"), 0, IF(LANG(?l) = "", 1, 2)) AS ?langRank)
            } ORDER BY ?langRank ?rank ?l LIMIT 1""");

    private final DatasetGraph dsg;
    private final Map<Node, String> cache = new ConcurrentHashMap<>();
    private final boolean cacheable;

    /** @param cacheable false when the data can change while served */
    public Labels(DatasetGraph dsg, boolean cacheable) {
        this.dsg = dsg;
        this.cacheable = cacheable;
    }

    public String of(Node node) {
        if (node.isLiteral()) return node.getLiteralLexicalForm();
        if (node.isBlank()) return "(unnamed node)";
        if (!cacheable) return lookup(node);
        return cache.computeIfAbsent(node, this::lookup);
    }

    private String lookup(Node iri) {
        Query q = QueryTransformOps.transform(LABEL, Map.of(Var.alloc("r"), iri));
        String found = dsg.calculateRead(() -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
                var rows = qe.select();
                return rows.hasNext() ? rows.next().get("l").getLiteralLexicalForm() : null;
            }
        });
        return found != null ? found : localName(iri.getURI());
    }

    public static String localName(String iri) {
        String s = iri;
        while (s.endsWith("/") || s.endsWith("#")) s = s.substring(0, s.length() - 1);
        int cut = Math.max(s.lastIndexOf('/'), s.lastIndexOf('#'));
        return cut >= 0 && cut < s.length() - 1 ? s.substring(cut + 1) : iri;
    }
}
