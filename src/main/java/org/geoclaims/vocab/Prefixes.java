package org.geoclaims.vocab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;

/**
 * The prefixes of the architecture contract (docs/architecture.md, "IRIs" and "Reused
 * vocabularies"): the only prefixes a curator may use in an extraction file, and the ones
 * {@code convert} declares in its output.
 */
public final class Prefixes {
    private Prefixes() {}

    public static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    public static final String RDFS = "http://www.w3.org/2000/01/rdf-schema#";
    public static final String OWL = "http://www.w3.org/2002/07/owl#";
    public static final String XSD = "http://www.w3.org/2001/XMLSchema#";
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SCHEMA = "http://schema.org/";
    public static final String SKOS = "http://www.w3.org/2004/02/skos/core#";
    public static final String DCTERMS = "http://purl.org/dc/terms/";
    public static final String OA = "http://www.w3.org/ns/oa#";
    public static final String NIF = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ORG = "http://www.w3.org/ns/org#";
    public static final String VANN = "http://purl.org/vocab/vann/";
    public static final String WD = "http://www.wikidata.org/entity/";

    private static final Map<String, String> ALL;
    static {
        Map<String, String> m = new TreeMap<>();
        m.put(GC.PREFIX, GC.NS);
        m.put(GC.ID_PREFIX, GC.ID);
        m.put(GC.SOURCE_PREFIX, GC.SOURCE);
        m.put("rdf", RDF);
        m.put("rdfs", RDFS);
        m.put("owl", OWL);
        m.put("xsd", XSD);
        m.put("prov", PROV);
        m.put("schema", SCHEMA);
        m.put("skos", SKOS);
        m.put("dcterms", DCTERMS);
        m.put("oa", OA);
        m.put("nif", NIF);
        m.put("org", ORG);
        m.put("vann", VANN);
        m.put("wd", WD);
        ALL = Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    /** Prefix name to namespace, sorted by prefix name. */
    public static Map<String, String> all() { return ALL; }

    /** The namespace of a prefix name, if the contract defines it. */
    public static Optional<String> namespace(String prefix) {
        return Optional.ofNullable(ALL.get(prefix));
    }

    /** Expands {@code prefix:local}; empty when the prefix is not one of the contract's. */
    public static Optional<String> expand(String prefixedName) {
        int colon = prefixedName.indexOf(':');
        if (colon < 0) return Optional.empty();
        return namespace(prefixedName.substring(0, colon)).map(ns -> ns + prefixedName.substring(colon + 1));
    }

    /** The shortest readable form of an IRI: {@code prefix:local} when a contract namespace holds it. */
    public static String shortForm(String iri) {
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> e : ALL.entrySet()) {
            String ns = e.getValue();
            if (iri.startsWith(ns) && iri.length() > ns.length() && ns.length() > bestNs.length()) {
                best = e.getKey();
                bestNs = ns;
            }
        }
        return best == null ? "<" + iri + ">" : best + ":" + iri.substring(bestNs.length());
    }

    /** A fresh RIOT prefix map with every contract prefix. */
    public static PrefixMap prefixMap() {
        PrefixMap pm = PrefixMapFactory.create();
        ALL.forEach(pm::add);
        return pm;
    }
}
