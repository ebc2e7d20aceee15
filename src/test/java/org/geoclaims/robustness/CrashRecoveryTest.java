package org.geoclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.jena.query.QuerySolution;
import org.geoclaims.cli.GeoclaimsCli;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.SparqlJson;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server process is killed with SIGKILL at random points during a stream of committed
 * updates to its TDB2 store. After each restart the store opens, holds every update that was
 * acknowledged, and no update is half-applied (each writes two triples in one transaction).
 */
class CrashRecoveryTest {

    @TempDir Path tmp;

    @Test
    void shortRun() throws Exception {
        run(3, 11L);
    }

    @Test
    @Tag("slow")
    void longRun() throws Exception {
        run(20, 2026L);
    }

    private void run(int kills, long seed) throws Exception {
        ProjectLayout project = TestProjects.copy("linked", tmp.resolve("p"));
        Path tdb = tmp.resolve("tdb");
        Path passwd = tmp.resolve("passwd");
        Files.writeString(passwd, "writer: pw\n");
        Random random = new Random(seed);
        Set<Integer> acknowledged = new TreeSet<>();
        int next = 0;
        int checked = 0;
        for (int round = 0; round < kills; round++) {
            int port = freePort();
            Process server = startServer(project, tdb, passwd, port);
            try {
                String base = "http://127.0.0.1:" + port;
                waitUntilUp(base, server);
                checked += verify(base, acknowledged);
                // Stream updates; kill the process at a random moment while they flow.
                long killAfterMs = 200 + random.nextInt(1500);
                AtomicBoolean stop = new AtomicBoolean();
                int first = next;
                List<Integer> acked = new ArrayList<>();
                Thread writer = new Thread(() -> {
                    for (int i = first; !stop.get(); i++) {
                        try {
                            HttpResponse<String> r = Http.post(base + "/kg/update", "application/sparql-update",
                                    "INSERT DATA { GRAPH <urn:crash> { <urn:u/" + i + "> <urn:n> " + i + " ; <urn:label> \"update " + i + "\" } }",
                                    "writer:pw");
                            if (r.statusCode() / 100 == 2) synchronized (acked) { acked.add(i); }
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                });
                writer.start();
                Thread.sleep(killAfterMs);
                server.destroyForcibly();          // SIGKILL on Linux: no shutdown hook, no flush
                server.waitFor(30, TimeUnit.SECONDS);
                stop.set(true);
                writer.join(30_000);
                synchronized (acked) {
                    acknowledged.addAll(acked);
                    next = acked.isEmpty() ? first + 1000 : acked.get(acked.size() - 1) + 1000;
                }
            } finally {
                if (server.isAlive()) server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        // A last restart after the last kill.
        int port = freePort();
        Process server = startServer(project, tdb, passwd, port);
        try {
            String base = "http://127.0.0.1:" + port;
            waitUntilUp(base, server);
            checked += verify(base, acknowledged);
        } finally {
            server.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        System.out.printf("crash: %d SIGKILLs, %d updates acknowledged, %d checks of acknowledged updates after restarts%n",
                kills, acknowledged.size(), checked);
        assertTrue(acknowledged.size() > kills, "updates were acknowledged between kills");
    }

    /** Every acknowledged update is there with both its triples; no update has only one. */
    private static int verify(String base, Set<Integer> acknowledged) {
        HttpResponse<String> r = Http.sparql(base + "/kg/sparql",
                "SELECT ?s (COUNT(?p) AS ?n) { GRAPH <urn:crash> { ?s ?p ?o } } GROUP BY ?s");
        assertEquals(200, r.statusCode(), r.body());
        Map<Integer, Long> triplesPerUpdate = new HashMap<>();
        for (QuerySolution row : SparqlJson.rows(r.body()))
            triplesPerUpdate.put(Integer.parseInt(row.getResource("s").getURI().substring("urn:u/".length())), row.getLiteral("n").getLong());
        for (Map.Entry<Integer, Long> e : triplesPerUpdate.entrySet())
            assertEquals(2L, e.getValue(), "update " + e.getKey() + " is half-applied");
        for (int id : acknowledged)
            assertTrue(triplesPerUpdate.containsKey(id), "acknowledged update " + id + " is lost");
        return acknowledged.size();
    }

    private static Process startServer(ProjectLayout project, Path tdb, Path passwd, int port) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                GeoclaimsCli.class.getName(), "serve", "--dir", project.root().toString(), "--tdb", tdb.toString(),
                "--update", "--passwd", passwd.toString(), "--port", Integer.toString(port));
        pb.redirectErrorStream(true);
        pb.redirectOutput(tdb.resolveSibling("server-" + port + ".log").toFile());
        return pb.start();
    }

    private static void waitUntilUp(String base, Process server) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) throw new AssertionError("the server did not start (exit " + server.exitValue() + ")");
            try {
                if (Http.get(base + "/$/ping").statusCode() == 200) return;
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not answer within 60 s");
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
