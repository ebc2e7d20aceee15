package org.geoclaims.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.TestProjects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dereferencing minted IRIs over HTTP: 303s, content negotiation, pages, 404s, the ontology IRI. */
class LinkedDataHttpTest {

    @TempDir static Path tmp;
    static RunningServer server;
    static String base;

    static final String GC = "https://w3id.org/geoclaims/ontology/";
    static final Node PAKISTAN = NodeFactory.createURI("https://w3id.org/geoclaims/id/pakistan");
    static final Node RECOGNITION = NodeFactory.createURI("https://w3id.org/geoclaims/id/recognition-pakistan-azerbaijan");

    @BeforeAll
    static void start() {
        server = RunningServer.start(TestProjects.copy("linked", tmp.resolve("p")), ServerSettings.defaults().withPort(0), null);
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(body)).lang(lang).parse(g);
        return g;
    }

    @ParameterizedTest
    @CsvSource({
            "text/turtle, /data/id/pakistan.ttl",
            "application/ld+json, /data/id/pakistan.jsonld",
            "application/rdf+xml, /data/id/pakistan.rdf",
            "application/n-triples, /data/id/pakistan.nt",
            "'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', /page/id/pakistan",
            "'*/*', /data/id/pakistan.ttl"
    })
    void seeOtherToTheDocumentInTheNegotiatedFormat(String accept, String location) {
        HttpResponse<String> r = Http.get(base + "/id/pakistan", accept);
        assertEquals(303, r.statusCode());
        assertEquals(base + location, r.headers().firstValue("Location").orElse(null));
        assertEquals("Accept", r.headers().firstValue("Vary").orElse(null));
    }

    @ParameterizedTest
    @CsvSource({ "ttl, TURTLE, text/turtle", "rdf, RDFXML, application/rdf+xml", "nt, NTRIPLES, application/n-triples" })
    void describesTheResourceItsStatementsAndTheirProvenance(String ext, String langName, String mediaType) {
        HttpResponse<String> r = Http.get(base + "/data/id/pakistan." + ext);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith(mediaType));
        Graph g = parse(r.body(), langName.equals("TURTLE") ? Lang.TURTLE : langName.equals("RDFXML") ? Lang.RDFXML : Lang.NTRIPLES);
        // its own triples
        assertTrue(g.contains(PAKISTAN, RDFS.label.asNode(), NodeFactory.createLiteralLang("Pakistan", "en")));
        assertTrue(g.contains(PAKISTAN, OWL.sameAs.asNode(), NodeFactory.createURI("http://www.wikidata.org/entity/Q843")));
        // a statement it takes part in, whole
        assertTrue(g.contains(RECOGNITION, NodeFactory.createURI(GC + "recognized"), NodeFactory.createURI("https://w3id.org/geoclaims/id/azerbaijan")));
        // the statement's provenance: the quote
        assertTrue(g.contains(Node.ANY, NodeFactory.createURI("http://www.w3.org/ns/oa#exact"),
                NodeFactory.createLiteralString("Pakistan recognised Azerbaijan in 1991")));
        // and nothing unrelated: the other sentence of the article is not part of it
        assertFalse(g.contains(NodeFactory.createURI("https://w3id.org/geoclaims/source/mini-article/sentence/2"), Node.ANY, Node.ANY));
    }

    @Test
    void jsonLdIsCompactAgainstTheServedContextAndHoldsTheSameTriples() {
        HttpResponse<String> r = Http.get(base + "/data/id/pakistan.jsonld");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"@context\": \"" + base + "/context.jsonld\""), r.body());
        assertTrue(r.body().contains("\"recognizer\": \"gcr:pakistan\""), "terms from the ontology make it read as JSON: " + r.body());
        // Read it with the served context put in place of its URL.
        String context = Http.get(base + "/context.jsonld").body();
        String inlined = r.body().replace("\"" + base + "/context.jsonld\"",
                context.substring(context.indexOf('{', 1), context.lastIndexOf('}')).strip());
        Graph fromJson = parse(inlined, Lang.JSONLD);
        Graph fromTurtle = parse(Http.get(base + "/data/id/pakistan.ttl").body(), Lang.TURTLE);
        assertTrue(fromJson.isIsomorphicWith(fromTurtle), "JSON-LD and Turtle describe the same graph");
    }

    @Test
    void htmlPageShowsLabelsTypeLinksQuotesAndQueries() {
        HttpResponse<String> r = Http.get(base + "/page/id/pakistan");
        assertEquals(200, r.statusCode());
        Document page = Jsoup.parse(r.body(), base + "/page/id/pakistan");
        assertEquals("Pakistan · geoclaims", page.title());
        assertEquals("Pakistan", page.selectFirst("h1").text());
        assertEquals("state", page.selectFirst("p.types a").text());
        assertEquals("Islamic Republic of Pakistan", page.selectFirst(".alt-label").text());
        assertEquals("https://www.wikidata.org/wiki/Q843", page.selectFirst("a.external").attr("href"));
        assertNotNull(page.selectFirst("table.statements a[href=/page/id/recognition-pakistan-azerbaijan]"));
        assertEquals("“Pakistan recognised Azerbaijan in 1991” for Pakistan recognises Azerbaijan (1991) · in A mini article",
                page.selectFirst("blockquote.evidence").text());
        // The quote links to its sentence, highlighted in the source view.
        assertEquals("/views/sources/mini-article#sentence-1", page.selectFirst("blockquote.evidence a.source").attr("href"));
        Document source = Jsoup.parse(Http.get(base + "/views/sources/mini-article").body());
        assertEquals("Pakistan recognised Azerbaijan in 1991.", source.getElementById("sentence-1").text());
        assertTrue(source.getElementById("sentence-1").hasClass("supports"));
        List<String> queries = page.select("a.canned-query").eachText();
        assertEquals(List.of("Everything about one resource", "Who recognises a state"), queries);
        for (String href : page.select("a.canned-query").eachAttr("abs:href"))
            assertEquals(200, Http.get(href).statusCode(), href);
        for (String href : page.select("p.downloads a").eachAttr("abs:href"))
            assertEquals(200, Http.get(href).statusCode(), href);
        // A linked statement's page works too.
        assertEquals(200, Http.get(base + "/page/id/recognition-pakistan-azerbaijan").statusCode());
    }

    @Test
    void unknownIrisAre404WithoutStackTraces() {
        HttpResponse<String> html = Http.get(base + "/id/atlantis", "text/html");
        assertEquals(404, html.statusCode());
        assertTrue(Jsoup.parse(html.body()).selectFirst("h1").text().equals("Not found"));
        assertTrue(html.body().contains("https://w3id.org/geoclaims/id/atlantis"));
        HttpResponse<String> turtle = Http.get(base + "/id/atlantis", "text/turtle");
        assertEquals(404, turtle.statusCode());
        assertEquals("geoclaims knows nothing about <https://w3id.org/geoclaims/id/atlantis>\n", turtle.body());
        for (String path : new String[] { "/data/id/atlantis.ttl", "/page/id/atlantis", "/data/id/pakistan.pdf", "/data/id/pakistan",
                "/id/%3Cscript%3E", "/id/a%20b", "/page/", "/data/" }) {
            HttpResponse<String> r = Http.get(base + path);
            assertEquals(404, r.statusCode(), path);
            assertFalse(r.body().contains("Exception") || r.body().contains("\tat "), path + ": " + r.body());
        }
        assertEquals(406, Http.get(base + "/id/pakistan", "image/png").statusCode());
    }

    @Test
    void theOntologyIriGivesTheOntologyAndItsDocumentation() {
        HttpResponse<String> see = Http.get(base + "/ontology", "text/turtle");
        assertEquals(303, see.statusCode());
        assertEquals(base + "/data/ontology.ttl", see.headers().firstValue("Location").orElse(null));
        Graph ontology = parse(Http.get(base + "/data/ontology.ttl").body(), Lang.TURTLE);
        Graph file = GraphFactory.createDefaultGraph();
        RDFParser.source(tmp.resolve("p/ontology/geoclaims.ttl")).parse(file);
        assertTrue(ontology.isIsomorphicWith(file), "the ontology document is the ontology file's graph");

        HttpResponse<String> html = Http.get(base + "/ontology", "text/html");
        assertEquals(base + "/page/ontology", html.headers().firstValue("Location").orElse(null));
        Document docs = Jsoup.parse(Http.get(base + "/page/ontology").body());
        assertEquals("geoclaims test ontology", docs.selectFirst("h1").text());
        assertEquals("An act by which a state recognises another.", docs.selectFirst("section#DiplomaticRecognition p.definition").text());
        assertNotNull(docs.selectFirst("section#recognizer"), "object properties are documented");
        assertNotNull(docs.selectFirst("svg#ontology-diagram"));
        assertTrue(docs.selectFirst("script#ontology-diagram-data").data().contains("\"source\" : \"DiplomaticRecognition\""));

        // A term IRI resolves to its own description.
        assertEquals(303, Http.get(base + "/ontology/State", "text/turtle").statusCode());
        Graph state = parse(Http.get(base + "/data/ontology/State.ttl").body(), Lang.TURTLE);
        assertTrue(state.contains(NodeFactory.createURI(GC + "State"), RDF.type.asNode(), OWL.Class.asNode()));
    }

    @Test
    void servesTheJsonLdContextGeneratedFromTheOntology() {
        HttpResponse<String> r = Http.get(base + "/context.jsonld");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        var ctx = org.apache.jena.atlas.json.JSON.parse(r.body()).get("@context").getAsObject();
        assertEquals("https://w3id.org/geoclaims/ontology/", ctx.get("gc").getAsString().value());
        assertEquals("@id", ctx.get("recognizer").getAsObject().get("@type").getAsString().value());
        assertEquals("xsd:gYear", ctx.get("date").getAsObject().get("@type").getAsString().value());
    }
}
