package org.geoclaims.check;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.shared.PrefixMapping;
import org.geoclaims.vocab.GC;
import org.geoclaims.vocab.Prefixes;

/** Prefixed names for reports: {@code gcr:pakistan} rather than the full IRI. */
final class ShortNames {
    private ShortNames() {}

    /** The contract's prefixes ({@link Prefixes}), plus SHACL and the graph namespace, which reports also name. */
    static final Map<String, String> PREFIXES;
    static {
        Map<String, String> p = new LinkedHashMap<>(Prefixes.all());
        p.put("sh", "http://www.w3.org/ns/shacl#");
        p.put("gcg", GC.GRAPH);
        PREFIXES = java.util.Collections.unmodifiableMap(p);
    }

    static PrefixMapping mapping() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        PREFIXES.forEach(pm::setNsPrefix);
        return pm;
    }

    /** {@code prefix:local} when a namespace matches and the rest is a plain local name, else the IRI in {@code <>}. */
    static String of(String iri) {
        if (iri == null) return "";
        if (iri.startsWith("_:")) return iri;
        String best = null;
        String bestNs = "";
        for (Map.Entry<String, String> e : PREFIXES.entrySet()) {
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
