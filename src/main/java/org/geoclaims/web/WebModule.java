package org.geoclaims.web;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;

/** geoclaims' own static files (stylesheet, scripts of the views) at {@code /static/}, from the classpath folder {@code web/}. */
public final class WebModule implements FusekiModule {
    @Override
    public String name() { return "geoclaims-static"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/static/*", ClasspathResources.folder("web"));
    }
}
