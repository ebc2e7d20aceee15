package org.geoclaims.store;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.geoclaims.InputException;

/**
 * Bulk loading into a TDB2 store with Jena's own loaders. Triples of Turtle and N-Triples files go
 * to one named graph (the default graph is the read-only union); TriG and N-Quads keep their
 * graphs. Every file is checked by parsing it before the store is touched, so a bad file leaves
 * the store as it was.
 */
public final class BulkLoad {
    private BulkLoad() {}

    /**
     * Jena's TDB2 loaders. They differ in how many threads build the indexes: PARALLEL (every
     * index at once, 5+ threads), PHASED (the primary indexes, then the others), LIGHT and
     * MINIMAL (phased plans with fewer threads), SEQUENTIAL (one thread, one index at a time),
     * BASIC (a plain transaction). On a 2-core machine (docs/benchmarks.md) SEQUENTIAL is as fast
     * as any and needs a fraction of the memory of the multi-threaded ones (1.4 GB against 5 GB at
     * 1M triples), so it is the default of {@code geoclaims load}.
     */
    public enum Loader { PARALLEL, PHASED, LIGHT, MINIMAL, SEQUENTIAL, BASIC }

    /**
     * @param triples   triples and quads loaded (counted as they were parsed)
     * @param seconds   wall time of the load (parsing included; the check by parsing first is not)
     * @param diskBytes bytes the store folder takes on disk afterwards (allocated blocks; TDB2's
     *                  files are sparse, their lengths are larger)
     */
    public record Result(long triples, double seconds, long diskBytes) {
        public double triplesPerSecond() { return triples / Math.max(seconds, 1e-9); }
        public double bytesPerTriple(long totalTriples) { return diskBytes / (double) Math.max(totalTriples, 1); }
    }

    /**
     * Loads files into the TDB2 store in {@code dir}: quads of TriG and N-Quads files into their
     * graphs, triples (of any file) into {@code graph}. With {@code validateFirst}, every file is
     * parsed once before the store is opened, so a bad file leaves the store untouched; without
     * it a bad file aborts the load's transaction.
     */
    public static Result load(Path dir, List<Path> files, Node graph, Loader kind, boolean validateFirst, PrintStream progress) {
        for (Path f : files) {
            if (!Files.isRegularFile(f))
                throw new InputException(f, -1, -1, Files.isDirectory(f) ? "a folder, not a file" : "no such file",
                        "Give RDF files (.ttl, .trig, .nt, .nq) to load.");
            if (RdfFiles.langOf(f).isEmpty())
                throw new InputException(f, -1, -1, "not an RDF file (expected .ttl, .trig, .nt or .nq)",
                        "Rename the file with the extension of its syntax.");
        }
        if (validateFirst)
            for (Path f : files) RdfLoader.parseInto(f, graph, org.apache.jena.riot.system.StreamRDFLib.sinkNull());
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        MonitorOutput output = (fmt, args) -> progress.println(String.format(Locale.ROOT, fmt, args));
        // The loaders are given the dataset, not a graph: a loader made for one graph drops the
        // quads of TriG files. Triples outside a named graph are sent to `graph` as quads.
        DataLoader loader = switch (kind) {
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, output);
            case PHASED -> LoaderFactory.phasedLoader(dsg, output);
            case LIGHT -> LoaderFactory.createLoader(LoaderPlans.loaderPlanLight, dsg, output);
            case MINIMAL -> LoaderFactory.createLoader(LoaderPlans.loaderPlanMinimal, dsg, output);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, output);
            case BASIC -> LoaderFactory.basicLoader(dsg, output);
        };
        long t0 = System.nanoTime();
        long[] count = {0};
        try {
            loader.startBulk();
            // Jena's loaders report their index phases, not the data phase: report it here.
            StreamRDF counting = new StreamRDFWrapper(loader.stream()) {
                @Override public void quad(Quad q) { other.quad(q); tick(); }
                @Override public void triple(Triple t) { other.triple(t); tick(); }
                private void tick() {
                    if (++count[0] % PROGRESS_EVERY == 0) progress(progress, "", count[0], t0);
                }
            };
            for (Path f : files) RdfLoader.parseIntoAsync(f, graph, counting);
            progress(progress, " read; building the indexes", count[0], t0);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        } finally {
            TDBInternal.expel(dsg);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(count[0], seconds, allocatedBytes(dir));
    }

    /** Triples between two progress lines of the data phase. */
    static final long PROGRESS_EVERY = 100_000;

    private static void progress(PrintStream out, String what, long triples, long t0) {
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.println(String.format(Locale.ROOT, "geoclaims: %,d triples%s: %,.0f triples/s, %.1f s elapsed",
                triples, what, triples / Math.max(seconds, 1e-9), seconds));
    }

    /** Bytes the folder takes on disk (allocated blocks, from {@code du}); its files' lengths where du is missing. */
    public static long allocatedBytes(Path dir) {
        try {
            Process p = new ProcessBuilder("du", "-sk", dir.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
            if (p.waitFor() == 0 && out.matches("(?s)[0-9]+\\s.*")) return Long.parseLong(out.split("\\s")[0]) * 1024;
        } catch (IOException e) {
            // no du here: fall back to the files' lengths
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sizeOf(dir);
    }

    public static long sizeOf(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
