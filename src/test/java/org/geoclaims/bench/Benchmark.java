package org.geoclaims.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.expr.E_Bound;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction1;
import org.apache.jena.sparql.expr.ExprTransform;
import org.apache.jena.sparql.expr.ExprTransformCopy;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpBGP;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.geoclaims.api.ParamType;
import org.geoclaims.api.QueryCatalog;
import org.geoclaims.api.QueryParameter;
import org.geoclaims.api.QueryTemplate;
import org.geoclaims.generate.SyntheticData;
import org.geoclaims.server.RunningServer;
import org.geoclaims.server.ServerLayers;
import org.geoclaims.store.KnowledgeGraphStore;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geoclaims.server.ServerSettings;
import org.geoclaims.store.BulkLoad;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.store.RdfFiles;
import org.geoclaims.store.RdfLoader;

/**
 * The geoclaims benchmark: at the real data size and at synthetic sizes, bulk-load rate and bytes
 * per triple, start times of {@code serve --tdb}, latency and throughput of every canned query
 * through {@code /api/queries/{name}} against the same SPARQL sent to a stock Fuseki serving the
 * same store, the HTTP floor ({@code /$/ping}), cold start of {@code java -jar} to the first
 * answer and its heap. Writes {@code docs/benchmarks.md}, {@code docs/benchmarks-latency.png} and
 * {@code docs/benchmarks.csv}.
 *
 * <p>Run with {@code mvn -o -q -Pbench -DskipTests verify} (see docs/benchmarks.md); options
 * pass through {@code -Dbench.args="..."}: {@code --sizes real,100k,1M,10M}, {@code --queries DIR},
 * {@code --seconds 3}, {@code --loader sequential}, {@code --no-loader-comparison}, {@code --keep}.
 */
public final class Benchmark {
    private static final PrintStream LOG = System.out;

    record Size(String name, long triples) {}

    private final Path repo;
    private final Path work;
    private final Path docs;
    private final List<Size> sizes = new ArrayList<>();
    private Path queriesDir;
    private long seed = 1;
    private double seconds = 2;
    private int maxRequests = 3_000;
    private BulkLoad.Loader loader = BulkLoad.Loader.SEQUENTIAL;
    private boolean compareLoaders = true;
    private boolean keep;
    /** The point and one-hop lookups among the canned queries: from one IRI, a fixed number of hops. */
    private List<String> pointQueries = List.of("entity-profile", "evidence-for", "recognition-of", "not-recognised-by");
    private int coldStarts = 3;
    private final int[] clients = {1, 8};

    private final Results results = new Results();
    private final java.util.Set<String> timedOut = new java.util.TreeSet<>();
    private boolean keepThis;
    private int projectGraphs;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private Benchmark(Path repo) {
        this.repo = repo;
        this.work = repo.resolve("target/bench");
        this.docs = repo.resolve("docs");
    }

    public static void main(String[] args) throws Exception {
        Benchmark b = new Benchmark(Path.of("").toAbsolutePath());
        b.parse(args);
        b.run(String.join(" ", args));
        System.exit(0);
    }

    private void parse(String[] args) {
        String sizeList = "real,100k,1M,10M";
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sizes" -> sizeList = args[++i];
                case "--queries" -> queriesDir = Path.of(args[++i]).toAbsolutePath();
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                case "--max-requests" -> maxRequests = Integer.parseInt(args[++i]);
                case "--loader" -> loader = BulkLoad.Loader.valueOf(args[++i].toUpperCase(Locale.ROOT));
                case "--no-loader-comparison" -> compareLoaders = false;
                case "--cold-starts" -> coldStarts = Integer.parseInt(args[++i]);
                case "--keep" -> keep = true;
                case "--point" -> pointQueries = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        for (String s : sizeList.split(",")) sizes.add(new Size(s.trim(), parseSize(s.trim())));
    }

