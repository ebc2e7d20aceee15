package org.geoclaims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.SparqlJson;
import org.geoclaims.testing.TestProjects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The canned-query API over HTTP, on the minimal fixture project and its queries. */
class ApiHttpTest {

    @TempDir static Path tmp;
    static RunningServer server;
    static String api;

    @BeforeAll
    static void start() {
        server = RunningServer.start(TestProjects.copy("minimal", tmp.resolve("p")),
                ServerSettings.defaults().withPort(0).withQueryTimeout(Duration.ofMillis(1500)).withMaxRows(3), null);
        api = server.baseUrl() + "/api/queries";
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void listsEveryQueryWithItsParameters() {
        HttpResponse<String> r = Http.get(api);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        JsonArray queries = JSON.parse(r.body()).get("queries").getAsArray();
        List<String> names = queries.stream().map(q -> q.getAsObject().get("name").getAsString().value()).toList();
        assertEquals(List.of("everything-twice", "label-of", "labels-containing", "recognised-since"), names);
        JsonObject labelOf = queries.get(1).getAsObject();
        JsonObject thing = labelOf.get("params").getAsArray().get(0).getAsObject();
        assertEquals("thing", thing.get("name").getAsString().value());
        assertEquals("iri", thing.get("type").getAsString().value());
        assertEquals("/api/queries/label-of?thing=https%3A%2F%2Fexample.org%2Fmini%2Fpakistan",
                labelOf.get("exampleUrl").getAsString().value());
    }

    @Test
    void answersWithTheBoundParameter() {
        HttpResponse<String> r = Http.get(api + "/label-of?thing=" + Http.encode("https://example.org/mini/azerbaijan"));
        assertEquals(200, r.statusCode());
        assertEquals(List.of("Azerbaijan"), SparqlJson.column(r.body(), "label"));
        assertEquals(List.of("en"), SparqlJson.column(r.body(), "lang"));
    }

    @Test
    void negotiatesTheResultFormat() {
        String url = api + "/labels-containing?text=AN";
        assertEquals("thing,label\r\nhttps://example.org/mini/azerbaijan,Azerbaijan\r\nhttps://example.org/mini/pakistan,Pakistan\r\n",
                Http.get(url, "text/csv").body());
        assertEquals(Http.get(url, "text/csv").body(), Http.get(url + "&format=csv").body());
        HttpResponse<String> tsv = Http.get(url, "text/tab-separated-values");
        assertTrue(tsv.body().startsWith("?thing\t?label\n<https://example.org/mini/azerbaijan>\t\"Azerbaijan\"@en"), tsv.body());
        HttpResponse<String> xml = Http.get(url, "application/sparql-results+xml");
        assertTrue(xml.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+xml"));
        assertTrue(xml.body().contains("<literal xml:lang=\"en\">Pakistan</literal>"), xml.body());
        assertEquals(406, Http.get(url, "image/png").statusCode());
        assertEquals(400, Http.get(url + "&format=pdf").statusCode());
    }

    @Test
    void typesEveryParameter() {
        HttpResponse<String> r = Http.get(api + "/recognised-since?year=1991&day=2020-09-27&name=" + Http.encode("Pakistan@ur"));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("1991"), SparqlJson.column(r.body(), "y"));
        assertEquals(List.of("http://www.w3.org/2001/XMLSchema#gYear"), SparqlJson.column(r.body(), "type"));
        assertEquals(List.of("2020-09-27"), SparqlJson.column(r.body(), "d"));
        assertEquals("ur", SparqlJson.rows(r.body()).get(0).getLiteral("n").getLanguage());
    }

    @Test
    void refusesMissingUnknownAndIllTypedParametersNamingThem() {
        HttpResponse<String> missing = Http.get(api + "/recognised-since");
        assertEquals(400, missing.statusCode());
        assertEquals("missing parameter 'year': a year such as 2020 (xsd:gYear)\n", missing.body());
        HttpResponse<String> unknown = Http.get(api + "/recognised-since?year=1991&colour=red");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body().contains("unknown parameter 'colour'"), unknown.body());
        HttpResponse<String> wrong = Http.get(api + "/recognised-since?year=last");
        assertEquals(400, wrong.statusCode());
        assertTrue(wrong.body().startsWith("parameter 'year' must be year"), wrong.body());
        HttpResponse<String> twice = Http.get(api + "/recognised-since?year=1991&year=1992");
        assertEquals(400, twice.statusCode());
        assertEquals(404, Http.get(api + "/no-such-query").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"}", "} ; DROP ALL", "\"} ; DROP ALL #", "x\"))} INSERT DATA { <urn:a> <urn:b> <urn:c> } #",
            "stan\n} #", "# comment", "\\u0022", "stan' || true" })
    void hostileTextIsMatchedAsALiteralAndChangesNothing(String hostile) {
        HttpResponse<String> r = Http.get(api + "/labels-containing?text=" + Http.encode(hostile));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of(), SparqlJson.column(r.body(), "label"), "no label contains " + hostile);
        HttpResponse<String> all = Http.sparql(server.datasetUrl() + "/sparql", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
        assertEquals(10, SparqlJson.count(all.body(), "n"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://example.org/a b", "https://example.org/x> <urn:y", "<urn:x>", "} ; DROP ALL", "urn:x\ny" })
    void hostileIrisAreRefused(String hostile) {
        HttpResponse<String> r = Http.get(api + "/label-of?thing=" + Http.encode(hostile));
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().startsWith("parameter 'thing' must be iri"), r.body());
    }

    @Test
    void cutsLongAnswersAtMaxRowsAndSaysSo() {
        // Four labels contain an "a" (State, Pakistan, Azerbaijan, Armenia); the cap is 3.
        HttpResponse<String> r = Http.get(api + "/labels-containing?text=a");
        assertEquals(200, r.statusCode());
        assertEquals(3, SparqlJson.rows(r.body()).size());
        String note = r.headers().firstValue(QueriesServlet.TRUNCATED_HEADER).orElse(null);
        assertNotNull(note);
        assertTrue(note.startsWith("more than 3 rows matched"), note);
        assertNull(Http.get(api + "/labels-containing?text=stan").headers().firstValue(QueriesServlet.TRUNCATED_HEADER).orElse(null));
    }

    @Test
    void honoursTheServerTimeout() {
        long t0 = System.nanoTime();
        HttpResponse<String> r = Http.get(api + "/everything-twice");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("timeout of 1500 ms"), r.body());
        assertTrue(ms < 10_000, "took " + ms + " ms");
        assertEquals(200, Http.get(api + "/label-of?thing=https://example.org/mini/pakistan").statusCode());
    }

    @Test
    void answersConditionalRequestsWith304() {
        String url = api + "/label-of?thing=https://example.org/mini/pakistan";
        HttpResponse<String> first = Http.get(url);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = Http.send(HttpRequest.newBuilder(URI.create(url)).header("If-None-Match", etag).GET());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        HttpResponse<String> other = Http.send(HttpRequest.newBuilder(URI.create(url + "&format=csv")).header("If-None-Match", etag).GET());
        assertEquals(200, other.statusCode());
    }

    @Test
    void describesTheApiInOpenApiWithOneTypedOperationPerQuery() {
        HttpResponse<String> r = Http.get(server.baseUrl() + "/api/openapi.json");
        assertEquals(200, r.statusCode());
        JsonObject doc = JSON.parse(r.body());
        assertEquals("3.0.3", doc.get("openapi").getAsString().value());
        JsonObject paths = doc.get("paths").getAsObject();
        assertEquals(List.of("/api/queries", "/api/queries/everything-twice", "/api/queries/label-of",
                "/api/queries/labels-containing", "/api/queries/recognised-since"), paths.keys().stream().sorted().toList());
        JsonObject get = paths.get("/api/queries/recognised-since").getAsObject().get("get").getAsObject();
        assertEquals("recognisedSince", get.get("operationId").getAsString().value());
        JsonObject day = get.get("parameters").getAsArray().get(1).getAsObject();
        assertEquals("day", day.get("name").getAsString().value());
        assertEquals("date", day.get("schema").getAsObject().get("format").getAsString().value());
        assertFalse(day.get("required").getAsBoolean().value());
    }

    @Test
    void servesSwaggerUiPointedAtTheDescription() {
        HttpResponse<String> index = Http.get(server.baseUrl() + "/api/docs/index.html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("swagger-ui"), index.body());
        assertEquals(302, Http.get(server.baseUrl() + "/api/docs/").statusCode());
        assertEquals(200, Http.get(server.baseUrl() + "/api/docs/swagger-ui-bundle.js").statusCode());
        assertTrue(Http.get(server.baseUrl() + "/api/docs/swagger-initializer.js").body().contains("url: \"/api/openapi.json\""));
    }

    @Test
    void landingPageListsQueriesWithWorkingExamplesAndLinksToFusekiUi() {
        HttpResponse<String> r = Http.get(server.baseUrl() + "/api/");
        assertEquals(200, r.statusCode());
        Document page = Jsoup.parse(r.body(), server.baseUrl() + "/api/");
        assertEquals("Questions · geoclaims", page.title());
        assertEquals(4, page.select("section.query").size());
        assertEquals("The labels of a resource", page.selectFirst("section#label-of h3").text());
        for (Element example : page.select("a.example")) {
            HttpResponse<String> run = Http.get(example.absUrl("href"));
            assertTrue(run.statusCode() == 200 || example.attr("href").contains("everything-twice"), example.attr("href"));
        }
        assertFalse(page.select("a[href=/]").isEmpty(), "a link to Fuseki's UI");
        assertEquals(200, Http.get(server.baseUrl() + "/static/geoclaims.css").statusCode());
    }
}
