package org.geoclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.SparqlJson;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 16 concurrent clients on loopback mix canned queries, raw SPARQL and authenticated updates
 * against a TDB2 store. No request may fail; every acknowledged update is there afterwards; the
 * heap after a full GC stays within a bound of the heap before.
 */
class LoadTest {

    @TempDir Path tmp;

    @Test
    void shortRun() throws Exception {
        run(Duration.ofSeconds(5));
    }

    @Test
    @Tag("slow")
    void longRun() throws Exception {
        run(Duration.ofSeconds(60));
    }

    private void run(Duration length) throws Exception {
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "writer: pw\n");
        try (RunningServer s = RunningServer.start(TestProjects.copy("linked", tmp.resolve("p")),
                ServerSettings.defaults().withPort(0).withUpdate(passwd), tmp.resolve("tdb"))) {
            String api = s.baseUrl() + "/api/queries/";
            String sparql = s.datasetUrl() + "/sparql";
            String update = s.datasetUrl() + "/update";
            long heapBefore = heapAfterGc();

            List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
            Map<String, List<Long>> byKind = new ConcurrentHashMap<>();
            for (String k : List.of("canned", "sparql", "update")) byKind.put(k, Collections.synchronizedList(new ArrayList<>()));
            Map<String, Integer> failures = new ConcurrentHashMap<>();
            List<Integer> acknowledged = Collections.synchronizedList(new ArrayList<>());
            AtomicInteger nextUpdate = new AtomicInteger();
            long end = System.nanoTime() + length.toNanos();
            ExecutorService clients = Executors.newFixedThreadPool(16);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 16; c++) {
                Random random = new Random(c);
                running.add(clients.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        HttpResponse<String> r;
                        int kind = random.nextInt(10);
                        int id = -1;
                        if (kind < 4) {
                            r = Http.get(api + List.of("label-search?text=a", "entity-profile?resource=pakistan",
                                    "recognitions-of?state=azerbaijan").get(random.nextInt(3)));
                        } else if (kind < 8) {
                            r = Http.sparql(sparql, List.of("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                                    "SELECT ?s ?l { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }",
                                    "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g").get(random.nextInt(3)));
                        } else {
                            id = nextUpdate.getAndIncrement();
                            r = Http.post(update, "application/sparql-update", "INSERT DATA { GRAPH <urn:load> { <urn:load/" + id
                                    + "> <urn:n> " + id + " } }", "writer:pw");
                        }
                        long micros = (System.nanoTime() - t0) / 1_000;
                        latencies.add(micros);
                        byKind.get(kind < 4 ? "canned" : kind < 8 ? "sparql" : "update").add(micros);
                        if (r.statusCode() / 100 != 2) failures.merge(r.statusCode() + " " + r.body().strip(), 1, Integer::sum);
                        else if (id >= 0) acknowledged.add(id);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
            clients.shutdown();

            long stored = SparqlJson.count(Http.sparql(sparql,
                    "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH <urn:load> { ?s <urn:n> ?i } }").body(), "n");
            long heapAfter = heapAfterGc();
            List<Long> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            System.out.printf("load: %d requests in %d s by 16 clients (%.0f/s), %d updates acknowledged, %d stored; "
                            + "p50 %.1f ms, p99 %.1f ms; heap after GC %d MB before, %d MB after%n",
                    sorted.size(), length.toSeconds(), sorted.size() / (double) length.toSeconds(), acknowledged.size(), stored,
                    sorted.get(sorted.size() / 2) / 1000.0, sorted.get((int) (sorted.size() * 0.99)) / 1000.0,
                    heapBefore >> 20, heapAfter >> 20);
            for (Map.Entry<String, List<Long>> e : new java.util.TreeMap<>(byKind).entrySet()) {
                List<Long> k = new ArrayList<>(e.getValue());
                Collections.sort(k);
                if (!k.isEmpty())
                    System.out.printf("load: %-6s %5d requests, p50 %.1f ms, p99 %.1f ms%n", e.getKey(), k.size(),
                            k.get(k.size() / 2) / 1000.0, k.get((int) (k.size() * 0.99)) / 1000.0);
            }
            assertTrue(failures.isEmpty(), "failed requests: " + failures);
            assertEquals(acknowledged.size(), stored, "every acknowledged update is stored");
            assertTrue(acknowledged.size() > 0);
            assertTrue(heapAfter < heapBefore + (64L << 20), "heap grew from " + (heapBefore >> 20) + " to " + (heapAfter >> 20) + " MB");
        }
    }

    private static long heapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
