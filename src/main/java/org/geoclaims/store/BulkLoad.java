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
import org.apache.jena.riot.RiotException;
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

    /** Jena's TDB2 loaders: how many threads they use differs. */
    public enum Loader { PARALLEL, PHASED, SEQUENTIAL, BASIC }

    /**
     * @param triples   triples loaded
     * @param seconds   wall time of the load
     * @param diskBytes size of the store folder afterwards
     */
    public record Result(long triples, double seconds, long diskBytes) {
        public double triplesPerSecond() { return triples / Math.max(seconds, 1e-9); }
        public double bytesPerTriple(long totalTriples) { return diskBytes / (double) Math.max(totalTriples, 1); }
    }

    public static Result load(Path dir, List<Path> files, Node graph, Loader kind, boolean validateFirst, PrintStream progress) {
        for (Path f : files) {
            if (!Files.isRegularFile(f))
                throw new InputException(f, -1, -1, Files.isDirectory(f) ? "a folder, not a file" : "no such file",
                        "Give RDF files (.ttl, .trig, .nt, .nq) to load.");
            if (RdfFiles.langOf(f).isEmpty())
                throw new InputException(f, -1, -1, "not an RDF file (expected .ttl, .trig, .nt or .nq)",
                        "Rename the file with the extension of its syntax.");
            if (validateFirst) RdfLoader.parseInto(f, graph, org.apache.jena.riot.system.StreamRDFLib.sinkNull());
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        MonitorOutput output = (fmt, args) -> progress.println(String.format(Locale.ROOT, fmt, args));
        DataLoader loader = switch (kind) {
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, graph, output);
            case PHASED -> LoaderFactory.phasedLoader(dsg, graph, output);
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, graph, output);
            case BASIC -> LoaderFactory.basicLoader(dsg, graph, output);
        };
        long t0 = System.nanoTime();
        try {
            loader.startBulk();
            loader.load(files.stream().map(Path::toString).toList());
            loader.finishBulk();
        } catch (RiotException e) {
            loader.finishException(e);
            throw new InputException(null, -1, -1, e.getMessage(), "Fix the file; the load was abandoned.");
        } finally {
            TDBInternal.expel(dsg);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Result(loader.countTriples() + loader.countQuads(), seconds, sizeOf(dir));
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
