package org.geoclaims.views;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.geoclaims.server.ServerSettings;

/**
 * The visual views as a Fuseki module, at {@code /views/}: the network ({@code /views/network})
 * and the timeline ({@code /views/timeline}), drawn with d3 in the browser from SPARQL against
 * the live endpoint {@code /kg/sparql}; the sources ({@code /views/sources}) and each document
 * with its evidence highlighted ({@code /views/sources/<doc>}). Scripts and queries are static
 * files under {@code /static/views/}; d3 comes from its WebJar at {@code /webjars/}.
 */
public final class ViewsModule implements FusekiModule {
    private final DatasetGraph dataset;
    private final boolean readOnly;

    /** @param readOnly true when the data cannot change while served */
    public ViewsModule(DatasetGraph dataset, boolean readOnly) {
        this.dataset = dataset;
        this.readOnly = readOnly;
    }

    @Override
    public String name() { return "geoclaims-views"; }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        builder.addServlet("/views/*", new ViewsServlet(new SourceDocuments(dataset), ServerSettings.DATASET + "/sparql", readOnly));
    }
}
