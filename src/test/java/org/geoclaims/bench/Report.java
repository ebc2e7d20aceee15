package org.geoclaims.bench;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Writes the benchmark's report: {@code docs/benchmarks.md} (tables), {@code docs/benchmarks.csv}
 * (every figure) and {@code docs/benchmarks-latency.png} (latency against graph size per query).
 * The hand-written part of benchmarks.md between {@value #NOTES_START} and {@value #NOTES_END} is
 * kept when the report is written again.
 */
final class Report {
    private Report() {}

    static final String NOTES_START = "<!-- notes:start -->";
    static final String NOTES_END = "<!-- notes:end -->";
    static final double STOCK_RATIO_TARGET = 1.10;
    static final double POINT_P99_TARGET_MS = 50;
    static final double GROWTH_TARGET = 2.0;
    static final double LOAD_RATE_TARGET = 100_000;
    static final double COLD_START_TARGET_MS = 2_000;
    static final long HEAP_TARGET_BYTES = 256L * 1024 * 1024;

    static void write(Results r, Path docs) throws IOException {
        Files.createDirectories(docs);
        Path md = docs.resolve("benchmarks.md");
        String notes = keptNotes(md);
        Files.writeString(md, markdown(r, notes), StandardCharsets.UTF_8);
        Files.writeString(docs.resolve("benchmarks.csv"), csv(r), StandardCharsets.UTF_8);
        if (!r.sizes.isEmpty() && !r.sizes.get(0).queries.isEmpty()) plot(r, docs.resolve("benchmarks-latency.png"));
    }

    static String keptNotes(Path md) throws IOException {
        if (!Files.isRegularFile(md)) return NOTES_START + "\n(Analysis: written by hand after a run; kept when the report is written again.)\n" + NOTES_END;
        String old = Files.readString(md, StandardCharsets.UTF_8);
        int a = old.indexOf(NOTES_START), b = old.indexOf(NOTES_END);
        if (a < 0 || b < a) return NOTES_START + "\n" + NOTES_END;
        return old.substring(a, b + NOTES_END.length());
    }

    // ---- markdown

    static String markdown(Results r, String notes) {
        StringBuilder b = new StringBuilder();
        b.append("# geoclaims benchmarks\n\n");
        b.append("Scale and speed of geoclaims on one machine, in one run: bulk loading into TDB2, the start of `serve --tdb`, ")
         .append("every canned query through `/api/queries/{name}` against the same SPARQL sent to a stock Fuseki serving the same store, ")
         .append("the HTTP floor (`/$/ping`), and the cold start of `java -jar target/geoclaims.jar serve`. ")
         .append("This file, `docs/benchmarks.csv` and `docs/benchmarks-latency.png` are written by the benchmark; ")
         .append("the analysis section is written by hand and kept when the benchmark runs again.\n\n");
        b.append("## How to run\n\n```sh\n").append("mvn -o -q -Pbench -DskipTests verify\n").append("```\n\n");
        b.append(String.format(Locale.ROOT, "This run: `%s`, %.0f minutes wall time. ", r.command, r.wallSeconds / 60))
         .append("Options go through `-Dbench.args=\"...\"`: `--sizes real,100k,1M` (default `real,100k,1M,10M`), `--queries DIR`, ")
         .append("`--seconds 2` (per measurement), `--loader sequential`, `--point a,b` (the point and one-hop queries), `--no-loader-comparison`, `--cold-starts 3`, `--keep` (keep the stores). ")
         .append("Work files (synthetic TriG, TDB2 stores) go to `target/bench/`; the 10M size needs about 5 GB there (TriG 0.8 GB, store 3.9 GB).\n\n");

        b.append("## Machine and settings\n\n| | |\n|---|---|\n");
        r.machine.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        r.settings.forEach((k, v) -> b.append("| ").append(k).append(" | ").append(v).append(" |\n"));
        b.append(String.format(Locale.ROOT, "| load average (1 min) at start / end | %.2f / %.2f (other work on the machine shares its cores) |\n",
                r.loadAverageStart, r.loadAverageEnd));
        b.append('\n');
        for (String n : r.notes) b.append("> ").append(n).append("\n\n");

        targets(r, b);
        loading(r, b);
        queries(r, b);
        coldStart(r, b);
        b.append("## Analysis\n\n").append(notes).append('\n');
        return b.toString();
    }

    private static void targets(Results r, StringBuilder b) {
        b.append("## Targets\n\n| target | measured | met |\n|---|---|---|\n");
        // 1. geoclaims against stock Fuseki
        double worst = 0;
        String worstAt = "";
        List<Double> ratios = new ArrayList<>();
        int over = 0;
        for (Results.SizeResult s : r.sizes)
            for (Results.QueryResult q : s.queries)
                for (int c : q.geoclaims.keySet()) {
                    double ratio = q.geoclaims.get(c).p50() / q.stock.get(c).p50();
                    if (Double.isNaN(ratio)) continue;
                    ratios.add(ratio);
                    if (ratio > STOCK_RATIO_TARGET) over++;
                    if (ratio > worst) { worst = ratio; worstAt = q.name + " at " + s.name + ", " + c + " client" + (c > 1 ? "s" : ""); }
                }
        if (worst > 0) {
            double med = median(ratios.stream().mapToDouble(Double::doubleValue).toArray());
            row(b, "canned-query latency ≤ 1.10 × stock Fuseki (p50), every query, size, client count",
                    String.format(Locale.ROOT, "median %.2f ×; %d of %d measurements above 1.10; worst %.2f × (%s)", med, over, ratios.size(),
                            worst, worstAt), worst <= STOCK_RATIO_TARGET);
        }
        // 2. point and one-hop queries
        Results.SizeResult m1 = size(r, "1M");
        Results.SizeResult first = r.sizes.isEmpty() ? null : r.sizes.get(0);
        Results.SizeResult last = r.sizes.isEmpty() ? null : r.sizes.get(r.sizes.size() - 1);
        if (!r.pointQueries.isEmpty() && m1 != null) {
            double max = 0;
            String at = "";
            for (Results.QueryResult q : m1.queries)
                if (r.pointQueries.contains(q.name) && q.geoclaims.containsKey(8) && q.geoclaims.get(8).p99() > max) {
                    max = q.geoclaims.get(8).p99();
                    at = q.name;
                }
            row(b, "point and one-hop queries p99 ≤ 50 ms at 1M triples, 8 clients (" + String.join(", ", r.pointQueries) + ")",
                    String.format(Locale.ROOT, "worst %.1f ms (%s)", max, at), max <= POINT_P99_TARGET_MS);
        }
        if (!r.pointQueries.isEmpty() && first != null && last != null && first != last) {
            double worstGrowth = 0;
            String at = "";
            for (Results.QueryResult q : last.queries) {
                if (!r.pointQueries.contains(q.name)) continue;
                Results.QueryResult q0 = query(first, q.name);
                if (q0 == null || !q.geoclaims.containsKey(8)) continue;
                double g = q.geoclaims.get(8).p99() / q0.geoclaims.get(8).p99();
                if (g > worstGrowth) { worstGrowth = g; at = q.name; }
            }
            row(b, "their p99 (8 clients) grows ≤ 2× from " + first.name + " to " + last.name,
                    String.format(Locale.ROOT, "worst %.2f × (%s)", worstGrowth, at), worstGrowth <= GROWTH_TARGET);
        }
        // 3. load rate
        for (Results.SizeResult s : r.sizes)
            if (s.targetTriples >= 1_000_000)
                row(b, "bulk load ≥ 100,000 triples/s at " + s.name,
                        String.format(Locale.ROOT, "%,.0f triples/s (%s loader; %,.0f triples/s counting the parse check)", s.loadRate(), s.loader,
                                s.loadedTriples / (s.loadSeconds + s.validateSeconds)), s.loadRate() >= LOAD_RATE_TARGET);
        // 4. cold start and heap
        List<Results.ColdStart> plain = r.coldStarts.stream().filter(c -> c.variant().equals("java -jar")).toList();
        if (!plain.isEmpty()) {
            double med = median(plain.stream().mapToDouble(Results.ColdStart::toFirstAnswerMs).toArray());
            double min = plain.stream().mapToDouble(Results.ColdStart::toFirstAnswerMs).min().orElse(Double.NaN);
            row(b, "cold start (`java -jar target/geoclaims.jar serve`) to first answered canned query ≤ 2 s (real data, median of " + plain.size() + ")",
                    String.format(Locale.ROOT, "%.0f ms (best %.0f ms)", med, min), med <= COLD_START_TARGET_MS && med > 0);
            long heap = plain.stream().mapToLong(Results.ColdStart::heapUsedAfterGcBytes).max().orElse(-1);
            row(b, "heap after load (after GC) ≤ 256 MB (real data)", String.format(Locale.ROOT, "%.1f MB", heap / 1048576.0),
                    heap > 0 && heap <= HEAP_TARGET_BYTES);
        }
        b.append('\n');
    }

    private static void loading(Results r, StringBuilder b) {
        b.append("## Bulk load and storage\n\n");
        b.append("`geoclaims load` of the real data, the ontology and the synthetic data (`geoclaims generate`) into an empty TDB2 store, ")
         .append("then the first start of `serve --tdb` on it (adds the project files, builds the Lucene text index) and a second start (store reused). ")
         .append("Load time is parsing and indexing; the parse check that `load` does first (skip it with `--no-validate`) is its own column. ")
         .append("Bytes are the store folder's allocated blocks (`du`); TDB2's files are sparse, their lengths are larger.\n\n");
        b.append("| size | triples in store | synthetic documents | generate (s) | parse check (s) | load (s) | load rate (triples/s) | store (MB) | bytes/triple | first serve start (s) | reuse start (s) |\n");
        b.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Results.SizeResult s : r.sizes)
            b.append(String.format(Locale.ROOT, "| %s | %,d | %s | %.1f | %.1f | %.1f | %,.0f | %.1f | %.0f | %.1f | %.2f |\n",
                    s.name, s.storeTriples, s.syntheticDocuments > 0 ? String.format(Locale.ROOT, "%,d", s.syntheticDocuments) : "–",
                    s.generateSeconds, s.validateSeconds, s.loadSeconds, s.loadRate(), s.allocatedBytes / 1048576.0,
                    s.bytesPerTriple(), s.firstStartSeconds, s.reuseStartSeconds));
        b.append('\n');
        if (!r.loaders.isEmpty()) {
            b.append("### Jena's loaders on this machine\n\nThe same files (1M triples: real data, ontology, synthetic), `--no-validate`, each into an empty store.\n\n");
            b.append("| loader | triples | seconds | triples/s |\n|---|---:|---:|---:|\n");
            for (Results.LoaderRun l : r.loaders)
                b.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %,.0f |\n", l.loader(), l.triples(), l.seconds(), l.rate()));
            b.append('\n');
        }
    }

    private static void queries(Results r, StringBuilder b) {
        if (r.sizes.isEmpty()) return;
        b.append("## Canned queries\n\n");
        b.append("Each canned query with its example parameters through `/api/queries/{name}` (geoclaims), and the same bound SPARQL ")
         .append("sent to a stock `FusekiServer` (no geoclaims modules) over the same dataset object (TDB2, union default graph, text index), ")
         .append("in the same JVM. Latency in ms from send to the last byte; ratio = geoclaims / stock; ping ratio = geoclaims p50 / `/$/ping` p50. ")
         .append("Rows: geoclaims / stock. Queries marked • are the point and one-hop queries of the targets.\n\n");
        for (Results.SizeResult s : r.sizes) {
            b.append(String.format(Locale.ROOT, "### %s (%,d triples)\n\n", s.name, s.storeTriples));
            for (var e : s.ping.entrySet())
                b.append(String.format(Locale.ROOT, "`/$/ping`, %d client%s: p50 %.2f ms, p99 %.2f ms, %,.0f requests/s.  \n",
                        e.getKey(), e.getKey() > 1 ? "s" : "", e.getValue().p50(), e.getValue().p99(), e.getValue().throughput()));
            List<String> over = s.queries.stream().filter(q -> q.geoclaims.isEmpty()).map(q -> q.name).toList();
            if (!over.isEmpty())
                b.append("Over the 10 s query timeout (503) at this size or a smaller one, so not measured: ").append(String.join(", ", over)).append(".  \n");
            b.append("\n| query | rows | clients | p50 | p95 | p99 | stock p50 | stock p99 | ratio p50 | ratio p99 | ping ratio | req/s | stock req/s | requests | errors |\n");
            b.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
            for (Results.QueryResult q : s.queries)
                for (int c : q.geoclaims.keySet()) {
                    LoadDriver.Stats g = q.geoclaims.get(c), st = q.stock.get(c), ping = s.ping.get(c);
                    b.append(String.format(Locale.ROOT, "| %s%s | %s | %d | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f | %.1f | %,.0f | %,.0f | %,d | %d / %d |\n",
                            r.pointQueries.contains(q.name) ? "• " : "", q.name, rows(q), c, g.p50(), g.p95(), g.p99(), st.p50(), st.p99(),
                            g.p50() / st.p50(), g.p99() / st.p99(), ping == null ? Double.NaN : g.p50() / ping.p50(),
                            g.throughput(), st.throughput(), g.requests(), g.errors(), st.errors()));
                }
            b.append('\n');
        }
        b.append("### geoclaims / stock, per query\n\nThe p50 ratio of each query at every size and client count (below 1: geoclaims faster).\n\n| query |");
        for (Results.SizeResult s : r.sizes) for (int c : s.ping.keySet()) b.append(' ').append(s.name).append(", ").append(c).append(" |");
        b.append("\n|---|");
        for (Results.SizeResult s : r.sizes) for (int c : s.ping.keySet()) b.append("---:|");
        b.append('\n');
        for (Results.QueryResult q0 : r.sizes.get(0).queries) {
            b.append("| ").append(q0.name).append(" |");
            for (Results.SizeResult s : r.sizes)
                for (int c : s.ping.keySet()) {
                    Results.QueryResult q = query(s, q0.name);
                    double ratio = q == null || !q.geoclaims.containsKey(c) ? Double.NaN : q.geoclaims.get(c).p50() / q.stock.get(c).p50();
                    b.append(Double.isNaN(ratio) ? " – |" : String.format(Locale.ROOT, " %.2f |", ratio));
                }
            b.append('\n');
        }
        b.append("\n![p50 and p99 latency of each canned query against graph size](benchmarks-latency.png)\n\n");
    }

    private static String rows(Results.QueryResult q) {
        return q.rowsGeoclaims == q.rowsStock ? Long.toString(q.rowsGeoclaims) : q.rowsGeoclaims + " / " + q.rowsStock;
    }

    private static void coldStart(Results r, StringBuilder b) {
        if (r.coldStarts.isEmpty()) return;
        b.append("## Cold start and heap (real data)\n\n");
        b.append("`java -jar target/geoclaims.jar serve` (in-memory store, default JVM options) in a new process, timed from the process start ")
         .append("until `/$/ping` answers and until the first canned query answers; then `jcmd <pid> GC.run` and the heap used after it (`GC.heap_info`).\n\n");
        b.append("The rows with `-XX:SharedArchiveFile` use a class-data-sharing archive the benchmark made first (one start with ")
         .append("`-XX:ArchiveClassesAtExit`): what JVM flags, not geoclaims code, would give.\n\n");
        b.append("| command | run | to ping (ms) | to first answer (ms) | query | heap after GC (MB) |\n|---|---:|---:|---:|---|---:|\n");
        int i = 0;
        String last = "";
        for (Results.ColdStart c : r.coldStarts) {
            i = c.variant().equals(last) ? i + 1 : 1;
            last = c.variant();
            b.append(String.format(Locale.ROOT, "| `%s` | %d | %.0f | %.0f | %s | %.1f |\n", c.variant(), i, c.toPingMs(), c.toFirstAnswerMs(),
                    c.firstQuery(), c.heapUsedAfterGcBytes() / 1048576.0));
        }
        b.append('\n');
    }

    private static void row(StringBuilder b, String target, String measured, boolean met) {
        b.append("| ").append(target).append(" | ").append(measured).append(" | ").append(met ? "yes" : "**no**").append(" |\n");
    }

    static Results.SizeResult size(Results r, String name) {
        for (Results.SizeResult s : r.sizes) if (s.name.equalsIgnoreCase(name)) return s;
        return null;
    }

    static Results.QueryResult query(Results.SizeResult s, String name) {
        for (Results.QueryResult q : s.queries) if (q.name.equals(name)) return q;
        return null;
    }

    static double median(double[] v) {
        if (v.length == 0) return Double.NaN;
        double[] c = v.clone();
        java.util.Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }

    // ---- csv

    static String csv(Results r) {
        StringBuilder b = new StringBuilder("size,store_triples,target,query,clients,requests,errors,seconds,p50_ms,p95_ms,p99_ms,max_ms,requests_per_s,rows\n");
        for (Results.SizeResult s : r.sizes) {
            for (var e : s.ping.entrySet()) line(b, s, "ping", "", e.getKey(), e.getValue(), 1);
            for (Results.QueryResult q : s.queries)
                for (int c : q.geoclaims.keySet()) {
                    line(b, s, "geoclaims", q.name, c, q.geoclaims.get(c), q.rowsGeoclaims);
                    line(b, s, "stock", q.name, c, q.stock.get(c), q.rowsStock);
                }
        }
        return b.toString();
    }

    private static void line(StringBuilder b, Results.SizeResult s, String target, String query, int c, LoadDriver.Stats st, long rows) {
        b.append(String.format(Locale.ROOT, "%s,%d,%s,%s,%d,%d,%d,%.3f,%.3f,%.3f,%.3f,%.3f,%.1f,%d\n", s.name, s.storeTriples, target, query, c,
                st.requests(), st.errors(), st.seconds(), st.p50(), st.p95(), st.p99(), st.max(), st.throughput(), rows));
    }

    // ---- plot

    /**
     * Draws the plot again from {@code docs/benchmarks.csv} (after a change to the drawing, without
     * running the benchmark): {@code java -cp <test classpath> org.geoclaims.bench.Report docs}.
     */
    public static void main(String[] args) throws IOException {
        Path docs = Path.of(args.length > 0 ? args[0] : "docs");
        Results r = new Results();
        List<String> lines = Files.readAllLines(docs.resolve("benchmarks.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            Results.SizeResult s = size(r, f[0]);
            if (s == null) {
                s = new Results.SizeResult();
                s.name = f[0];
                s.storeTriples = Long.parseLong(f[1]);
                r.sizes.add(s);
            }
            int c = Integer.parseInt(f[4]);
            long requests = Long.parseLong(f[5]), errors = Long.parseLong(f[6]);
            LoadDriver.Stats st = new LoadDriver.Stats(c, requests, errors, Double.parseDouble(f[7]), Double.parseDouble(f[8]),
                    Double.parseDouble(f[9]), Double.parseDouble(f[10]), Double.parseDouble(f[11]), Double.parseDouble(f[12]), 0);
            if (f[2].equals("ping")) { s.ping.put(c, st); continue; }
            Results.QueryResult q = query(s, f[3]);
            if (q == null) {
                q = new Results.QueryResult();
                q.name = f[3];
                s.queries.add(q);
            }
            (f[2].equals("geoclaims") ? q.geoclaims : q.stock).put(c, st);
        }
        plot(r, docs.resolve("benchmarks-latency.png"));
    }

    static void plot(Results r, Path png) throws IOException {
        XYChart p50 = chart("p50 latency, 1 client", "ms");
        XYChart p99 = chart("p99 latency, 8 clients", "ms");
        List<String> names = new ArrayList<>();
        for (Results.QueryResult q : r.sizes.get(0).queries) names.add(q.name);
        for (String name : names) {
            List<Double> x = new ArrayList<>(), y50 = new ArrayList<>(), y99 = new ArrayList<>();
            for (Results.SizeResult s : r.sizes) {
                Results.QueryResult q = query(s, name);
                if (q == null || !q.geoclaims.containsKey(1)) continue;
                x.add((double) s.storeTriples);
                y50.add(Math.max(0.01, q.geoclaims.get(1).p50()));
                y99.add(Math.max(0.01, q.geoclaims.getOrDefault(8, q.geoclaims.get(1)).p99()));
            }
            if (x.isEmpty()) continue;
            XYSeries a = p50.addSeries(name, x, y50);
            a.setMarker(SeriesMarkers.CIRCLE);
            XYSeries c = p99.addSeries(name, x, y99);
            c.setMarker(SeriesMarkers.CIRCLE);
        }
        List<Double> x = new ArrayList<>(), ping = new ArrayList<>(), ping8 = new ArrayList<>();
        for (Results.SizeResult s : r.sizes) {
            if (!s.ping.containsKey(1)) continue;
            x.add((double) s.storeTriples);
            ping.add(Math.max(0.01, s.ping.get(1).p50()));
            ping8.add(Math.max(0.01, s.ping.getOrDefault(8, s.ping.get(1)).p99()));
        }
        if (!x.isEmpty()) {
            XYSeries a = p50.addSeries("/$/ping (floor)", x, ping);
            a.setLineColor(Color.GRAY);
            a.setMarkerColor(Color.GRAY);
            a.setMarker(SeriesMarkers.NONE);
            XYSeries c = p99.addSeries("/$/ping (floor)", x, ping8);
            c.setLineColor(Color.GRAY);
            c.setMarkerColor(Color.GRAY);
            c.setMarker(SeriesMarkers.NONE);
        }
        BufferedImage left = BitmapEncoder.getBufferedImage(p50);
        BufferedImage right = BitmapEncoder.getBufferedImage(p99);
        BufferedImage both = new BufferedImage(left.getWidth() + right.getWidth(), Math.max(left.getHeight(), right.getHeight()),
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = both.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, both.getWidth(), both.getHeight());
        g.drawImage(left, 0, 0, null);
        g.drawImage(right, left.getWidth(), 0, null);
        g.dispose();
        try {
            ImageIO.write(both, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XYChart chart(String title, String yUnit) {
        XYChart c = new XYChartBuilder().width(1050).height(600).title(title).xAxisTitle("triples in the store (log)")
                .yAxisTitle(yUnit + " (log)").build();
        c.getStyler().setXAxisLogarithmic(true);
        c.getStyler().setYAxisLogarithmic(true);
        c.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
        c.getStyler().setLegendLayout(Styler.LegendLayout.Vertical);
        c.getStyler().setChartBackgroundColor(Color.WHITE);
        c.getStyler().setPlotGridLinesVisible(true);
        c.getStyler().setXAxisDecimalPattern("#,###");
        return c;
    }
}
