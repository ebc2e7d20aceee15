package org.geoclaims.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.geoclaims.web.Html;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /api/}: the landing page listing the canned queries with descriptions and example links. */
public final class ApiLandingServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private final transient QueryCatalog catalog;

    public ApiLandingServlet(QueryCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (req.getRequestURI().equals("/api")) {
            resp.sendRedirect("/api/");
            return;
        }
        StringBuilder b = new StringBuilder();
        b.append("<h1>geoclaims: questions you can ask</h1>\n");
        b.append("<p>Each question below is a canned SPARQL query (a file in <code>queries/</code>) with typed parameters. ")
         .append("Follow an example link for its results, try it in the <a href=\"/api/docs/\">OpenAPI explorer</a>, ")
         .append("read the machine-readable list at <a href=\"/api/queries\">/api/queries</a>, ")
         .append("or write your own SPARQL in <a href=\"/\">Fuseki's query UI</a> against <code>/kg/sparql</code>.</p>\n");
        for (QueryTemplate t : catalog.all()) {
            String example = QueriesServlet.exampleUrl(t);
            String sep = example.contains("?") ? "&" : "?";
            b.append("<section class=\"query\" id=\"").append(Html.esc(t.name())).append("\">\n");
            b.append("<h3>").append(Html.esc(t.summary())).append("</h3>\n");
            b.append("<p class=\"muted\"><code>").append(Html.esc(t.name())).append("</code> ");
            for (String tag : t.tags()) b.append("<span class=\"tag\">").append(Html.esc(tag)).append("</span>");
            b.append("</p>\n");
            if (t.description() != null) b.append("<p>").append(Html.esc(t.description())).append("</p>\n");
            if (!t.params().isEmpty()) {
                b.append("<table><tr><th>parameter</th><th>type</th><th>meaning</th><th>example</th></tr>\n");
                for (QueryParameter p : t.params())
                    b.append("<tr><td><code>").append(Html.esc(p.name())).append("</code>")
                     .append(p.required() ? "" : " <span class=\"muted\">(optional)</span>")
                     .append("</td><td>").append(Html.esc(p.type().id()))
                     .append("</td><td>").append(Html.esc(p.description()))
                     .append("</td><td><code>").append(Html.esc(p.example())).append("</code></td></tr>\n");
                b.append("</table>\n");
            }
            b.append("<p>Example: <a class=\"example\" href=\"").append(Html.esc(example + sep + "format=text")).append("\">table</a> · ")
             .append("<a href=\"").append(Html.esc(example)).append("\">JSON</a> · ")
             .append("<a href=\"").append(Html.esc(example + sep + "format=csv")).append("\">CSV</a></p>\n");
            b.append("<details><summary>SPARQL</summary><pre>").append(Html.esc(t.text())).append("</pre></details>\n");
            b.append("</section>\n");
        }
        resp.setStatus(200);
        resp.setContentType("text/html; charset=utf-8");
        resp.getOutputStream().write(Html.page("Questions", b.toString()).getBytes(StandardCharsets.UTF_8));
    }
}
