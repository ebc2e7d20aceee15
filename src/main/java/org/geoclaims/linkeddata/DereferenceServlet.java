package org.geoclaims.linkeddata;

import java.io.IOException;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIx;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Looks up a minted IRI at its own path ({@code /id/...}, {@code /source/...}, {@code /ontology},
 * {@code /graph/...}, {@code /dataset}) and answers, as the W3C note "Cool URIs for the Semantic
 * Web" describes for slash IRIs, with {@code 303 See Other} to the document that describes it in
 * the negotiated format: {@code /page/<path>} (HTML) or {@code /data/<path>.<ext>} (Turtle,
 * JSON-LD, RDF/XML, N-Triples). {@code Vary: Accept} is sent; unknown IRIs get a 404.
 */
public final class DereferenceServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient LinkedData ld;

    public DereferenceServlet(LinkedData ld) {
        this.ld = ld;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getRequestURI();
        String iri = PublicBase.iriForPath(path);
        if (!validIri(iri) || !Documents.exists(ld, NodeFactory.createURI(iri))) {
            Responses.notFound(req, resp, iri, ld);
            return;
        }
        RdfFormats format = RdfFormats.negotiate(req.getHeader("Accept"));
        if (format == null) {
            Responses.text(resp, 406, "cannot describe <" + iri + "> as " + req.getHeader("Accept")
                    + "; offered: text/turtle, application/ld+json, application/rdf+xml, application/n-triples, text/html");
            return;
        }
        String rel = PublicBase.pathOf(iri);
        String location = format == RdfFormats.HTML ? "/page/" + rel : "/data/" + rel + "." + format.extension();
        resp.setStatus(303);
        resp.setHeader("Location", ld.base().serverBase(req) + location.substring(1));
        resp.setHeader("Vary", "Accept");
        Responses.cache(resp, ld);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    static boolean validIri(String iri) {
        try {
            IRIx.create(iri);
            return !iri.contains(" ") && !iri.contains("\"") && !iri.contains("<") && !iri.contains(">");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
