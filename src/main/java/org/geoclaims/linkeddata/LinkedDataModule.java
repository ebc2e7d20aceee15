package org.geoclaims.linkeddata;

import java.nio.file.Path;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Linked data as a Fuseki module: every minted IRI is looked up at its own path with content
 * negotiation (303 to a page or an RDF document), plus the JSON-LD context, VoID, dumps and the
 * SPARQL service description.
 *
 * <pre>
 * /id/*  /source/*  /ontology  /ontology/*  /graph/*  /dataset   303 See Other, Vary: Accept
 * /page/&lt;path&gt;                                               HTML page
 * /data/&lt;path&gt;.ttl|.jsonld|.rdf|.nt                           RDF description
 * /context.jsonld  /void  /.well-known/void  /dumps/
 * GET /kg/sparql (no query)                                    SPARQL service description
 * </pre>
 */
public final class LinkedDataModule implements FusekiModule {
    private final LinkedData ld;
    private final Path dumpCache;
    private final boolean update;

    public LinkedDataModule(LinkedData ld, Path dumpCache, boolean update) {
        this.ld = ld;
        this.dumpCache = dumpCache;
        this.update = update;
    }

    @Override
    public String name() { return "geoclaims-linked-data"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        DereferenceServlet deref = new DereferenceServlet(ld);
        for (String spec : new String[] { "/id/*", "/source/*", "/ontology", "/ontology/*", "/graph/*", "/dataset" })
            builder.addServlet(spec, deref);
        builder.addServlet("/page/*", new DocumentServlet(ld, true));
        builder.addServlet("/data/*", new DocumentServlet(ld, false));
        builder.addServlet("/context.jsonld", new DatasetServlets.Context(ld));
        builder.addServlet("/void", new DatasetServlets.Void(ld));
        builder.addServlet("/.well-known/void", new Redirect("/void"));
        builder.addServlet("/dumps/*", new DatasetServlets.DumpFiles(ld, dumpCache));
        builder.addServlet("/dumps", new Redirect("/dumps/"));
        builder.addFilter("/kg/*", new DatasetServlets.ServiceDescription(ld, update));
        builder.addFilter("/kg", new DatasetServlets.ServiceDescription(ld, update));
    }

    /** A fixed redirect (302). */
    static final class Redirect extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String to;

        Redirect(String to) { this.to = to; }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
            resp.setStatus(302);
            resp.setHeader("Location", to);
        }
    }
}
