package org.geoclaims.api;

import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.geoclaims.vocab.GC;

/**
 * The types a canned-query parameter can have. Each turns the text a user sent into an RDF term
 * (never into query text), or says precisely why it cannot.
 */
public enum ParamType {
    /** An absolute IRI, or the short id of a geoclaims resource ({@code armenia} → {@code gcr:armenia}). */
    IRI("iri", "an IRI such as https://w3id.org/geoclaims/id/armenia, or a geoclaims id such as armenia"),
    /** A plain string literal (xsd:string). */
    STRING("string", "a text"),
    /** A language-tagged string: {@code text@en}; without a tag, English. */
    LANG_STRING("langString", "a text with an optional language tag, e.g. Pakistan@en"),
    /** A year (xsd:gYear). */
    YEAR("year", "a year such as 2020 (xsd:gYear)"),
    /** A date (xsd:date). */
    DATE("date", "a date such as 2020-09-27 (xsd:date)"),
    /** An integer (xsd:integer). */
    INTEGER("integer", "an integer such as 10");

    private static final Pattern SHORT_ID = Pattern.compile("[a-z0-9][a-z0-9-]*(/[a-z0-9][a-z0-9-]*)*");
    private static final Pattern LANG = Pattern.compile("(?s)(.*)@([A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*)");
    private static final int MAX_LENGTH = 2000;

    private final String id;
    private final String expected;

    ParamType(String id, String expected) {
        this.id = id;
        this.expected = expected;
    }

    /** The name used in query headers and the OpenAPI description. */
    public String id() { return id; }

    /** What a valid value looks like, for error messages. */
    public String expected() { return expected; }

    public static ParamType byId(String id) {
        for (ParamType t : values())
            if (t.id.equalsIgnoreCase(id)) return t;
        return null;
    }

    /**
     * The RDF term for a value sent by a user.
     *
     * @throws IllegalArgumentException with the reason, when the value is not of this type
     */
    public Node parse(String raw) {
        if (raw.length() > MAX_LENGTH)
            throw new IllegalArgumentException("the value is longer than " + MAX_LENGTH + " characters");
        switch (this) {
            case IRI: {
                String v = raw.strip();
                if (SHORT_ID.matcher(v).matches()) return NodeFactory.createURI(GC.id(v));
                try {
                    IRIx iri = IRIx.create(v);
                    if (!iri.isAbsolute()) throw new IllegalArgumentException("'" + v + "' is not an absolute IRI");
                    return NodeFactory.createURI(iri.str());
                } catch (IRIException e) {
                    throw new IllegalArgumentException("'" + v + "' is not a valid IRI: " + e.getMessage());
                }
            }
            case STRING:
                return NodeFactory.createLiteralString(raw);
            case LANG_STRING: {
                var m = LANG.matcher(raw);
                return m.matches()
                        ? NodeFactory.createLiteralLang(m.group(1), m.group(2).toLowerCase(Locale.ROOT))
                        : NodeFactory.createLiteralLang(raw, "en");
            }
            case YEAR:
                return typed(raw.strip(), XSDDatatype.XSDgYear);
            case DATE:
                return typed(raw.strip(), XSDDatatype.XSDdate);
            case INTEGER:
                return typed(raw.strip(), XSDDatatype.XSDinteger);
            default:
                throw new IllegalStateException();
        }
    }

    private Node typed(String lexical, XSDDatatype type) {
        if (!type.isValid(lexical)) throw new IllegalArgumentException("'" + lexical + "' is not " + expected);
        return NodeFactory.createLiteralDT(lexical, type);
    }
}
