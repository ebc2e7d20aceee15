package org.geoclaims.api;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.geoclaims.web.ClasspathResources;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The canned-query API as a Fuseki module: {@code /api/} (landing page), {@code /api/queries}
 * (list and results), {@code /api/openapi.json}, and Swagger UI at {@code /api/docs/}.
 */
public final class ApiModule implements FusekiModule {
    /** The Swagger UI WebJar's folder; its version is the pom's. */
    static final String SWAGGER_UI = "META-INF/resources/webjars/swagger-ui/5.34.1";

    private final QueryCatalog catalog;
    private final QueriesServlet answers;

    /** @param answers the servlet answering {@code /api/queries/*} over the served dataset */
    public ApiModule(QueryCatalog catalog, QueriesServlet answers) {
        this.catalog = catalog;
        this.answers = answers;
    }

    @Override
    public String name() { return "geoclaims-api"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        String openapi = JSON.toString(OpenApi.describe(catalog, "1.0"));
        builder.addServlet("/api", new ApiLandingServlet(catalog));
        builder.addServlet("/api/", new ApiLandingServlet(catalog));
        builder.addServlet("/api/queries/*", answers);
        builder.addServlet("/api/openapi.json", new FixedContent("application/json; charset=utf-8", openapi));
        builder.addServlet("/api/docs/swagger-initializer.js", new FixedContent("text/javascript; charset=utf-8", """
                window.onload = function () {
                  window.ui = SwaggerUIBundle({
                    url: "/api/openapi.json",
                    dom_id: "#swagger-ui",
                    deepLinking: true,
                    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
                    plugins: [SwaggerUIBundle.plugins.DownloadUrl],
                    layout: "StandaloneLayout"
                  });
                };
                """));
        builder.addServlet("/api/docs/*", ClasspathResources.folder(SWAGGER_UI));
    }

    /** A fixed document computed at start. */
    static final class FixedContent extends HttpServlet {
        private static final long serialVersionUID = 1L;
        private final String contentType;
        private final byte[] body;

        FixedContent(String contentType, String body) {
            this.contentType = contentType;
            this.body = body.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws java.io.IOException {
            resp.setStatus(200);
            resp.setContentType(contentType);
            resp.getOutputStream().write(body);
        }
    }
}
