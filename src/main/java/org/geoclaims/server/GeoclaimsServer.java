package org.geoclaims.server;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.auth.AuthPolicy;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mod.admin.FMod_Admin;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.server.ServerConnector;
import org.geoclaims.inference.InferredDataset;

/**
 * Builds the embedded Fuseki Main server: dataset {@code /kg} with its SPARQL endpoints, Fuseki's
 * UI at {@code /}, and the geoclaims layers, each a {@link FusekiModule}.
 *
 * <p>Endpoints of {@code /kg}: query at {@code sparql} and {@code query} (and the dataset URL
 * itself), Graph Store Protocol read at {@code get}. With update on: SPARQL Update at
 * {@code update} and Graph Store read-write at {@code data}, both behind HTTP basic auth.
 * {@code /kg-inf} offers the same data with its inferences, read-only, with the same query and
 * read endpoints.
 */
public final class GeoclaimsServer {
    private GeoclaimsServer() {}

    /** Builds (does not start) the server over a dataset. */
    public static FusekiServer build(DatasetGraph dsg, ServerSettings settings, List<FusekiModule> layers) {
        return build(dsg, null, settings, layers);
    }

    /**
     * Builds (does not start) the server over a dataset and, when {@code inference} is not null, its
     * inferences as a second, read-only dataset at {@value InferredDataset#PATH} (503 until ready).
     */
    public static FusekiServer build(DatasetGraph dsg, InferenceService inference, ServerSettings settings, List<FusekiModule> layers) {
        // Fuseki's admin and UI modules keep their state (run/) under FUSEKI_BASE.
        System.setProperty("FUSEKI_BASE", settings.stateDir().toAbsolutePath().toString());

        dsg.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
        dsg.getContext().set(ARQ.updateTimeout, Long.toString(settings.updateTimeout().toMillis()));

        DataService.Builder service = DataService.newBuilder(dsg)
                .addEndpoint(Operation.Query)                 // POST/GET ?query= on /kg itself
                .addEndpoint(Operation.Query, "sparql")
                .addEndpoint(Operation.Query, "query")
                .addEndpoint(Operation.GSP_R, "get");

        List<FusekiModule> modules = new ArrayList<>();
        modules.add(FMod_Admin.create());
        modules.add(FMod_UI.create());
        modules.addAll(layers);

        FusekiServer.Builder builder = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.isLoopback())
                .enablePing(true)
                .enableStats(true)
                .fusekiModules(FusekiModules.create(modules))
                .registerOperation(Operation.Query, new TimedQuery(settings.queryTimeout()))
                .addFilter("/*", new ErrorGuard())
                .addFilter("/$/*", new AdminGuard());

        if (settings.update()) {
            PasswordFile.check(settings.passwordFile());
            AuthPolicy writers = Auth.ANY_USER;
            service.addEndpoint(Operation.Update, "update", writers)
                   .addEndpoint(Operation.GSP_RW, "data", writers);
            builder.registerOperation(Operation.Update, new TimedUpdate())
                   .passwordFile(settings.passwordFile().toString())
                   .auth(AuthScheme.BASIC)
                   .realm("geoclaims");
        }
        builder.add(ServerSettings.DATASET, service.build());
        if (inference != null) {
            DatasetGraph inferred = inference.dataset();
            inferred.getContext().set(ARQ.queryTimeout, Long.toString(settings.queryTimeout().toMillis()));
            builder.addFilter(InferredDataset.PATH, inference.gate())
                   .addFilter(InferredDataset.PATH + "/*", inference.gate());
            builder.add(InferredDataset.PATH, DataService.newBuilder(inferred)
                    .addEndpoint(Operation.Query)
                    .addEndpoint(Operation.Query, "sparql")
                    .addEndpoint(Operation.Query, "query")
                    .addEndpoint(Operation.GSP_R, "get")
                    .build());
        }

        FusekiServer server = builder.build();
        if (!settings.isLoopback()) bindHost(server, settings.host());
        limitBodies(server, settings.maxBodyBytes());
        return server;
    }

    /** Bodies larger than the limit get 413 from Jetty before any servlet reads them. */
    private static void limitBodies(FusekiServer server, long maxBytes) {
        Server jetty = server.getJettyServer();
        Handler inner = jetty.getHandler();
        SizeLimitHandler limit = new SizeLimitHandler(maxBytes, -1);
        limit.setHandler(inner);
        jetty.setHandler(limit);
        ServletContextHandler context = ServletContextHandler.getServletContextHandler(server.getServletContext());
        if (context != null) context.setMaxFormContentSize((int) Math.min(Integer.MAX_VALUE, maxBytes));
    }

    private static void bindHost(FusekiServer server, String host) {
        for (Connector c : server.getJettyServer().getConnectors())
            if (c instanceof ServerConnector sc) sc.setHost(host);
    }
}