    static long parseSize(String s) {
        if (s.equals("real")) return 0;
        String n = s.toLowerCase(Locale.ROOT);
        long mult = n.endsWith("k") ? 1_000 : n.endsWith("m") ? 1_000_000 : 1;
        if (mult > 1) n = n.substring(0, n.length() - 1);
        return (long) (Double.parseDouble(n) * mult);
    }

    private void run(String argLine) throws Exception {
        long t0 = System.nanoTime();
        results.command = "mvn -o -q -Pbench -DskipTests verify" + (argLine.isBlank() ? "" : " -Dbench.args=\"" + argLine + "\"");
        results.loadAverageStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        describeMachine();
        Files.createDirectories(work);
        ProjectLayout project = prepareProject();
        QueryCatalog catalog = QueryCatalog.load(project.queriesDir());
        LOG.printf("bench: %d canned queries from %s%n", catalog.all().size(), queriesDir);
        for (QueryTemplate t : catalog.all()) if (pointQueries.contains(t.name())) results.pointQueries.add(t.name());
        if (results.pointQueries.isEmpty())
            for (QueryTemplate t : catalog.all()) if (isPointQuery(t)) results.pointQueries.add(t.name());
        long realTriples = countTriples(RdfFiles.projectFiles(project));
        projectGraphs = graphsOf(project);
        results.settings.put("real data + ontology", String.format(Locale.ROOT, "%,d triples (%s)", realTriples,
                String.join(", ", RdfFiles.projectFiles(project).stream().map(p -> project.root().relativize(p).toString()).toList())));

        // Cold starts first: after the 10M store the machine is still writing it back and
        // collecting the benchmark's garbage, which doubled the figures in an earlier run.
        measureColdStart(project, catalog, "java -jar", List.of(), coldStarts);
        // What a class-data-sharing archive of the started server would give (JVM flags, not geoclaims code)
        Path jsa = work.resolve("geoclaims.jsa");
        Files.deleteIfExists(jsa);
        measureColdStart(project, catalog, null, List.of("-XX:ArchiveClassesAtExit=" + jsa), 1);
        if (Files.isRegularFile(jsa)) {
            measureColdStart(project, catalog, "java -XX:SharedArchiveFile -jar", List.of("-XX:SharedArchiveFile=" + jsa), coldStarts);
            measureColdStart(project, catalog, "java -XX:SharedArchiveFile -XX:TieredStopAtLevel=1 -jar",
                    List.of("-XX:SharedArchiveFile=" + jsa, "-XX:TieredStopAtLevel=1"), coldStarts);
        }

        if (compareLoaders) compareLoaders(project, realTriples);
        for (Size size : sizes) results.sizes.add(measureSize(project, catalog, size, realTriples));

        results.loadAverageEnd = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        results.wallSeconds = (System.nanoTime() - t0) / 1e9;
        Report.write(results, docs);
        LOG.printf("bench: done in %.1f min; wrote docs/benchmarks.md, docs/benchmarks-latency.png, docs/benchmarks.csv%n",
                results.wallSeconds / 60);
    }

    // ---- machine and settings

