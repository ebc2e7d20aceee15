package org.geoclaims.web;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/**
 * Static files: geoclaims' own (stylesheet, scripts of the views) at {@code /static/}, from the
 * classpath folder {@code web/}, and the WebJars on the classpath (d3, ...) at {@code /webjars/},
 * so pages work offline: {@code /webjars/d3/7.9.0/dist/d3.min.js}.
 */
public final class WebModule implements FusekiModule {
    @Override
    public String name() { return "geoclaims-static"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/static/*", ClasspathResources.folder("web"));
        builder.addServlet("/webjars/*", ClasspathResources.merged("META-INF/resources/webjars"));
    }
}
