package org.geoclaims.views;

import static org.geoclaims.views.ViewTesting.DOC;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.query.QuerySolution;
import org.geoclaims.server.RunningServer;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.SparqlJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The views' HTML over plain HTTP (no browser): pages, links, assets, and the source view written from the RDF. */
class ViewHttpTest {
    static RunningServer server;
    static String base;

    @BeforeAll
    static void start() {
        server = ViewTesting.bundledServer();
        base = server.baseUrl();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static Document page(String path) {
        HttpResponse<String> r = Http.get(base + path, "text/html");
        assertEquals(200, r.statusCode(), path);
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), path);
        return Jsoup.parse(r.body(), base + path);
    }

    /** GET, following at most two redirects; the final status. */
    static int status(String url) {
        for (int hops = 0; hops < 3; hops++) {
            HttpResponse<String> r = Http.get(url, "text/html");
            if (r.statusCode() / 100 != 3) return r.statusCode();
            url = java.net.URI.create(url).resolve(r.headers().firstValue("Location").orElseThrow()).toString();
        }
        return 310;
    }

    @ParameterizedTest
    @ValueSource(strings = { "/views/network", "/views/timeline", "/views/sources", "/views/sources/" + DOC, "/views", "/api/" })
    void everyViewIsAPageWhoseLinksScriptsAndStylesLoad(String path) {
        Document p = page(path);
        assertTrue(p.title().endsWith(" · geoclaims"), p.title());
        assertEquals("en", p.selectFirst("html").attr("lang"));
        assertNotNull(p.selectFirst("main h1"), "a heading names the page");
        Set<String> urls = new TreeSet<>();
        urls.addAll(p.select("header.site nav a").eachAttr("abs:href"));
        urls.addAll(p.select("script[src]").eachAttr("abs:src"));
        urls.addAll(p.select("link[rel=stylesheet]").eachAttr("abs:href"));
        urls.addAll(p.select("main a[href^=/views]").eachAttr("abs:href"));
        for (String url : urls) assertEquals(200, status(url.replaceAll("#.*", "")), "from " + path + ": " + url);
    }

    @ParameterizedTest
    @ValueSource(strings = { "network", "timeline" })
    void drawnViewsNameTheLiveEndpointAndLabelTheirControls(String view) {
        Document p = page("/views/" + view);
        Element figure = p.getElementById(view);
        assertEquals("/kg/sparql", figure.attr("data-endpoint"), "the browser queries the live endpoint, not a copy");
        assertEquals("/webjars/d3/7.9.0/dist/d3.min.js", p.select("script[src]").first().attr("src"), "d3 from its WebJar, offline");
        assertTrue(p.select("script[src]").eachAttr("src").contains("/static/views/" + view + ".js"));
        assertEquals("status", p.getElementById(view + "-status").attr("role"), "progress and errors are announced");
        for (Element fieldset : p.select("fieldset.legend")) assertNotNull(fieldset.selectFirst("legend"), "every legend box is named");
        if (view.equals("timeline")) assertNotNull(p.selectFirst("label select#timeline-state"), "the state filter has a label");
    }

    @Test
    void webJarsAreServedFromEveryJarOnTheClasspath() {
        HttpResponse<String> d3 = Http.get(base + "/webjars/d3/7.9.0/dist/d3.min.js");
        assertEquals(200, d3.statusCode());
        assertTrue(d3.headers().firstValue("Content-Type").orElse("").contains("javascript"));
        assertTrue(d3.body().contains("forceSimulation"));
        assertEquals(200, Http.get(base + "/webjars/swagger-ui/5.34.1/swagger-ui.css").statusCode(), "a second WebJar, another jar");
        assertEquals(404, Http.get(base + "/webjars/d3/7.9.0/dist/nothing.js").statusCode());
        assertEquals(200, Http.get(base + "/static/views/queries/network-edges.rq").statusCode());
    }

    @Test
    void sourcesListLinksEachDocumentToItsView() {
        Document p = page("/views/sources");
        Element link = p.selectFirst("table.sources a.source-view");
        assertEquals("/views/sources/" + DOC, link.attr("href"));
        assertEquals("Pakistan Army's Involvement In Azerbaijan's Military Efforts", link.text());
        List<String> cells = p.selectFirst("table.sources tbody tr").select("td").eachText();
        assertEquals("shunculture", cells.get(1));
        assertEquals("84", cells.get(2), "sentences");
        assertTrue(Integer.parseInt(cells.get(3)) > 70, "sentences that are evidence: " + cells.get(3));
    }

    @Test
    void sourceViewRendersTheArticleSentenceBySentenceAsTheGraphHasIt() {
        Document p = page("/views/sources/" + DOC);
        assertEquals("Pakistan Army's Involvement In Azerbaijan's Military Efforts", p.selectFirst("article h1").text());
        assertEquals("The question it answers: is pakistan army fighting in azerbaijan", p.selectFirst("article p.question").text());
        assertEquals(List.of("Characteristics Values", "Pakistan denies its army's presence in Azerbaijan", "Azerbaijan-Pakistan relations",
                        "Pakistan's stance on the Nagorno-Karabakh conflict", "Armenian media claims of Pakistani soldiers in Azerbaijan",
                        "Pakistan-Azerbaijan military cooperation", "Frequently asked questions"),
                p.select("article section h2").eachText());
        assertEquals(4, p.select("article table.source-table tr").size(), "the summary table's rows");
        assertEquals("Pakistan-Azerbaijan Relations", p.select("article table.source-table th").get(1).text());
        assertEquals(5, p.select("article p.byline").size(), "the site's byline before each body section");

        // Every sentence, with the id the statement pages link to and exactly its nif:anchorOf.
        String query = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?s ?text { ?s a nif:Sentence ; nif:anchorOf ?text ; nif:referenceContext <https://w3id.org/geoclaims/source/%s> }"""
                .formatted(DOC);
        List<QuerySolution> sentences = SparqlJson.rows(Http.sparql(base + "/kg/sparql", query).body());
        assertEquals(84, sentences.size());
        assertEquals(84, p.select("article .sentence").size());
        for (QuerySolution s : sentences) {
            String iri = s.getResource("s").getURI();
            Element e = p.getElementById("sentence-" + iri.substring(iri.lastIndexOf('/') + 1));
            assertNotNull(e, iri);
            assertEquals(s.getLiteral("text").getLexicalForm(), e.wholeText(), iri);
        }
    }

    @Test
    void highlightedSentencesListTheStatementsTheySupport() {
        Document p = page("/views/sources/" + DOC);
        Element recognition = p.select("article .sentence").stream()
                .filter(e -> e.text().startsWith("Pakistan was the second country to recognize Azerbaijan's sovereignty in 1991")).findFirst().orElseThrow();
        assertTrue(recognition.hasClass("supports"));
        Element list = p.getElementById(recognition.attr("data-statements"));
        assertTrue(list.parent().hasAttr("hidden"), "lists wait in a hidden container for the script");
        Map<String, String> links = new HashMap<>();
        for (Element a : list.select("a.statement")) links.put(a.attr("href"), a.text());
        assertEquals("Pakistan's recognition of Azerbaijan (1991)", links.get("/page/id/recognition-pakistan-azerbaijan"));
        assertEquals("Ranking: the second country", links.get("/page/id/ranking-pakistan-second-to-recognise-azerbaijan"),
                "a statement without a label is named by its kind and its words");

        // Sentences not extracted (the site footer) are not highlighted.
        Element footer = p.select("article .sentence").stream().filter(e -> e.text().equals("Share this post")).findFirst().orElseThrow();
        assertFalse(footer.hasClass("supports"));
        // Quotes from the headline and headings highlight them too.
        Element headline = p.selectFirst("article h1 mark.supports");
        assertNotNull(headline);
        assertTrue(p.getElementById(headline.attr("data-statements")).select("a.statement").eachAttr("href")
                .contains("/page/id/characterisation-military-cooperation-as-involvement"));

        // Every statement listed has a page.
        Set<String> hrefs = new TreeSet<>(p.select("#statement-lists a.statement").eachAttr("abs:href"));
        assertTrue(hrefs.size() > 100, "statements: " + hrefs.size());
        for (String href : hrefs) assertEquals(200, Http.get(href, "text/html").statusCode(), href);
    }

    @Test
    void aStatementPageLinksToItsHighlightedSentences() {
        Document statement = page("/page/id/recognition-pakistan-azerbaijan");
        List<String> anchors = statement.select("blockquote.evidence a.source").eachAttr("href");
        assertFalse(anchors.isEmpty());
        Document view = page("/views/sources/" + DOC);
        for (String href : anchors) {
            assertTrue(href.startsWith("/views/sources/" + DOC + "#sentence-"), href);
            Element sentence = view.getElementById(href.substring(href.indexOf('#') + 1));
            assertTrue(sentence.hasClass("supports"), href);
            assertTrue(view.getElementById(sentence.attr("data-statements")).select("a.statement").eachAttr("href")
                    .contains("/page/id/recognition-pakistan-azerbaijan"), href);
        }
        Element toView = page("/page/source/" + DOC).selectFirst("p.source-view a");
        assertEquals("/views/sources/" + DOC, toView.attr("href"), "the document's own page leads to its view");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/views/sources/no-such-document", "/views/sources/a/b", "/views/sources/%3Cscript%3Ex", "/views/elsewhere" })
    void unknownViewsAre404Pages(String path) {
        HttpResponse<String> r = Http.get(base + path, "text/html");
        assertEquals(404, r.statusCode());
        assertEquals("Not found · geoclaims", Jsoup.parse(r.body()).title());
        assertFalse(r.body().contains("<script>"), "the path is escaped");
    }
}
