package org.geoclaims.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.geoclaims.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading query files and binding parameters into the parsed query. */
class QueryTemplateTest {

    private static final Path FILE = Path.of("queries/q.rq");

    private static final String LABELS = """
            #+ summary: Labels containing a text
            #+ tags: [search]
            #+ params:
            #+   text: {type: string, example: stan}
            #+   thing: {type: iri, required: false, example: pakistan}
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT ?thing ?label WHERE {
              ?thing rdfs:label ?label
              FILTER(CONTAINS(LCASE(STR(?label)), LCASE(?_text)))
              FILTER(!BOUND(?_thing) || ?thing = ?_thing)
            }
            """;

    private static QueryTemplate labels() {
        return QueryTemplate.parse(FILE, "q", LABELS);
    }

    @Test
    void readsTheHeader() {
        QueryTemplate t = labels();
        assertEquals("Labels containing a text", t.summary());
        assertEquals(java.util.List.of("search"), t.tags());
        assertEquals("text (string), thing (iri, optional)", t.signature());
        assertEquals(ParamType.IRI, t.param("thing").type());
        assertTrue(t.param("text").required());
        assertFalse(t.param("thing").required());
    }

    @Test
    void theFileItselfIsRunnableSparql() {
        QueryFactory.create(labels().text());
    }

    @Test
    void bindsValuesAsTermsInTheParsedQuery() {
        Query q = labels().bind(Map.of("text", "stan", "thing", "pakistan"));
        String s = q.toString();
        assertTrue(s.contains("lcase(\"stan\")"), s);
        assertTrue(s.contains("<https://w3id.org/geoclaims/id/pakistan>"), s);
        assertFalse(s.contains("?_text"), s);
    }

    @Test
    void leavesAnOptionalParameterUnboundWhenNotGiven() {
        String s = labels().bind(Map.of("text", "stan")).toString();
        assertTrue(s.contains("?_thing"), s);
    }

    @ParameterizedTest
    @ValueSource(strings = { "\"} ; DROP ALL #", "x\") } DELETE WHERE { ?s ?p ?o } #", "line\nbreak # comment", "'; --", "\\\"}" })
    void hostileTextStaysOneLiteral(String hostile) {
        Query q = labels().bind(Map.of("text", hostile));
        // Re-parsing the serialised query gives the same query: the value could not change its structure.
        Query reparsed = QueryFactory.create(q.toString());
        assertEquals(q, reparsed);
        assertEquals(labels().bind(Map.of("text", "x")).getQueryPattern().toString().replace("\"x\"", "?"),
                q.getQueryPattern().toString().replace(org.apache.jena.sparql.util.FmtUtils.stringForNode(
                        org.apache.jena.graph.NodeFactory.createLiteralString(hostile)), "?"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://example.org/a b", "https://example.org/a>", "<https://x>", "not an iri", "javascript:alert(1)>" })
    void rejectsIrisThatAreNotIris(String bad) {
        ParameterException e = assertThrows(ParameterException.class, () -> labels().bind(Map.of("text", "x", "thing", bad)));
        assertTrue(e.getMessage().startsWith("parameter 'thing' must be iri"), e.getMessage());
    }

    @Test
    void namesTheParameterAndTypeInErrors() {
        assertEquals("missing parameter 'text': a text",
                assertThrows(ParameterException.class, () -> labels().bind(Map.of())).getMessage());
        assertEquals("unknown parameter 'txt'; q takes text (string), thing (iri, optional)",
                assertThrows(ParameterException.class, () -> labels().bind(Map.of("txt", "a"))).getMessage());
    }

    @Test
    void typesYearsDatesAndIntegers() {
        assertEquals("\"1991\"^^xsd:gYear", ParamType.YEAR.parse("1991").toString());
        assertEquals("\"2020-09-27\"^^xsd:date", ParamType.DATE.parse("2020-09-27").toString());
        assertEquals("\"Pakistan\"@en", ParamType.LANG_STRING.parse("Pakistan").toString());
        assertEquals("\"Pakistan\"@ur", ParamType.LANG_STRING.parse("Pakistan@ur").toString());
        assertThrows(IllegalArgumentException.class, () -> ParamType.YEAR.parse("nineteen"));
        assertThrows(IllegalArgumentException.class, () -> ParamType.DATE.parse("2020-13-01"));
        assertThrows(IllegalArgumentException.class, () -> ParamType.INTEGER.parse("1e3"));
    }

    // ---- bad query files: file, line and what to do

    @Test
    void headerWithoutSummaryIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> QueryTemplate.parse(FILE, "q", "#+ tags: [a]\nSELECT * { ?s ?p ?o }\n"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("summary"), e.getMessage());
    }

    @Test
    void undeclaredParameterVariableIsRefused() {
        InputException e = assertThrows(InputException.class,
                () -> QueryTemplate.parse(FILE, "q", "#+ summary: s\nSELECT * { ?s ?p ?_state }\n"));
        assertTrue(e.getMessage().contains("?_state") && e.getMessage().contains("declares no parameter 'state'"), e.getMessage());
    }

    @Test
    void parameterMissingFromTheQueryIsRefused() {
        InputException e = assertThrows(InputException.class, () -> QueryTemplate.parse(FILE, "q",
                "#+ summary: s\n#+ params:\n#+   state: {type: iri, example: armenia}\nSELECT * { ?s ?p ?o }\n"));
        assertTrue(e.getMessage().contains("not in the query"), e.getMessage());
    }

    @Test
    void unknownTypeAndBadExampleAreRefused() {
        assertTrue(assertThrows(InputException.class, () -> QueryTemplate.parse(FILE, "q",
                "#+ summary: s\n#+ params:\n#+   y: {type: yaer, example: '1991'}\nSELECT * { ?s ?p ?_y }\n"))
                .getMessage().contains("unknown type 'yaer'"));
        assertTrue(assertThrows(InputException.class, () -> QueryTemplate.parse(FILE, "q",
                "#+ summary: s\n#+ params:\n#+   y: {type: year, example: 'soon'}\nSELECT * { ?s ?p ?_y }\n"))
                .getMessage().contains("'soon'"));
    }

    @Test
    void invalidSparqlIsRefusedWithItsLine() {
        InputException e = assertThrows(InputException.class,
                () -> QueryTemplate.parse(FILE, "q", "#+ summary: s\nSELECT *\nWHERE { ?s ?p }\n"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("not valid SPARQL 1.1"), e.getMessage());
    }

    @Test
    void malformedHeaderYamlIsRefusedWithItsLine() {
        InputException e = assertThrows(InputException.class,
                () -> QueryTemplate.parse(FILE, "q", "#+ summary: s\n#+ tags: [a, b\n#+ params: {}\nSELECT * { ?s ?p ?o }\n"));
        assertTrue(e.line() >= 2, "line " + e.line());
        assertTrue(e.getMessage().startsWith("malformed '#+' header"), e.getMessage());
    }
}
