package org.geoclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.SparqlJson;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Several explosive queries at once are each cut at the timeout, and do not starve a normal query. */
class RunawayQueriesTest {

    @TempDir Path tmp;

    static final String EXPLOSIVE = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r . ?s ?t ?u }";

    @Test
    void runawayQueriesAreCutWhileANormalQueryAnswers() throws Exception {
        Duration timeout = Duration.ofMillis(1500);
        try (RunningServer s = RunningServer.start(TestProjects.copy("linked", tmp.resolve("p")),
                ServerSettings.defaults().withPort(0).withQueryTimeout(timeout), null)) {
            String endpoint = s.datasetUrl() + "/sparql";
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<CompletableFuture<long[]>> runaways = new ArrayList<>();
                for (int i = 0; i < 4; i++)
                    runaways.add(CompletableFuture.supplyAsync(() -> timed(() -> Http.sparql(endpoint, EXPLOSIVE)), pool));
                Thread.sleep(300);  // the runaways are running now
                long[] normal = timed(() -> Http.get(s.baseUrl() + "/api/queries/label-search?text=stan"));
                assertEquals(200, normal[0]);
                assertTrue(normal[1] < 1000, "a normal query answered in " + normal[1] + " ms while 4 runaways ran");
                for (CompletableFuture<long[]> f : runaways) {
                    long[] r = f.get();
                    assertEquals(503, r[0]);
                    assertTrue(r[1] >= timeout.toMillis() - 100 && r[1] < timeout.toMillis() + 5000, "cut after " + r[1] + " ms");
                }
                HttpResponse<String> after = Http.sparql(endpoint, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
                assertEquals(84, SparqlJson.count(after.body(), "n"));
            } finally {
                pool.shutdownNow();
            }
        }
    }

    /** {status, milliseconds}. */
    private static long[] timed(java.util.function.Supplier<HttpResponse<String>> call) {
        long t0 = System.nanoTime();
        HttpResponse<String> r = call.get();
        return new long[] { r.statusCode(), (System.nanoTime() - t0) / 1_000_000 };
    }
}
