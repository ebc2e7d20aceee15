package org.geoclaims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.exec.QueryExec;
import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every canned query in {@code queries/} runs as it is (valid SPARQL 1.1, no parameter bound), and
 * answers its example over HTTP with exactly the rows in {@code src/test/resources/queries/<name>.tsv}:
 * answers read off the article and checked against it.
 */
class CannedQueriesTest {

    static RunningServer server;
    static final ProjectLayout PROJECT = TestProjects.bundled();

    @BeforeAll
    static void start() {
        server = RunningServer.start(PROJECT, ServerSettings.defaults().withPort(0), null);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Stream<String> queryNames() {
        return QueryCatalog.load(PROJECT.queriesDir()).all().stream().map(QueryTemplate::name);
    }

    @Test
    void theCatalogHoldsTheQuestionsUsersAsk() {
        assertEquals(List.of("claims-and-responses", "claims-by-outlet", "contradictions", "entity-profile", "evidence-for",
                "military-cooperation", "not-recognised-by", "positions-on-conflict", "recognition-of", "search"), queryNames().toList());
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void runsAsItIsWithoutParameters(String name) throws IOException {
        String text = Files.readString(PROJECT.queriesDir().resolve(name + ".rq"), StandardCharsets.UTF_8);
        var query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
        var dsg = server.dataset();
        dsg.executeRead(() -> {
            try (QueryExec qe = QueryExec.dataset(dsg).query(query).build()) {
                qe.select().forEachRemaining(row -> { });
            }
        });
    }

    @ParameterizedTest
    @MethodSource("queryNames")
    void answersItsExampleWithTheExpectedRows(String name) throws IOException {
        QueryTemplate t = QueryCatalog.load(PROJECT.queriesDir()).get(name);
        String url = server.baseUrl() + QueriesServlet.exampleUrl(t);
        HttpResponse<String> r = Http.get(url + (url.contains("?") ? "&" : "?") + "format=tsv");
        assertEquals(200, r.statusCode(), r.body());
        Path expected = TestProjects.resource("queries/" + name + ".tsv");
        List<String> rows = r.body().lines().toList();
        assertTrue(rows.size() > 1, name + " answers its example with at least one row");
        assertEquals(normalised(Files.readAllLines(expected, StandardCharsets.UTF_8)), normalised(rows), name + ": see " + expected);
    }

    /**
     * Rows as they are, except that the parts of a GROUP_CONCAT value are sorted: SPARQL leaves the
     * order of the values inside an aggregate to the store (TDB2 visits them in the order of its
     * node ids), while the rows themselves are ordered by each query's ORDER BY.
     */
    static List<String> normalised(List<String> tsv) {
        return tsv.stream().map(row -> String.join("\t", java.util.Arrays.stream(row.split("\t", -1))
                .map(CannedQueriesTest::sortedParts).toList())).toList();
    }

    private static String sortedParts(String cell) {
        var m = java.util.regex.Pattern.compile("(?s)^\"(.*)\"((?:@[A-Za-z-]+)|(?:\\^\\^<[^>]*>))?$").matcher(cell);
        if (!m.matches()) return cell;
        String parts = String.join("|", java.util.Arrays.stream(m.group(1).split(" \\| |, |; | / ")).sorted().toList());
        return "\"" + parts + "\"" + (m.group(2) == null ? "" : m.group(2));
    }

    @Test
    void aSearchTextThatIsNotLuceneSyntaxIs400() {
        HttpResponse<String> r = Http.get(server.baseUrl() + "/api/queries/search?text=" + Http.encode("\"} DROP"));
        assertEquals(400, r.statusCode());
        assertTrue(r.body().startsWith("the search text is not a valid Lucene query"), r.body());
        assertFalse(r.body().contains("Exception"), r.body());
    }
}
