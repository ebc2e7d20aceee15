package org.geoclaims.linkeddata;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;

/**
 * The figures VoID and the SPARQL service description publish, counted once with SPARQL over the
 * served dataset: triples, entities, classes, properties, distinct subjects and objects, the
 * triples of each named graph, and the links to Wikidata.
 */
public record DatasetStatistics(long triples, long entities, long classes, long properties, long distinctSubjects,
                                long distinctObjects, long wikidataLinks, Map<Node, Long> graphs) {

    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    public static DatasetStatistics count(DatasetGraph dsg) {
        return dsg.calculateRead(() -> {
            long triples = one(dsg, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
            long entities = one(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a ?t FILTER(STRSTARTS(STR(?s), \"https://w3id.org/geoclaims/\")) }");
            long classes = one(dsg, "SELECT (COUNT(DISTINCT ?t) AS ?n) { ?s a ?t }");
            long properties = one(dsg, "SELECT (COUNT(DISTINCT ?p) AS ?n) { ?s ?p ?o }");
            long subjects = one(dsg, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s ?p ?o }");
            long objects = one(dsg, "SELECT (COUNT(DISTINCT ?o) AS ?n) { ?s ?p ?o }");
            long wikidata = one(dsg, "SELECT (COUNT(*) AS ?n) { ?s <http://www.w3.org/2002/07/owl#sameAs> ?w FILTER(STRSTARTS(STR(?w), \"" + WIKIDATA + "\")) }");
            Map<Node, Long> graphs = new LinkedHashMap<>();
            try (QueryExec qe = QueryExec.dataset(dsg).query("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g").build()) {
                qe.select().forEachRemaining(b -> graphs.put(b.get("g"), ((Number) b.get("n").getLiteralValue()).longValue()));
            }
            return new DatasetStatistics(triples, entities, classes, properties, subjects, objects, wikidata, graphs);
        });
    }

    private static long one(DatasetGraph dsg, String query) {
        try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
            RowSet rs = qe.select();
            return ((Number) rs.next().get("n").getLiteralValue()).longValue();
        }
    }
}
