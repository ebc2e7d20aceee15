package org.geoclaims.linkeddata;

import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

/**
 * What the server says about one IRI: its own triples (and those of blank nodes and nodes nested
 * under its IRI), the statements it takes part in (every subject that points to it, with all of
 * that subject's triples), the provenance of both (evidence, selectors, the sentence quoted), and
 * the labels of everything mentioned, so a reader needs no second lookup to name them.
 */
public final class ResourceDescriptions {
    private ResourceDescriptions() {}

    private static final Query DESCRIBE = QueryFactory.create("""
            PREFIX gc:   <https://w3id.org/geoclaims/ontology/>
            PREFIX oa:   <http://www.w3.org/ns/oa#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            CONSTRUCT {
              ?s ?p ?o .
              ?o ?lp ?label .
            } WHERE {
              {
                # own triples (?r is replaced by the IRI before the query runs)
                ?r ?p ?o BIND(?r AS ?s)
              } UNION {
                # blank nodes and nested nodes hanging off the resource, one level down
                ?r ?p0 ?s . FILTER(isBlank(?s) || STRSTARTS(STR(?s), CONCAT(STR(?r), "/"))) ?s ?p ?o
              } UNION {
                # statements it takes part in: every triple of a subject pointing to it
                ?s ?p0 ?r . ?s ?p ?o
              } UNION {
                # its evidence
                ?r gc:hasEvidence ?s . ?s ?p ?o
              } UNION {
                ?r gc:hasEvidence ?ev . ?ev oa:hasSelector ?s . ?s ?p ?o
              } UNION {
                # the evidence of the statements it takes part in
                ?st ?p1 ?r . ?st gc:hasEvidence ?s . ?s ?p ?o
              } UNION {
                ?st ?p1 ?r . ?st gc:hasEvidence ?ev . ?ev oa:hasSelector ?s . ?s ?p ?o
              }
              OPTIONAL { VALUES ?lp { rdfs:label skos:prefLabel } ?o ?lp ?label FILTER(!isLiteral(?o)) }
            }
            """);

    private static final Query EXISTS = QueryFactory.create("ASK { { ?r ?p ?o } UNION { ?s ?p ?r } }");

    public static Graph describe(DatasetGraph dsg, Node iri) {
        Query q = QueryTransformOps.transform(DESCRIBE, Map.of(Var.alloc("r"), iri));
        return dsg.calculateRead(() -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
                return qe.construct();
            }
        });
    }

    /** True when the IRI appears as a subject or an object anywhere. */
    public static boolean exists(DatasetGraph dsg, Node iri) {
        Query q = QueryTransformOps.transform(EXISTS, Map.of(Var.alloc("r"), iri));
        return dsg.calculateRead(() -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(q).build()) {
                return qe.ask();
            }
        });
    }
}
