package org.geoclaims.linkeddata;

import java.io.IOException;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The documents 303 redirects lead to: {@code /data/<path>.<ext>} (the RDF description in the
 * format named by the extension) and {@code /page/<path>} (the HTML page).
 */
public final class DocumentServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient LinkedData ld;
    private final boolean html;

    /** @param html true for {@code /page/*}, false for {@code /data/*} */
    public DocumentServlet(LinkedData ld, boolean html) {
        this.ld = ld;
        this.html = html;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String rel = req.getPathInfo() == null ? "" : req.getPathInfo().substring(1);
        RdfFormats format = RdfFormats.HTML;
        if (!html) {
            int dot = rel.lastIndexOf('.');
            format = dot < 0 ? null : RdfFormats.byExtension(rel.substring(dot + 1));
            if (format == null || format == RdfFormats.HTML) {
                Responses.text(resp, 404, "no such document: /data/" + rel + " (end it in .ttl, .jsonld, .rdf or .nt)");
                return;
            }
            rel = rel.substring(0, dot);
        }
        String iri = PublicBase.iriForPath(rel);
        if (rel.isEmpty() || !DereferenceServlet.validIri(iri)) {
            Responses.notFound(req, resp, iri, ld);
            return;
        }
        Node node = NodeFactory.createURI(iri);
        if (!Documents.exists(ld, node)) {
            Responses.notFound(req, resp, iri, ld);
            return;
        }
        String serverBase = ld.base().serverBase(req);
        resp.setHeader("Link", "<" + iri + ">; rel=\"describes\"");
        if (format == RdfFormats.HTML) Responses.html(resp, 200, Documents.page(ld, node, serverBase), ld);
        else Responses.rdf(resp, Documents.describe(ld, node, serverBase), format, ld, serverBase + "context.jsonld");
    }
}
