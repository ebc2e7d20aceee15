package org.geoclaims.check;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.geoclaims.vocab.GC;

/** Prefixed names for reports: {@code gcr:pakistan} rather than the full IRI. */
final class ShortNames {
    private ShortNames() {}

    /** The prefixes of the architecture, longest namespace first so that {@code gc:} does not shadow {@code gcr:}. */
    static final Map<String, String> PREFIXES;
    static {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(GC.ID_PREFIX, GC.ID);
        p.put(GC.SOURCE_PREFIX, GC.SOURCE);
        p.put("gcg", GC.GRAPH);
        p.put(GC.PREFIX, GC.NS);
        p.put("owl", "http://www.w3.org/2002/07/owl#");
        p.put("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        p.put("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        p.put("sh", "http://www.w3.org/ns/shacl#");
        p.put("skos", "http://www.w3.org/2004/02/skos/core#");
        p.put("prov", "http://www.w3.org/ns/prov#");
        p.put("schema", "http://schema.org/");
        p.put("dcterms", "http://purl.org/dc/terms/");
        p.put("oa", "http://www.w3.org/ns/oa#");
        p.put("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        p.put("org", "http://www.w3.org/ns/org#");
        p.put("vann", "http://purl.org/vocab/vann/");
        p.put("wd", "http://www.wikidata.org/entity/");
        PREFIXES = Map.copyOf(p);
        ORDERED = p;
    }
    private static final Map<String, String> ORDERED;

    static PrefixMapping mapping() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        ORDERED.forEach(pm::setNsPrefix);
        return pm;
    }

    /** {@code prefix:local} when a namespace matches and the rest is a plain local name, else the IRI in {@code <>}. */
    static String of(String iri) {
        if (iri == null) return "";
        if (iri.startsWith("_:")) return iri;
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> e : ORDERED.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && ns.length() > bestNs.length()) {
                best = e.getKey();
                bestNs = ns;
            }
        }
        if (best != null) {
            String local = iri.substring(bestNs.length());
            if (!local.isEmpty() && local.matches("[A-Za-z0-9_][A-Za-z0-9_.\\-/]*") && !local.endsWith("."))
                return best + ":" + local;
        }
        return iri.contains("://") ? "<" + iri + ">" : iri;
    }

    /** How a node is named in findings: the IRI, {@code _:label} for a blank node, the lexical form of a literal. */
    static String id(Node n) {
        if (n == null) return "";
        if (n.isURI()) return n.getURI();
        if (n.isBlank()) return "_:" + n.getBlankNodeLabel();
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        return n.toString();
    }
}
