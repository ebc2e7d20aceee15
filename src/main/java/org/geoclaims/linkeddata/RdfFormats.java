package org.geoclaims.linkeddata;

import java.util.Locale;

import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;

/**
 * The representations of a resource: HTML for people, and RDF for machines, chosen by Jena's
 * content negotiation over {@code Accept} and named by a file extension in document URLs.
 */
public enum RdfFormats {
    TURTLE("ttl", WebContent.contentTypeTurtle, Lang.TURTLE),
    JSONLD("jsonld", WebContent.contentTypeJSONLD, Lang.JSONLD),
    RDFXML("rdf", WebContent.contentTypeRDFXML, Lang.RDFXML),
    NTRIPLES("nt", WebContent.contentTypeNTriples, Lang.NTRIPLES),
    HTML("html", WebContent.contentTypeHTML, null);

    /** Offered in this order: a client that takes anything gets Turtle; a browser asks for HTML. */
    public static final AcceptList OFFER = AcceptList.create(
            TURTLE.mediaType, HTML.mediaType, JSONLD.mediaType, RDFXML.mediaType, NTRIPLES.mediaType,
            "application/xhtml+xml");

    private final String extension;
    private final String mediaType;
    private final Lang lang;

    RdfFormats(String extension, String mediaType, Lang lang) {
        this.extension = extension;
        this.mediaType = mediaType;
        this.lang = lang;
    }

    public String extension() { return extension; }
    public String mediaType() { return mediaType; }
    public Lang lang() { return lang; }

    public static RdfFormats byExtension(String ext) {
        for (RdfFormats f : values())
            if (f.extension.equals(ext.toLowerCase(Locale.ROOT))) return f;
        return null;
    }

    /** The format for an {@code Accept} header; Turtle when there is none; null when nothing offered matches. */
    public static RdfFormats negotiate(String accept) {
        if (accept == null || accept.isBlank()) return TURTLE;
        MediaType mt;
        try {
            mt = AcceptList.match(new AcceptList(accept), OFFER);
        } catch (RuntimeException malformed) {
            return null;
        }
        if (mt == null) return null;
        String ct = mt.getContentTypeStr();
        if (ct.equals("application/xhtml+xml")) return HTML;
        for (RdfFormats f : values())
            if (f.mediaType.equals(ct)) return f;
        Lang lang = RDFLanguages.contentTypeToLang(ct);
        for (RdfFormats f : values())
            if (f.lang != null && f.lang.equals(lang)) return f;
        return null;
    }
}
