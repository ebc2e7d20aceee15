package org.geoclaims.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.apache.jena.query.QueryFactory;
import org.geoclaims.api.QueryCatalog;
import org.geoclaims.api.QueryTemplate;
import org.junit.jupiter.api.Test;

/** The benchmark's own arithmetic and SPARQL handling (the benchmark itself runs with -Pbench). */
class BenchmarkPartsTest {

    @Test
    void percentilesAreNearestRank() {
        long[] ms = new long[100];
        for (int i = 0; i < 100; i++) ms[i] = (i + 1) * 1_000_000L;
        assertEquals(50.0, LoadDriver.percentile(ms, 0.50));
        assertEquals(99.0, LoadDriver.percentile(ms, 0.99));
        assertEquals(100.0, LoadDriver.percentile(ms, 1.0));
        LoadDriver.Stats s = LoadDriver.Stats.of(8, new long[] {3_000_000, 1_000_000, 2_000_000}, 1, 2.0, 10);
        assertEquals(4, s.requests());
        assertEquals(2.0, s.p50());
        assertEquals(3.0, s.p99());
        assertEquals(2.0, s.throughput());
        assertTrue(Double.isNaN(LoadDriver.percentile(new long[0], 0.5)));
    }

    @Test
    void sizesAreReadWithSuffixes() {
        assertEquals(0, Benchmark.parseSize("real"));
        assertEquals(100_000, Benchmark.parseSize("100k"));
        assertEquals(10_000_000, Benchmark.parseSize("10M"));
        assertEquals(2_500_000, Benchmark.parseSize("2.5M"));
    }

    @Test
    void boundOptionalParametersStillMakeSparqlTheStockServerAccepts() {
        QueryCatalog catalog = QueryCatalog.load(Path.of("queries"));
        int checked = 0;
        for (QueryTemplate t : catalog.all()) {
            String text = Benchmark.sparqlText(t.bind(t.exampleValues()));
            QueryFactory.create(text);
            assertFalse(text.contains("?_"), t.name() + ": every parameter is bound in the text sent");
            checked++;
        }
        assertTrue(checked >= 1, "canned queries checked: " + checked);
        QueryTemplate byOutlet = catalog.get("claims-by-outlet");
        if (byOutlet != null)
            assertFalse(Benchmark.sparqlText(byOutlet.bind(Map.of("outlet", "freenews-am"))).contains("BOUND(<"));
    }

    @Test
    void theReportStatesMetAndMissedTargets() {
        Results r = new Results();
        r.command = "mvn -Pbench";
        Results.SizeResult s = new Results.SizeResult();
        s.name = "1M";
        s.targetTriples = 1_000_000;
        s.storeTriples = 1_000_000;
        s.loadedTriples = 1_000_000;
        s.loadSeconds = 20;
        s.loader = "sequential";
        s.ping.put(8, LoadDriver.Stats.of(8, new long[] {1_000_000}, 0, 1, 10));
        Results.QueryResult q = new Results.QueryResult();
        q.name = "entity-profile";
        q.geoclaims.put(8, LoadDriver.Stats.of(8, new long[] {60_000_000}, 0, 1, 10));
        q.stock.put(8, LoadDriver.Stats.of(8, new long[] {50_000_000}, 0, 1, 10));
        s.queries.add(q);
        r.sizes.add(s);
        r.pointQueries.add("entity-profile");
        String md = Report.markdown(r, Report.NOTES_START + "\nkept\n" + Report.NOTES_END);
        assertTrue(md.contains("| canned-query latency ≤ 1.10 × stock Fuseki (p50), every query, size, client count | median 1.20 ×; 1 of 1 measurements above 1.10; worst 1.20 ×"), md);
        assertTrue(md.contains("worst 60.0 ms (entity-profile) | **no** |"), md);
        assertTrue(md.contains("| bulk load ≥ 100,000 triples/s at 1M | 50,000 triples/s"), md);
        assertTrue(md.contains("\nkept\n"), "the hand-written analysis is kept");
    }
}
