package org.geoclaims.linkeddata;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.jena.graph.Graph;
import org.geoclaims.web.Html;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Servlets that describe the dataset as a whole: JSON-LD context, VoID, dumps, service description. */
final class DatasetServlets {
    private DatasetServlets() {}

    /** {@code GET /context.jsonld}: the JSON-LD 1.1 context. */
    static final class Context extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient LinkedData ld;

        Context(LinkedData ld) { this.ld = ld; }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            resp.setStatus(200);
            resp.setContentType("application/ld+json; charset=utf-8");
            resp.setHeader("Access-Control-Allow-Origin", "*");
            Responses.cache(resp, ld);
            resp.getOutputStream().write(ld.context().document().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** {@code GET /void} (and {@code /.well-known/void}): the VoID description, by content negotiation. */
    static final class Void extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient LinkedData ld;

        Void(LinkedData ld) { this.ld = ld; }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            RdfFormats f = RdfFormats.negotiate(req.getHeader("Accept"));
            if (f == null || f == RdfFormats.HTML) f = f == null ? null : RdfFormats.TURTLE;
            if (f == null) {
                Responses.text(resp, 406, "VoID is offered as Turtle, JSON-LD, RDF/XML or N-Triples");
                return;
            }
            String base = ld.base().serverBase(req);
            Graph g = DatasetDescriptions.voidDescription(ld.statistics(), base);
            Responses.rdf(resp, g, f, ld, base + "context.jsonld");
        }
    }

    /** {@code GET /dumps/geoclaims.<ext>}: the whole dataset in one file; {@code /dumps/} lists them. */
    static final class DumpFiles extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final transient LinkedData ld;
        private final transient Path cacheDir;

        /** @param cacheDir where read-only dumps are written once and then served */
        DumpFiles(LinkedData ld, Path cacheDir) {
            this.ld = ld;
            this.cacheDir = cacheDir;
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
            String name = req.getPathInfo() == null ? "/" : req.getPathInfo();
            if (name.equals("/")) {
                StringBuilder b = new StringBuilder("<h1>Dumps</h1>\n<p>The whole knowledge graph in one file. TriG, N-Quads and JSON-LD keep the named graphs; Turtle and RDF/XML hold their union.</p>\n<ul>\n");
                for (Dumps d : Dumps.values())
                    b.append("<li><a href=\"/dumps/").append(d.fileName()).append("\">").append(d.fileName()).append("</a> <span class=\"muted\">")
                     .append(d.mediaType()).append("</span></li>\n");
                b.append("</ul>\n");
                Responses.html(resp, 200, Html.page("Dumps", b.toString()), ld);
                return;
            }
            Dumps dump = name.startsWith("/geoclaims.") ? Dumps.byName(name.substring("/geoclaims.".length())) : null;
            if (dump == null) {
                Responses.text(resp, 404, "no dump " + name + "; see /dumps/");
                return;
            }
            resp.setStatus(200);
            resp.setContentType(dump.mediaType() + (dump == Dumps.NQUADS ? "" : "; charset=utf-8"));
            resp.setHeader("Content-Disposition", "attachment; filename=\"" + dump.fileName() + "\"");
            Responses.cache(resp, ld);
            if (!ld.readOnly()) {
                dump.write(ld.dataset(), resp.getOutputStream(), ld.context());
                return;
            }
            Path file = cached(dump);
            resp.setContentLengthLong(Files.size(file));
            try (InputStream in = Files.newInputStream(file); OutputStream out = resp.getOutputStream()) {
                in.transferTo(out);
            }
        }

        private synchronized Path cached(Dumps dump) throws IOException {
            Path file = cacheDir.resolve(dump.fileName());
            if (Files.isRegularFile(file)) return file;
            Files.createDirectories(cacheDir);
            Path tmp = Files.createTempFile(cacheDir, dump.fileName(), ".tmp");
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp))) {
                dump.write(ld.dataset(), out, ld.context());
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return file;
        }
    }

    /**
     * The SPARQL 1.1 Service Description: a GET on the query endpoint without a query returns the
     * description of the service instead of an error. Everything else passes through to Fuseki.
     */
    static final class ServiceDescription implements Filter {
        private final LinkedData ld;
        private final boolean update;

        ServiceDescription(LinkedData ld, boolean update) {
            this.ld = ld;
            this.update = update;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
            HttpServletRequest req = (HttpServletRequest) request;
            String uri = req.getRequestURI();
            boolean endpoint = uri.equals("/kg/sparql") || uri.equals("/kg/query") || uri.equals("/kg");
            if (!endpoint || !req.getMethod().equals("GET") || req.getQueryString() != null) {
                chain.doFilter(request, response);
                return;
            }
            HttpServletResponse resp = (HttpServletResponse) response;
            RdfFormats f = RdfFormats.negotiate(req.getHeader("Accept"));
            if (f == null || f == RdfFormats.HTML) f = RdfFormats.TURTLE;
            String base = ld.base().serverBase(req);
            Graph sd = DatasetDescriptions.serviceDescription(ld.statistics(), base + uri.substring(1), update);
            Responses.rdf(resp, sd, f, ld, base + "context.jsonld");
        }
    }
}
