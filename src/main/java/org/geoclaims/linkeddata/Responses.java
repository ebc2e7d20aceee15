package org.geoclaims.linkeddata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.geoclaims.web.Html;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Writing RDF, HTML and error responses of the linked-data layer. */
final class Responses {
    private Responses() {}

    static void rdf(HttpServletResponse resp, Graph g, RdfFormats format, LinkedData ld, String contextUrl) throws IOException {
        JsonLdContext.PREFIXES.forEach(g.getPrefixMapping()::setNsPrefix);
        byte[] body;
        if (format == RdfFormats.JSONLD) {
            body = ld.context().compact(g, contextUrl).getBytes(StandardCharsets.UTF_8);
        } else {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFFormat f = switch (format) {
                case TURTLE -> RDFFormat.TURTLE_PRETTY;
                case RDFXML -> RDFFormat.RDFXML_PLAIN;
                default -> RDFFormat.NTRIPLES;
            };
            RDFDataMgr.write(out, g, f);
            body = out.toByteArray();
        }
        resp.setStatus(200);
        resp.setContentType(format.mediaType() + "; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        cache(resp, ld);
        resp.getOutputStream().write(body);
    }

    static void html(HttpServletResponse resp, int status, String page, LinkedData ld) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        if (status == 200) cache(resp, ld);
        resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }

    /** A 404 that says what was looked up, as a page for browsers and one line for other clients. */
    static void notFound(HttpServletRequest req, HttpServletResponse resp, String iri, LinkedData ld) throws IOException {
        String accept = req.getHeader("Accept");
        if (RdfFormats.negotiate(accept) == RdfFormats.HTML) {
            html(resp, 404, Html.page("Not found", "<h1>Not found</h1>\n<p>geoclaims knows nothing about <code>"
                    + Html.esc(iri) + "</code>.</p>\n<p>Search with the <a href=\"/api/\">canned queries</a> or ask in "
                    + "<a href=\"/\">SPARQL</a>.</p>\n"), ld);
        } else {
            text(resp, 404, "geoclaims knows nothing about <" + iri + ">");
        }
    }

    static void text(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.setHeader("Vary", "Accept");
        resp.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    static void cache(HttpServletResponse resp, LinkedData ld) {
        resp.setHeader("Cache-Control", ld.readOnly() ? "public, max-age=300" : "no-store");
    }
}
