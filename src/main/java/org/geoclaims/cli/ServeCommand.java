package org.geoclaims.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.store.ProjectLayout;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code geoclaims serve}: load the project's RDF and serve it with Fuseki. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {
                "Serves the knowledge graph: SPARQL endpoint, Fuseki's UI, canned queries, linked data.",
                "Loads every RDF file under ontology/ and data/ (not data/sources/) and serves it:",
                "SPARQL at /kg/sparql and /kg/query, Graph Store read at /kg/get, Fuseki's UI at /.",
                "/kg-inf offers the same data with its inferences (read-only, computed at start).",
                "Read-only unless --update is given with --passwd."})
public final class ServeCommand implements Callable<Integer> {

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".",
            description = "Project folder holding ontology/ and data/ (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--host", defaultValue = ServerSettings.DEFAULT_HOST,
            description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for every interface).")
    String host;

    @Option(names = "--port", defaultValue = "3030", description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s", converter = DurationConverter.class,
            description = "Query timeout, e.g. 10s, 2500ms, 1m (default: ${DEFAULT-VALUE}). A query running longer is cut with HTTP 503.")
    Duration timeout;

    @Option(names = "--tdb", paramLabel = "DIR",
            description = "Keep a TDB2 store in DIR: built on first start, reused while the files are unchanged, "
                    + "reloaded when any file changed. Default: an in-memory store.")
    Path tdb;

    @Option(names = "--update", description = "Add SPARQL Update (/kg/update) and Graph Store writes (/kg/data) behind HTTP basic auth. Needs --passwd.")
    boolean update;

    @Option(names = "--passwd", paramLabel = "FILE", description = "Password file, one 'user: password' per line.")
    Path passwd;

    @Option(names = "--state", paramLabel = "DIR",
            description = "Folder for Fuseki's own state (its run/ area). Default: a temporary folder removed at exit.")
    Path state;

    @Option(names = "--max-rows", paramLabel = "N", defaultValue = "10000",
            description = "Most rows a canned query returns (default: ${DEFAULT-VALUE}); a longer answer is cut and says so.")
    long maxRows;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "The server's public address, where the paths of https://w3id.org/geoclaims/... IRIs are answered "
                    + "(e.g. https://geoclaims.example.org/). Default: the address each request came to.")
    String baseUrl;

    @Option(names = "--update-timeout", paramLabel = "DURATION", defaultValue = "30s", converter = DurationConverter.class,
            description = "Longest time a SPARQL Update may run before it is aborted (default: ${DEFAULT-VALUE}).")
    Duration updateTimeout;

    @Option(names = "--max-body", paramLabel = "BYTES", defaultValue = "10485760",
            description = "Largest request body accepted, in bytes (default: ${DEFAULT-VALUE}); larger requests get 413.")
    long maxBodyBytes;

    @Option(names = "--inference-max-triples", paramLabel = "N", defaultValue = "500000",
            description = "Offer /kg-inf (the data with its inferences, computed in memory after start) only for stores up to N "
                    + "triples (default: ${DEFAULT-VALUE}; 0: never).")
    long inferenceMaxTriples;

    @Override
    public Integer call() {
        ServerSettings settings = new ServerSettings(host, port, timeout, update, passwd, state, maxRows, baseUrl,
                updateTimeout, maxBodyBytes, inferenceMaxTriples);
        if (update) org.geoclaims.server.PasswordFile.check(passwd);
        RunningServer running = RunningServer.start(ProjectLayout.at(dir), settings, tdb);
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "geoclaims-shutdown"));
        System.out.println(running.startupLine());
        running.join();
        return 0;
    }
}
