package org.geoclaims.convert;

import java.util.Comparator;

import org.apache.jena.graph.Node;
import org.geoclaims.vocab.Terms;

/**
 * The fixed order of canonical output. IRIs come before blank nodes, blank nodes before literals.
 * IRIs and literal forms compare <em>naturally</em>: runs of digits by their numeric value, so that
 * {@code sentence/2} comes before {@code sentence/10}; other text by code point. Literals with equal
 * lexical forms compare by datatype IRI, then language tag.
 */
public final class CanonicalOrder {
    private CanonicalOrder() {}

    /** Natural order of strings: digit runs by numeric value, everything else by character. */
    public static final Comparator<String> NATURAL = CanonicalOrder::compareNatural;

    /** Order of RDF terms. Blank nodes compare by label; the writer orders them by content first. */
    public static final Comparator<Node> NODES = CanonicalOrder::compareNodes;

    /** Order of predicates: {@code rdf:type} first, then by IRI. */
    public static final Comparator<Node> PREDICATES = (a, b) -> {
        boolean ta = a.equals(Terms.RDF_TYPE);
        boolean tb = b.equals(Terms.RDF_TYPE);
        if (ta != tb) return ta ? -1 : 1;
        return compareNodes(a, b);
    };

    private static int rank(Node n) {
        if (n.isURI()) return 0;
        if (n.isBlank()) return 1;
        if (n.isLiteral()) return 2;
        return 3;
    }

    static int compareNodes(Node a, Node b) {
        int r = Integer.compare(rank(a), rank(b));
        if (r != 0) return r;
        if (a.isURI()) return compareNatural(a.getURI(), b.getURI());
        if (a.isBlank()) return a.getBlankNodeLabel().compareTo(b.getBlankNodeLabel());
        if (a.isLiteral()) {
            int c = compareNatural(a.getLiteralLexicalForm(), b.getLiteralLexicalForm());
            if (c != 0) return c;
            c = a.getLiteralDatatypeURI().compareTo(b.getLiteralDatatypeURI());
            if (c != 0) return c;
            return a.getLiteralLanguage().compareTo(b.getLiteralLanguage());
        }
        return a.toString().compareTo(b.toString());
    }

    static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            char ca = a.charAt(i);
            char cb = b.charAt(j);
            if (isDigit(ca) && isDigit(cb)) {
                int ei = i;
                while (ei < a.length() && isDigit(a.charAt(ei))) ei++;
                int ej = j;
                while (ej < b.length() && isDigit(b.charAt(ej))) ej++;
                int si = i;
                while (si < ei - 1 && a.charAt(si) == '0') si++;
                int sj = j;
                while (sj < ej - 1 && b.charAt(sj) == '0') sj++;
                int c = Integer.compare(ei - si, ej - sj);
                if (c == 0) c = a.substring(si, ei).compareTo(b.substring(sj, ej));
                if (c != 0) return c;
                i = ei;
                j = ej;
            } else {
                int c = Integer.compare(a.codePointAt(i), b.codePointAt(j));
                if (c != 0) return c;
                i += Character.charCount(a.codePointAt(i));
                j += Character.charCount(b.codePointAt(j));
            }
        }
        int c = Integer.compare(a.length() - i, b.length() - j);
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }
}
