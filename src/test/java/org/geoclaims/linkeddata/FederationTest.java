package org.geoclaims.linkeddata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.testing.Http;
import org.geoclaims.testing.SparqlJson;
import org.geoclaims.testing.TestProjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * geoclaims joins with other people's data through its Wikidata links: a second, plain Fuseki on
 * loopback serves third-party data keyed by Wikidata IRIs, and SPARQL SERVICE queries run from
 * each server to the other.
 */
class FederationTest {

    @TempDir static Path tmp;
    static RunningServer geoclaims;
    static FusekiServer thirdParty;
    static String thirdPartyEndpoint;

    @BeforeAll
    static void start() {
        geoclaims = RunningServer.start(TestProjects.copy("linked", tmp.resolve("p")), ServerSettings.defaults().withPort(0), null);
        DatasetGraph capitals = DatasetGraphFactory.createTxnMem();
        capitals.executeWrite(() -> RDFParser.source(TestProjects.resource("federation/capitals.ttl")).parse(capitals.getDefaultGraph()));
        thirdParty = FusekiServer.create().port(0).loopback(true).add("/capitals", capitals).build().start();
        thirdPartyEndpoint = "http://localhost:" + thirdParty.getHttpPort() + "/capitals/sparql";
    }

    @AfterAll
    static void stop() {
        geoclaims.close();
        thirdParty.stop();
    }

    @Test
    void geoclaimsJoinsThirdPartyDataThroughItsWikidataLinks() {
        String query = """
                PREFIX gc:   <https://w3id.org/geoclaims/ontology/>
                PREFIX owl:  <http://www.w3.org/2002/07/owl#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX ex:   <https://example.org/countries#>
                SELECT ?label ?capital ?iso WHERE {
                  ?state a gc:State ; rdfs:label ?label ; owl:sameAs ?wd .
                  SERVICE <%s> { ?wd ex:capital ?capital ; ex:iso3166alpha3 ?iso }
                } ORDER BY ?label""".formatted(thirdPartyEndpoint);
        HttpResponse<String> r = Http.sparql(geoclaims.datasetUrl() + "/sparql", query);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("Armenia", "Azerbaijan", "Pakistan"), SparqlJson.column(r.body(), "label"));
        assertEquals(List.of("Yerevan", "Baku", "Islamabad"), SparqlJson.column(r.body(), "capital"));
        assertEquals(List.of("ARM", "AZE", "PAK"), SparqlJson.column(r.body(), "iso"));
    }

    @Test
    void thirdPartyDataJoinsGeoclaimsStatementsThroughTheSameLinks() {
        String query = """
                PREFIX gc:  <https://w3id.org/geoclaims/ontology/>
                PREFIX owl: <http://www.w3.org/2002/07/owl#>
                PREFIX ex:  <https://example.org/countries#>
                SELECT ?recognizerIso ?recognizedIso ?date WHERE {
                  SERVICE <%s> {
                    ?r a gc:DiplomaticRecognition ; gc:recognizer ?a ; gc:recognized ?b ; gc:date ?date .
                    ?a owl:sameAs ?wa . ?b owl:sameAs ?wb .
                  }
                  ?wa ex:iso3166alpha3 ?recognizerIso . ?wb ex:iso3166alpha3 ?recognizedIso .
                }""".formatted(geoclaims.datasetUrl() + "/sparql");
        HttpResponse<String> r = Http.sparql(thirdPartyEndpoint, query);
        assertEquals(200, r.statusCode(), r.body());
        assertEquals(List.of("PAK"), SparqlJson.column(r.body(), "recognizerIso"));
        assertEquals(List.of("AZE"), SparqlJson.column(r.body(), "recognizedIso"));
        assertEquals(List.of("1991"), SparqlJson.column(r.body(), "date"));
    }
}
