package org.geoclaims.views;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.geoclaims.web.Html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code /views/*}: the index, the network and the timeline (drawn in the browser from the live
 * SPARQL endpoint), the list of sources and each source document's view (written here).
 */
final class ViewsServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient SourceDocuments sources;
    private final String endpoint;
    private final boolean readOnly;

    /**
     * @param endpoint the SPARQL endpoint the browser queries (a path on this server)
     * @param readOnly true when the data cannot change while served (pages may be cached)
     */
    ViewsServlet(SourceDocuments sources, String endpoint, boolean readOnly) {
        this.sources = sources;
        this.endpoint = endpoint;
        this.readOnly = readOnly;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo() == null ? "" : req.getPathInfo();
        if (path.length() > 1 && path.endsWith("/")) path = path.substring(0, path.length() - 1);
        switch (path) {
            case "", "/" -> html(resp, 200, GraphViewPages.index());
            case "/network" -> html(resp, 200, GraphViewPages.network(endpoint));
            case "/timeline" -> html(resp, 200, GraphViewPages.timeline(endpoint));
            case "/sources" -> html(resp, 200, SourceListPage.render(sources.list()));
            default -> {
                Optional<SourceDocument> doc = path.startsWith("/sources/")
                        ? sources.load(path.substring("/sources/".length())) : Optional.empty();
                if (doc.isPresent()) html(resp, 200, SourcePage.render(doc.get()));
                else html(resp, 404, Html.page("Not found", "<h1>Not found</h1>\n<p>There is no view at <code>"
                        + Html.esc(req.getRequestURI()) + "</code>. The views are the <a href=\"/views/network\">network</a>, the "
                        + "<a href=\"/views/timeline\">timeline</a> and the <a href=\"/views/sources\">sources</a>.</p>\n"));
            }
        }
    }

    private void html(HttpServletResponse resp, int status, String page) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/html; charset=utf-8");
        resp.setHeader("Cache-Control", readOnly && status == 200 ? "public, max-age=300" : "no-store");
        resp.getOutputStream().write(page.getBytes(StandardCharsets.UTF_8));
    }
}
