package org.geoclaims.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.SparqlJson;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Thousands of generated malformed and hostile inputs against every entry point: SPARQL texts
 * (GET and POST bodies), canned-query parameters, Accept headers, IRIs to dereference. Every
 * answer must be 2xx/3xx/4xx (or 503 for a timeout), never a 500, never a stack trace or a
 * file-system path; no parameter changes a query; the server answers normally afterwards.
 */
class FuzzTest {

    @TempDir static Path tmp;
    static RunningServer server;
    static String base;
    static long triples;

    static final List<String> QUERIES = List.of(
            "SELECT * WHERE { ?s ?p ?o } LIMIT 5",
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?l { ?s rdfs:label ?l FILTER(CONTAINS(?l, \"a\")) }",
            "ASK { <https://w3id.org/geoclaims/id/pakistan> ?p ?o }",
            "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 3",
            "SELECT (COUNT(*) AS ?n) { ?s a ?t } GROUP BY ?t ORDER BY DESC(?n)",
            "DESCRIBE <https://w3id.org/geoclaims/id/azerbaijan>");
    static final List<String> PATHS = List.of("/id/", "/page/id/", "/data/id/", "/source/", "/ontology/", "/graph/", "/api/queries/", "/dumps/");
    static final List<String> ACCEPTS = List.of("text/turtle", "application/ld+json", "text/html", "*/*", "application/sparql-results+json",
            "text/csv", "image/png", "text/*;q=0.5, */*;q=0.1", "application/rdf+xml;q=1.0", "");
    static final List<String> CONTENT_TYPES = List.of("application/sparql-query", "application/x-www-form-urlencoded",
            "application/sparql-update", "text/plain", "application/json", "text/turtle", "multipart/form-data", "garbage/garbage");

    @BeforeAll
    static void start() {
        server = RunningServer.start(TestProjects.copy("linked", tmp.resolve("p")),
                ServerSettings.defaults().withPort(0).withQueryTimeout(Duration.ofSeconds(2)), null);
        base = server.baseUrl();
        triples = count();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static long count() {
        return SparqlJson.count(Http.sparql(server.datasetUrl() + "/sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }").body(), "n");
    }

    @Test
    void shortRun() {
        run(1_500, Duration.ofSeconds(90), 20261130L);
    }

    @Test
    @Tag("slow")
    void longRun() {
        run(25_000, Duration.ofMinutes(10), 7L);
    }

    private void run(int requests, Duration budget, long seed) {
        Fuzzer fuzz = new Fuzzer(seed);
        Map<Integer, Integer> statuses = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        long deadline = System.nanoTime() + budget.toNanos();
        int sent = 0;
        int unsendable = 0;
        while (sent < requests && System.nanoTime() < deadline) {
            HttpRequest.Builder request;
            try {
                request = request(fuzz);
            } catch (IllegalArgumentException e) {
                unsendable++;   // the HTTP client itself refuses it (e.g. a control character in a header)
                continue;
            }
            HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
            HttpResponse<String> r;
            try {
                r = Http.send(HttpRequest.newBuilder(built, (k, v) -> true));
            } catch (java.io.UncheckedIOException reused) {
                r = null;
            }
            if (r == null) try {
                r = Http.sendFresh(built);    // a kept-alive connection closed under us: ask once more on a new one
            } catch (java.io.UncheckedIOException e) {
                failures.add("no response (" + e.getCause().getMessage() + ") <- " + built.method() + " " + built.uri()
                        + " " + built.headers().map());
                sent++;
                continue;
            }
            sent++;
            statuses.merge(r.statusCode(), 1, Integer::sum);
            String problem = problem(r);
            if (problem != null && failures.size() < 20) failures.add(problem + " <- " + built.method() + " " + built.uri());
        }
        System.out.printf("fuzz: %d requests sent (%d refused by the client), statuses %s%n", sent, unsendable, statuses);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        assertEquals(triples, count(), "no input changed the data");
        assertEquals(200, Http.get(base + "/api/queries/label-search?text=stan").statusCode(), "the server still answers");
    }

    private HttpRequest.Builder request(Fuzzer fuzz) {
        switch (fuzz.nextInt(6)) {
            case 0: {   // a SPARQL text by GET
                return HttpRequest.newBuilder(URI.create(base + "/kg/sparql?query=" + enc(fuzz.next(QUERIES)))).GET();
            }
            case 1: {   // a request body of any content type
                String type = fuzz.pick(CONTENT_TYPES);
                String body = type.contains("form") ? (fuzz.nextInt(2) == 0 ? "query=" : "update=") + enc(fuzz.next(QUERIES)) : fuzz.next(QUERIES);
                String target = fuzz.pick(List.of("/kg/sparql", "/kg/query", "/kg", "/kg/get", "/api/queries/label-search", "/id/pakistan"));
                return HttpRequest.newBuilder(URI.create(base + target)).header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body));
            }
            case 2: {   // canned-query parameters, checked for their meaning below
                String name = fuzz.pick(List.of("label-search", "entity-profile", "recognitions-of"));
                String param = name.equals("label-search") ? "text" : name.equals("entity-profile") ? "resource" : "state";
                if (fuzz.nextInt(8) == 0) param = fuzz.noise(5);
                return HttpRequest.newBuilder(URI.create(base + "/api/queries/" + name + "?" + enc(param) + "=" + enc(fuzz.next(QUERIES))
                        + (fuzz.nextInt(4) == 0 ? "&format=" + enc(fuzz.noise(4)) : ""))).GET();
            }
            case 3: {   // Accept headers
                String accept = fuzz.nextInt(3) == 0 ? fuzz.noise(1 + fuzz.nextInt(30)) : fuzz.pick(ACCEPTS);
                String target = fuzz.pick(List.of("/id/pakistan", "/api/queries/label-search?text=a", "/kg/sparql?query=" + enc("ASK {}"),
                        "/void", "/ontology", "/kg/sparql", "/data/id/pakistan.ttl"));
                HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + target)).GET();
                if (!accept.isEmpty()) b.header("Accept", accept);
                return b;
            }
            default: {  // IRIs to dereference
                return HttpRequest.newBuilder(URI.create(base + fuzz.pick(PATHS) + enc(fuzz.next(List.of("pakistan", "a/b/c", "../x"))))).GET()
                        .header("Accept", fuzz.pick(ACCEPTS.subList(0, 4)));
            }
        }
    }

    /** What is wrong with a response, or null. */
    private static String problem(HttpResponse<String> r) {
        int s = r.statusCode();
        if (s >= 500 && s != 503) return "status " + s;
        String body = r.body();
        if (body.contains("\tat ") || body.contains("Caused by:") || body.matches("(?s).*\\.java:\\d+\\).*")) return "stack trace in the body";
        if (body.contains(tmp.toString()) || body.contains("/root/") || body.contains("/work/")) return "a file-system path in the body";
        String uri = r.request().uri().toString();
        boolean json = r.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json");
        if (s == 200 && json && uri.contains("/api/queries/label-search?text=") && !uri.contains("&format=")) {
            String text = java.net.URLDecoder.decode(uri.substring(uri.indexOf("text=") + 5), StandardCharsets.UTF_8);
            for (String label : SparqlJson.column(body, "label"))
                if (!label.toLowerCase(Locale.ROOT).contains(text.toLowerCase(Locale.ROOT)))
                    return "label '" + label + "' does not contain the text: the parameter changed the query";
        }
        return null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
