package org.geoclaims.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geoclaims.api.QueryCatalog;
import org.geoclaims.api.QueryTemplate;
import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerLayers;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.store.KnowledgeGraphStore;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.store.RdfFiles;

/**
 * Reproduces what the benchmark met: concurrent requests for a canned query that runs past the
 * query timeout leave TDB2 read transactions active after they were answered, through the
 * canned-query API and through a stock Fuseki alike, and a cancelled query that holds a hash join
 * is answered 500 (Jena's NullPointerException in {@code AbstractIterHashJoin.closeSubIterator})
 * instead of 503. Not a test: it reports what it sees.
 *
 * <pre>java -cp "target/test-classes:target/classes:$CP" org.geoclaims.bench.TimeoutLeakProbe . military-cooperation 500</pre>
 */
public final class TimeoutLeakProbe {
    private TimeoutLeakProbe() {}

    public static void main(String[] args) throws Exception {
        ProjectLayout project = ProjectLayout.at(Path.of(args.length > 0 ? args[0] : "."));
        String name = args.length > 1 ? args[1] : "military-cooperation";
        long timeoutMs = args.length > 2 ? Long.parseLong(args[2]) : 500;
        Path tdb = Files.createTempDirectory("geoclaims-leak-probe-");
        KnowledgeGraphStore.Opened opened = KnowledgeGraphStore.onDisk(tdb, project, RdfFiles.projectFiles(project));
        TransactionCoordinator coordinator = TDBInternal.getTransactionCoordinator(opened.base());
        ServerSettings s = ServerSettings.defaults().withPort(0).withQueryTimeout(Duration.ofMillis(timeoutMs))
                .withStateDir(Files.createTempDirectory("geoclaims-leak-probe-state-"));
        RunningServer server = RunningServer.start(opened, s, ServerLayers.all(project, s, opened.dataset(), "probe"), true);
        FusekiServer stock = FusekiServer.create().port(0).loopback(true).fusekiModules(FusekiModules.create(List.of()))
                .add("/ds", opened.dataset()).build().start();
        QueryTemplate t = QueryCatalog.load(project.queriesDir()).get(name);
        HttpClient http = HttpClient.newHttpClient();
        String api = server.baseUrl() + Benchmark.apiPath(t);
        String sparql = Benchmark.sparqlText(t.bind(t.exampleValues()));
        String stockUrl = "http://127.0.0.1:" + stock.getHttpPort() + "/ds/query?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        for (String[] target : new String[][] {{"geoclaims API", api}, {"stock Fuseki", stockUrl}}) {
            long before = coordinator.countActive();
            int[] codes = new int[8];
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < codes.length; i++) {
                int k = i;
                Thread th = new Thread(() -> {
                    try {
                        codes[k] = http.send(HttpRequest.newBuilder(URI.create(target[1])).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                    } catch (Exception e) {
                        codes[k] = -1;
                    }
                });
                threads.add(th);
                th.start();
            }
            for (Thread th : threads) th.join();
            for (int w = 0; w < 20 && coordinator.countActive() > before; w++) Thread.sleep(500);
            System.out.printf("%s: 8 concurrent %s with a %d ms timeout: statuses %s; read transactions still active 10 s later: %d%n",
                    target[0], name, timeoutMs, Arrays.toString(codes), coordinator.countActive() - before);
        }
        stock.stop();
        System.exit(0);
    }
}