    private void describeMachine() {
        String cpu = "unknown";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo")))
                if (line.startsWith("model name")) { cpu = line.substring(line.indexOf(':') + 1).trim(); break; }
        } catch (IOException ignored) { /* not Linux */ }
        String ram = "unknown";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo")))
                if (line.startsWith("MemTotal")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    ram = String.format(Locale.ROOT, "%.1f GiB", kb / 1024.0 / 1024.0);
                    break;
                }
        } catch (IOException ignored) { /* not Linux */ }
        results.machine.put("CPU", cpu);
        results.machine.put("cores", Integer.toString(Runtime.getRuntime().availableProcessors()));
        results.machine.put("RAM", ram);
        results.machine.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        results.machine.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        results.machine.put("JVM options (benchmark)", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
        results.machine.put("Jena", org.apache.jena.Jena.VERSION);
        results.machine.put("date", ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        results.settings.put("sizes", String.join(", ", sizes.stream().map(Size::name).toList()));
        results.settings.put("synthetic data", "geoclaims generate --seed " + seed + " (size minus the real data and ontology)");
        results.settings.put("loader", "geoclaims load --loader " + loader.name().toLowerCase(Locale.ROOT) + " (parse check first, as by default)");
        results.settings.put("measurement per query, target and client count",
                String.format(Locale.ROOT, "closed loop, %.1f s or %,d requests (at least 20, unless that takes over 20 s), after warm-up", seconds, maxRequests));
        results.settings.put("clients", "1 and 8 concurrent (java.net.http, HTTP/1.1 keep-alive), in the benchmark JVM");
        results.settings.put("server settings", "defaults of geoclaims serve: read-only, --timeout 10s, --max-rows 10000");
        results.settings.put("order", "cold starts first (quiet machine, small benchmark heap), then each size: load, first and second start, "
                + "`sync` and a full GC (the load's dirty pages and garbage must not weigh on the measurements), then the queries");
    }

    // ---- the project served: the repository's ontology and data, and the canned queries

    private ProjectLayout prepareProject() throws IOException {
        Path root = work.resolve("project");
        deleteTree(root);
        Files.createDirectories(root.resolve("ontology"));
        Files.createDirectories(root.resolve("data"));
        Files.createDirectories(root.resolve("queries"));
        try (Stream<Path> s = Files.list(repo.resolve("ontology"))) {
            for (Path p : (Iterable<Path>) s::iterator) if (Files.isRegularFile(p)) Files.copy(p, root.resolve("ontology").resolve(p.getFileName()));
        }
        try (Stream<Path> s = Files.list(repo.resolve("data"))) {
            for (Path p : (Iterable<Path>) s::iterator) if (Files.isRegularFile(p)) Files.copy(p, root.resolve("data").resolve(p.getFileName()));
        }
        if (queriesDir == null) {
            queriesDir = repo.resolve("queries");
            if (QueryCatalog.load(queriesDir).isEmpty()) {
                queriesDir = repo.resolve("src/test/resources/projects/linked/queries");
                results.notes.add("queries/ held no canned queries when this ran: the fixture queries of "
                        + "src/test/resources/projects/linked/queries were measured instead.");
            }
        }
        try (Stream<Path> s = Files.list(queriesDir)) {
            for (Path p : (Iterable<Path>) s::iterator) if (p.toString().endsWith(".rq")) Files.copy(p, root.resolve("queries").resolve(p.getFileName()));
        }
        results.settings.put("canned queries", repo.relativize(queriesDir).toString());
        return ProjectLayout.at(root);
    }

    private static long countTriples(List<Path> files) {
        long[] n = {0};
        for (Path f : files)
            RdfLoader.parseInto(f, org.apache.jena.graph.NodeFactory.createURI("urn:x"), new org.apache.jena.riot.system.StreamRDFBase() {
                @Override public void quad(org.apache.jena.sparql.core.Quad q) { n[0]++; }
                @Override public void triple(org.apache.jena.graph.Triple t) { n[0]++; }
            });
        return n[0];
    }

    private static int graphsOf(ProjectLayout project) {
        var dsg = RdfLoader.parseAll(project, RdfFiles.projectFiles(project));
        return dsg.calculateRead(() -> {
            int n = 0;
            for (var it = dsg.listGraphNodes(); it.hasNext(); it.next()) n++;
            return n;
        });
    }

    /** Point or one-hop: a bound IRI parameter and at most three triple patterns, no property path. */
    static boolean isPointQuery(QueryTemplate t) {
        boolean iri = t.params().stream().map(QueryParameter::type).anyMatch(ParamType.IRI::equals);
        if (!iri) return false;
        Op op = Algebra.compile(t.bind(t.exampleValues()));
        int[] patterns = {0};
        boolean[] path = {false};
        OpWalker.walk(op, new OpVisitorBase() {
            @Override public void visit(OpBGP bgp) { patterns[0] += bgp.getPattern().size(); }
            @Override public void visit(OpPath p) { path[0] = true; }
        });
        return patterns[0] <= 3 && !path[0];
    }

    // ---- synthetic data and loading

    private Path synthetic(long triples) {
        Path file = work.resolve("syn-" + triples + "-seed" + seed + ".trig");
        if (Files.isRegularFile(file)) return file;
        LOG.printf("bench: generating %,d synthetic triples%n", triples);
        SyntheticData.write(triples, seed, file);
        return file;
    }

    /** Loads the project files and the synthetic file: the way `geoclaims load` would, file graphs as `serve` names them. */
    private BulkLoad.Result load(ProjectLayout project, Path tdb, Path syntheticFile, BulkLoad.Loader kind, boolean validate,
                                 double[] validateSeconds) {
        deleteTree(tdb);
        List<Path> quadFiles = new ArrayList<>();
        long small = 0;
        for (Path f : RdfFiles.projectFiles(project)) {
            if (f.toString().endsWith(".trig") || f.toString().endsWith(".nq")) quadFiles.add(f);
            else small += BulkLoad.load(tdb, List.of(f), RdfLoader.graphFor(project, f), kind, validate, nullStream()).triples();
        }
        if (syntheticFile != null) quadFiles.add(syntheticFile);
        long t0 = System.nanoTime();
        BulkLoad.Result r = BulkLoad.load(tdb, quadFiles, org.apache.jena.graph.NodeFactory.createURI("urn:unused"), kind, validate, nullStream());
        double total = (System.nanoTime() - t0) / 1e9;
        if (validateSeconds != null) validateSeconds[0] = total - r.seconds();
        return new BulkLoad.Result(r.triples() + small, r.seconds(), BulkLoad.allocatedBytes(tdb));
    }

    private void compareLoaders(ProjectLayout project, long realTriples) {
        long target = 1_000_000;
        Path syn = synthetic(target - realTriples);
        for (BulkLoad.Loader kind : BulkLoad.Loader.values()) {
            LOG.printf("bench: loader %s at 1M%n", kind);
            Path tdb = work.resolve("tdb-loader-" + kind.name().toLowerCase(Locale.ROOT));
            System.gc();
            BulkLoad.Result r = load(project, tdb, syn, kind, false, null);
            results.loaders.add(new Results.LoaderRun(kind.name().toLowerCase(Locale.ROOT), r.triples(), r.seconds(), r.diskBytes()));
            deleteTree(tdb);
        }
    }

    // ---- one size

    /** Waits until the store written by the load is on disk ({@code sync}) and collects the load's garbage. */
    private static void settle() throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        try {
            new ProcessBuilder("sync").inheritIO().start().waitFor();
        } catch (IOException noSync) {
            LOG.println("bench: no sync command: " + noSync.getMessage());
        }
        System.gc();
        LOG.printf(Locale.ROOT, "bench: settled in %.1f s (sync, full GC)%n", (System.nanoTime() - t0) / 1e9);
    }

    private Results.SizeResult measureSize(ProjectLayout project, QueryCatalog catalog, Size size, long realTriples) throws Exception {
        Results.SizeResult r = new Results.SizeResult();
        r.name = size.name();
        r.targetTriples = size.triples() == 0 ? realTriples : size.triples();
        r.loader = loader.name().toLowerCase(Locale.ROOT);
        Path syn = null;
        if (size.triples() > realTriples) {
            long t0 = System.nanoTime();
            syn = synthetic(size.triples() - realTriples);
            r.generateSeconds = (System.nanoTime() - t0) / 1e9;
        }
        LOG.printf("bench: %s: loading%n", size.name());
        Path tdb = work.resolve("tdb-" + size.name());
        double[] validate = {0};
        System.gc();
        BulkLoad.Result loaded = load(project, tdb, syn, loader, true, validate);
        r.validateSeconds = validate[0];
        r.loadSeconds = loaded.seconds();
        r.loadedTriples = loaded.triples();
        r.allocatedBytes = loaded.diskBytes();
        r.apparentBytes = BulkLoad.sizeOf(tdb);

        ServerSettings settings = ServerSettings.defaults().withPort(0);
        LOG.printf("bench: %s: first start of serve --tdb (project files, text index)%n", size.name());
        long t0 = System.nanoTime();
        RunningServer first = RunningServer.start(project, settings, tdb);
        r.firstStartSeconds = (System.nanoTime() - t0) / 1e9;
        first.close();
        t0 = System.nanoTime();
        KnowledgeGraphStore.Opened opened = KnowledgeGraphStore.onDisk(tdb, project, RdfFiles.projectFiles(project));
        ServerSettings withState = settings.withStateDir(Files.createTempDirectory(work, "fuseki-state-"));
        RunningServer server = RunningServer.start(opened, withState,
                ServerLayers.all(project, withState, opened.dataset(), System.currentTimeMillis() + "-" + opened.summary().quads()), true);
        r.reuseStartSeconds = (System.nanoTime() - t0) / 1e9;
        r.storeTriples = server.summary().quads();
        r.syntheticDocuments = server.summary().graphs() - projectGraphs;
        r.allocatedBytes = BulkLoad.allocatedBytes(tdb);
        r.apparentBytes = BulkLoad.sizeOf(tdb);
        LOG.println("bench: " + server.startupLine());
        settle();

        FusekiServer stock = FusekiServer.create().port(0).loopback(true).fusekiModules(FusekiModules.create(List.of()))
                .add("/ds", server.dataset()).build().start();
        try {
            String api = server.baseUrl();
            String stockQuery = "http://127.0.0.1:" + stock.getHttpPort() + "/ds/query";
            HttpRequest ping = HttpRequest.newBuilder(URI.create(api + "/$/ping")).GET().build();
            List<QueryTemplate> templates = new ArrayList<>(catalog.all());
            List<HttpRequest[]> requests = new ArrayList<>();
            for (QueryTemplate t : templates) {
                Results.QueryResult q = new Results.QueryResult();
                q.name = t.name();
                Query bound = t.bind(t.exampleValues());
                q.sparql = sparqlText(bound);
                HttpRequest a = HttpRequest.newBuilder(URI.create(api + apiPath(t)))
                        .header("Accept", "application/sparql-results+json").GET().build();
                HttpRequest s = stockRequest(stockQuery, q.sparql);
                r.queries.add(q);
                requests.add(new HttpRequest[] {a, s});
                if (timedOut.contains(t.name())) continue;
                q.rowsGeoclaims = rows(a, t.isAsk());
                q.rowsStock = rows(s, t.isAsk());
                if (q.rowsGeoclaims == -503 || q.rowsStock == -503) {
                    // Over the server's timeout: measured no further, here or at larger sizes (each
                    // request would leave a cancelled query running on and skew what comes next).
                    timedOut.add(t.name());
                    LOG.printf("bench: %s: %s is over the 10 s timeout; not measured at this size or larger ones%n", size.name(), t.name());
                    drain(opened.base(), Duration.ofMinutes(3));
                }
            }
            // Warm-up: the JIT, the store's caches, connections.
            LOG.printf("bench: %s: warm-up%n", size.name());
            LoadDriver.run(http, ping, 2, Duration.ofMillis(500), 200, 5_000, Duration.ofSeconds(5));
            for (int i = 0; i < requests.size(); i++)
                if (!timedOut.contains(templates.get(i).name()))
                    for (HttpRequest req : requests.get(i)) LoadDriver.run(http, req, 2, Duration.ofMillis(700), 4, 500, Duration.ofSeconds(12));
            for (int c : clients) {
                LOG.printf("bench: %s: %d client(s)%n", size.name(), c);
                r.ping.put(c, measure(ping, c));
                for (int i = 0; i < templates.size(); i++) {
                    Results.QueryResult q = r.queries.get(i);
                    HttpRequest[] pair = requests.get(i);
                    if (timedOut.contains(q.name)) continue;
                    // alternate which target goes first, so that drift does not favour one
                    if (i % 2 == 0) {
                        q.geoclaims.put(c, measure(pair[0], c));
                        q.stock.put(c, measure(pair[1], c));
                    } else {
                        q.stock.put(c, measure(pair[1], c));
                        q.geoclaims.put(c, measure(pair[0], c));
                    }
                    LOG.printf(Locale.ROOT, "bench: %s %-40s c=%d geoclaims p50 %.2f p99 %.2f ms | stock p50 %.2f p99 %.2f ms%n",
                            size.name(), q.name, c, q.geoclaims.get(c).p50(), q.geoclaims.get(c).p99(),
                            q.stock.get(c).p50(), q.stock.get(c).p99());
                    if (q.geoclaims.get(c).errors() + q.stock.get(c).errors() > 0) drain(opened.base(), Duration.ofMinutes(2));
                }
            }
        } finally {
            stock.stop();
            server.fuseki().stop();
            drain(opened.base(), Duration.ofMinutes(5));
            try {
                server.close();
            } catch (RuntimeException e) {
                LOG.println("bench: the store could not be closed (" + e.getMessage() + "); it is left open");
                keepThis = true;
            }
        }
        if (!keep && !keepThis) deleteTree(tdb);
        keepThis = false;
        return r;
    }

    /** Waits until no transaction is active on the store: cancelled queries run on until they notice. */
    private static void drain(org.apache.jena.sparql.core.DatasetGraph base, Duration max) throws InterruptedException {
        var coordinator = TDBInternal.getTransactionCoordinator(base);
        long deadline = System.nanoTime() + max.toNanos();
        long t0 = System.nanoTime();
        while (coordinator.countActive() > 0 && System.nanoTime() < deadline) Thread.sleep(100);
        double waited = (System.nanoTime() - t0) / 1e9;
        if (waited > 1) LOG.printf(Locale.ROOT, "bench: waited %.0f s for cancelled queries to end (%d still active)%n", waited, coordinator.countActive());
    }

    private LoadDriver.Stats measure(HttpRequest req, int c) throws InterruptedException {
        // At least 20 requests, unless they are so slow (near the 10 s timeout) that 20 s is over first.
        return LoadDriver.run(http, req, c, Duration.ofMillis((long) (seconds * 1000)), 20, maxRequests, Duration.ofSeconds(20));
    }

    /**
     * The bound query as SPARQL text for the stock server. Binding a parameter that a query tests
     * with {@code BOUND(?_x)} leaves {@code BOUND(<iri>)}, which the algebra evaluates (true) but
     * the grammar does not accept: it is written {@code true}, the rest as bound.
     */
    static String sparqlText(Query bound) {
        ExprTransform fixBound = new ExprTransformCopy() {
            @Override public Expr transform(ExprFunction1 func, Expr arg) {
                if (func instanceof E_Bound && arg.isConstant()) return NodeValue.TRUE;
                return super.transform(func, arg);
            }
        };
        String text = QueryTransformOps.transform(bound, new ElementTransformCopyBase(), fixBound).toString();
        QueryFactory.create(text);   // fails here, not at the stock server, if it is not SPARQL
        return text;
    }

    static String apiPath(QueryTemplate t) {
        StringBuilder sb = new StringBuilder("/api/queries/").append(t.name());
        char sep = '?';
        for (Map.Entry<String, String> e : t.exampleValues().entrySet()) {
            sb.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return sb.toString();
    }

    private static HttpRequest stockRequest(String endpoint, String sparql) {
        String url = endpoint + "?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8);
        if (url.length() < 6_000)
            return HttpRequest.newBuilder(URI.create(url)).header("Accept", "application/sparql-results+json").GET().build();
        return HttpRequest.newBuilder(URI.create(endpoint)).header("Accept", "application/sparql-results+json")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8))).build();
    }

    /** Rows in a SPARQL JSON answer (1 for ASK), or -status for an error. */
    private long rows(HttpRequest req, boolean ask) throws IOException, InterruptedException {
        HttpResponse<byte[]> resp = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
        if (resp.statusCode() != 200) return -resp.statusCode();
        if (ask) return 1;
        var rs = ResultSetMgr.read(new ByteArrayInputStream(resp.body()), ResultSetLang.RS_JSON);
        long n = 0;
        while (rs.hasNext()) { rs.next(); n++; }
        return n;
    }

    // ---- cold start of a separate JVM at the real data size

    /** @param variant the name in the report, or null for a start that is not reported (making the archive) */
    private void measureColdStart(ProjectLayout project, QueryCatalog catalog, String variant, List<String> jvmFlags, int runs)
            throws Exception {
        Path jar = repo.resolve("target/geoclaims.jar");
        if (!Files.isRegularFile(jar)) {
            results.notes.add("target/geoclaims.jar was missing: no cold-start figure (run through mvn -Pbench verify).");
            return;
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        QueryTemplate first = catalog.all().stream().findFirst().orElse(null);
        for (int i = 0; i < runs; i++) {
            int port;
            try (ServerSocket s = new ServerSocket(0)) { port = s.getLocalPort(); }
            String base = "http://127.0.0.1:" + port;
            HttpRequest ping = HttpRequest.newBuilder(URI.create(base + "/$/ping")).timeout(Duration.ofSeconds(2)).GET().build();
            HttpRequest answer = first == null ? ping
                    : HttpRequest.newBuilder(URI.create(base + apiPath(first))).timeout(Duration.ofSeconds(10)).GET().build();
            List<String> cmd = new ArrayList<>(List.of(java));
            cmd.addAll(jvmFlags);
            cmd.addAll(List.of("-jar", jar.toString(), "serve", "--dir", project.root().toString(), "--port", Integer.toString(port)));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(work.resolve("cold-start.log").toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            try {
                double toPing = -1;
                double toAnswer = -1;
                long deadline = t0 + Duration.ofSeconds(60).toNanos();
                while (System.nanoTime() < deadline && p.isAlive()) {
                    try {
                        if (toPing < 0 && http.send(ping, HttpResponse.BodyHandlers.discarding()).statusCode() == 200)
                            toPing = (System.nanoTime() - t0) / 1e6;
                        if (toPing >= 0 && http.send(answer, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                            toAnswer = (System.nanoTime() - t0) / 1e6;
                            break;
                        }
                    } catch (IOException notYet) {
                        Thread.sleep(10);
                    }
                }
                long heap = variant == null ? -1 : heapAfterGc(p.pid());
                if (variant != null)
                    results.coldStarts.add(new Results.ColdStart(variant, toPing, toAnswer, heap, first == null ? "/$/ping" : first.name()));
                LOG.printf(Locale.ROOT, "bench: cold start (%s) %d: ping %.0f ms, first answer %.0f ms, heap after GC %,d bytes%n",
                        variant == null ? "making the CDS archive" : variant, i + 1, toPing, toAnswer, heap);
            } finally {
                p.destroy();
                p.waitFor();
            }
        }
    }

    /** Used heap after a full GC, from jcmd; -1 when jcmd is not there. */
    private static long heapAfterGc(long pid) {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        if (!Files.isExecutable(jcmd)) return -1;
        try {
            run(jcmd.toString(), Long.toString(pid), "GC.run");
            String info = run(jcmd.toString(), Long.toString(pid), "GC.heap_info");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("used (\\d+)K").matcher(info);
            return m.find() ? Long.parseLong(m.group(1)) * 1024 : -1;
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private static String run(String... cmd) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }

    // ---- files

    private static PrintStream nullStream() {
        return new PrintStream(java.io.OutputStream.nullOutputStream());
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
