package org.geoclaims.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.sparql.core.DatasetGraph;
import org.geoclaims.inference.InferredDataset;
import org.geoclaims.store.KnowledgeGraphStore;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.store.RdfFiles;

/**
 * A started geoclaims server over a project's files: what {@code serve} runs and what the tests
 * start on port 0. Closing it stops the server and releases the store.
 */
public final class RunningServer implements AutoCloseable {
    private final FusekiServer server;
    private final KnowledgeGraphStore.Opened store;
    private final InferenceService inference;
    private final ServerSettings settings;
    private final boolean ownsStateDir;

    private RunningServer(FusekiServer server, KnowledgeGraphStore.Opened store, InferenceService inference,
                          ServerSettings settings, boolean ownsStateDir) {
        this.server = server;
        this.store = store;
        this.inference = inference;
        this.settings = settings;
        this.ownsStateDir = ownsStateDir;
    }

    /**
     * Loads the project's RDF files (all of them, or nothing) and starts the server.
     *
     * @param tdbDir a TDB2 folder, or null for an in-memory store
     */
    public static RunningServer start(ProjectLayout layout, ServerSettings settings, Path tdbDir) {
        List<Path> files = RdfFiles.projectFiles(layout);
        KnowledgeGraphStore.Opened opened = tdbDir == null
                ? KnowledgeGraphStore.inMemory(layout, files)
                : KnowledgeGraphStore.onDisk(tdbDir, layout, files);
        boolean ownsState = settings.stateDir() == null;
        ServerSettings s = ownsState ? withTempState(settings) : settings;
        String dataVersion = s.update() ? null : System.currentTimeMillis() + "-" + opened.summary().quads();
        try {
            boolean infer = opened.summary().quads() <= s.inferenceMaxTriples();
            return start(opened, infer, s, ServerLayers.all(layout, s, opened.dataset(), dataVersion), ownsState);
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    /** Starts a server over an opened store with the given geoclaims layers; {@code settings.stateDir()} must be set. */
    public static RunningServer start(KnowledgeGraphStore.Opened opened, ServerSettings settings, List<FusekiModule> layers,
                                      boolean ownsStateDir) {
        return start(opened, false, settings, layers, ownsStateDir);
    }

    /**
     * Starts a server over an opened store and the geoclaims layers, and, when {@code infer},
     * computes {@code /kg-inf} in the background; {@code settings.stateDir()} must be set.
     */
    public static RunningServer start(KnowledgeGraphStore.Opened opened, boolean infer, ServerSettings settings,
                                      List<FusekiModule> layers, boolean ownsStateDir) {
        InferenceService inference = infer ? new InferenceService() : null;
        FusekiServer server = GeoclaimsServer.build(opened.dataset(), inference, settings, layers);
        server.start();
        if (inference != null) inference.start(opened.dataset());
        return new RunningServer(server, opened, inference, settings, ownsStateDir);
    }

    private static ServerSettings withTempState(ServerSettings s) {
        try {
            Path dir = Files.createTempDirectory("geoclaims-fuseki-");
            return s.withStateDir(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public FusekiServer fuseki() { return server; }
    public DatasetGraph dataset() { return store.dataset(); }
    public KnowledgeGraphStore.Summary summary() { return store.summary(); }
    /** The inferences served at {@code /kg-inf}, waiting until they are ready; null when none are served. */
    public InferredDataset.Result inferred() { return inference == null ? null : inference.await(300); }

    /** Whether {@code /kg-inf} is offered (it may still be computing). */
    public boolean offersInference() { return inference != null; }
    public ServerSettings settings() { return settings; }
    public int port() { return server.getHttpPort(); }

    /** {@code http://host:port} with no trailing slash. */
    public String baseUrl() {
        String host = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
        if (host.equals("0.0.0.0")) host = "localhost";
        return "http://" + host + ":" + port();
    }

    public String datasetUrl() { return baseUrl() + ServerSettings.DATASET; }

    /** The line {@code serve} prints once started. */
    public String startupLine() {
        return String.format("geoclaims: %,d triples in %d graphs%s | SPARQL %s/sparql | UI %s/ | queries %s/api/%s%s",
                summary().quads(), summary().graphs(), summary().reused() ? " (TDB2 store reused)" : "",
                datasetUrl(), baseUrl(), baseUrl(), settings.update() ? " | update " + datasetUrl() + "/update (basic auth)" : "",
                inference == null
                        ? String.format(" | no %s (over %,d triples)", InferredDataset.PATH, settings.inferenceMaxTriples())
                        : String.format(" | with inferences %s%s/sparql", baseUrl(), InferredDataset.PATH));
    }

    public void join() { server.join(); }

    @Override
    public void close() {
        server.stop();
        if (inference != null) inference.close();   // first: its copy of the store may still be reading
        store.close();
        if (ownsStateDir) deleteQuietly(settings.stateDir());
    }

    private static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
