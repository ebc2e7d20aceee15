package org.geoclaims.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The competency questions of the knowledge graph: each {@code src/test/resources/competency/<name>.rq}
 * runs over the ontology and the converted {@code data/*.trig}, and its results must equal
 * {@code <name>.srj} (SPARQL JSON results written from the article). Rows are compared as a multiset,
 * in order only when the query has ORDER BY; terms are compared exactly (lexical form, datatype,
 * language).
 */
class CompetencyQuestionsTest {

    private static Model graph;

    @BeforeAll
    static void load() {
        graph = ModelFactory.createDefaultModel().add(OntologyTestSupport.ontologyModel()).add(OntologyTestSupport.convertedData());
    }

    static Stream<Path> questions() {
        return OntologyTestSupport.fixtures("../competency", ".rq").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("questions")
    void answerIsWhatTheArticleSays(Path queryFile) throws IOException {
        String name = queryFile.getFileName().toString().replaceFirst("\\.rq$", "");
        Path expectedFile = queryFile.resolveSibling(name + ".srj");
        assertTrue(Files.isRegularFile(expectedFile), "no expected results " + expectedFile);

        Query query = QueryFactory.create(Files.readString(queryFile));
        List<String> vars;
        List<Map<String, Node>> actual;
        try (QueryExecution qe = QueryExecution.create(query, graph)) {
            ResultSet rs = qe.execSelect();
            vars = rs.getResultVars();
            actual = rows(rs);
        }
        ResultSet expectedSet;
        List<Map<String, Node>> expected;
        try (InputStream in = Files.newInputStream(expectedFile)) {
            expectedSet = ResultSetMgr.read(in, ResultSetLang.RS_JSON);
            assertEquals(expectedSet.getResultVars(), vars, name + ": variables");
            expected = rows(expectedSet);
        }
        if (query.hasOrderBy()) {
            assertEquals(expected, actual, name + " (ordered)");
        } else {
            assertEquals(counts(expected), counts(actual), name + ": got\n" + describe(actual) + "\nexpected\n" + describe(expected));
        }
    }

    private static List<Map<String, Node>> rows(ResultSet rs) {
        List<Map<String, Node>> rows = new ArrayList<>();
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            Map<String, Node> row = new TreeMap<>();
            s.varNames().forEachRemaining(v -> row.put(v, s.get(v).asNode()));
            rows.add(row);
        }
        return rows;
    }

    private static Map<Map<String, Node>, Integer> counts(List<Map<String, Node>> rows) {
        Map<Map<String, Node>, Integer> counts = new HashMap<>();
        for (Map<String, Node> r : rows) counts.merge(r, 1, Integer::sum);
        return counts;
    }

    private static String describe(List<Map<String, Node>> rows) {
        StringBuilder sb = new StringBuilder();
        for (Map<String, Node> r : rows) sb.append("  ").append(r).append('\n');
        return sb.toString();
    }

}
