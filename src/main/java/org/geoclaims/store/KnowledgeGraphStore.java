package org.geoclaims.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Opens the dataset geoclaims serves and fills it from the project's RDF files.
 *
 * <p>Both modes are TDB2 datasets whose default graph is the union of the named graphs: the
 * default mode keeps TDB2 in memory; {@code --tdb DIR} keeps it on disk. On disk, the store
 * records which files (by SHA-256) it was built from in {@value #MANIFEST}. At the next start
 * it is reused when the files are the same; when any file was added, removed or changed, every
 * graph that came from the files is dropped and all files are loaded again, in one transaction.
 * Graphs that did not come from project files (written by {@code load} or by SPARQL Update) are
 * kept.
 */
public final class KnowledgeGraphStore {
    private KnowledgeGraphStore() {}

    public static final String MANIFEST = "geoclaims-files.tsv";
    /** The Lucene index of the free-text search, inside the TDB2 folder. */
    public static final String TEXT_INDEX = "text-index";

    /** What was loaded: for the startup line. */
    public record Summary(long quads, int graphs, boolean reused) {}

    /**
     * A store and what it holds. {@code dataset} is what is served (with the text index);
     * {@code base} is the TDB2 dataset under it. Closing releases the index and, for a store on
     * disk, the TDB2 database, so that the folder can be opened again in the same JVM.
     */
    public record Opened(DatasetGraph dataset, DatasetGraph base, Summary summary, boolean onDisk) implements AutoCloseable {
        @Override
        public void close() {
            dataset.close();
            if (onDisk) TDBInternal.expel(base);
        }
    }

    /** A fresh in-memory TDB2 dataset holding the given files; nothing is returned when a file is bad. */
    public static Opened inMemory(ProjectLayout layout, List<Path> files) {
        DatasetGraph dsg = DatabaseMgr.createDatasetGraph();
        unionDefaultGraph(dsg);
        // A fresh store: parse straight into it. A bad file aborts the transaction, the exception
        // leaves this method, and the store is dropped unserved.
        dsg.executeWrite(() -> {
            for (Path file : files)
                RdfLoader.parseInto(file, RdfLoader.graphFor(layout, file), StreamRDFLib.dataset(dsg));
        });
        DatasetGraph text = TextSearch.wrap(dsg, null, true);
        Summary sum = summarize(dsg, false);
        return new Opened(text, dsg, sum, false);
    }

    /** A TDB2 store in {@code dir}, created on first use and brought up to date with the files. */
    public static Opened onDisk(Path dir, ProjectLayout layout, List<Path> files) {
        List<String> wanted = manifestLines(layout, files);
        Path manifest = dir.resolve(MANIFEST);
        List<String> recorded = readManifest(manifest);
        List<String> recordedFiles = recorded.stream().filter(KnowledgeGraphStore::isFileLine).toList();
        Path textIndex = dir.resolve(TEXT_INDEX);
        if (!recorded.isEmpty() && wanted.equals(recordedFiles) && Files.isDirectory(textIndex)) {
            DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
            unionDefaultGraph(dsg);
            return new Opened(TextSearch.wrap(dsg, textIndex, false), dsg, summarize(dsg, true), true);
        }
        // Parse first: a bad file must leave the store as it was.
        DatasetGraph parsed = RdfLoader.parseAll(layout, files);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the TDB2 folder " + dir, e);
        }
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        unionDefaultGraph(dsg);
        // The graphs the files filled last time, and the graphs they fill now: a store built by
        // `geoclaims load` may hold the project files already (blank nodes would be doubled).
        Set<Node> oldGraphs = graphsIn(recorded);
        parsed.executeRead(() -> parsed.listGraphNodes().forEachRemaining(oldGraphs::add));
        dsg.executeWrite(() -> {
            for (Node g : oldGraphs) dsg.removeGraph(g);
            copyQuads(parsed, dsg);
        });
        deleteTree(textIndex);
        DatasetGraph text = TextSearch.wrap(dsg, textIndex, true);
        writeManifest(manifest, withGraphs(wanted, parsed));
        return new Opened(text, dsg, summarize(dsg, false), true);
    }

    /** Makes a plain SELECT see every named graph. */
    public static void unionDefaultGraph(DatasetGraph dsg) {
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    private static void copyQuads(DatasetGraph from, DatasetGraph to) {
        from.executeRead(() -> from.find().forEachRemaining(to::add));
    }

    /**
     * Counts the quads and named graphs. On TDB2 this is one pass over the GSPO index at the
     * level of node ids (no term is decoded, graphs are counted where the graph id changes):
     * about ten times faster than asking each graph its size, which matters at millions of
     * quads in tens of thousands of graphs.
     */
    public static Summary summarize(DatasetGraph dsg, boolean reused) {
        if (TDBInternal.isTDB2(dsg)) {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(dsg);
            TupleIndex gspo = null;
            for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes())
                if (index.getName().equals("GSPO")) gspo = index;
            if (gspo != null) {
                TupleIndex primary = gspo;
                return dsg.calculateRead(() -> {
                    long quads = 0;
                    int graphs = 0;
                    NodeId last = null;
                    for (Iterator<Tuple<NodeId>> it = primary.all(); it.hasNext(); ) {
                        NodeId g = it.next().get(0);
                        quads++;
                        if (!g.equals(last)) {
                            graphs++;
                            last = g;
                        }
                    }
                    return new Summary(quads, graphs, reused);
                });
            }
        }
        return dsg.calculateRead(() -> {
            long quads = 0;
            int graphs = 0;
            for (Iterator<Node> it = dsg.listGraphNodes(); it.hasNext(); ) {
                Node g = it.next();
                graphs++;
                quads += dsg.getGraph(g).size();
            }
            return new Summary(quads, graphs, reused);
        });
    }

    // ---- manifest: "sha256 <TAB> path" per file, then "graph <TAB> iri" per graph the files filled

    private static List<String> manifestLines(ProjectLayout layout, List<Path> files) {
        List<String> lines = new ArrayList<>();
        for (Path f : files)
            lines.add(sha256(f) + "\t" + layout.root().relativize(f.toAbsolutePath().normalize()));
        return lines;
    }

    private static List<String> withGraphs(List<String> fileLines, DatasetGraph parsed) {
        List<String> lines = new ArrayList<>(fileLines);
        Set<String> graphs = new TreeSet<>();
        parsed.executeRead(() -> parsed.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI())));
        for (String g : graphs) lines.add("graph\t" + g);
        return lines;
    }

    private static List<String> readManifest(Path manifest) {
        if (!Files.isRegularFile(manifest)) return List.of();
        try {
            return Files.readAllLines(manifest, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Set<Node> graphsIn(List<String> manifest) {
        Set<Node> graphs = new java.util.LinkedHashSet<>();
        for (String line : manifest)
            if (line.startsWith("graph\t")) graphs.add(NodeFactory.createURI(line.substring(6)));
        return graphs;
    }

    private static void writeManifest(Path manifest, List<String> lines) {
        try {
            Path tmp = manifest.resolveSibling(MANIFEST + ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            Files.move(tmp, manifest, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + manifest, e);
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) return;
        try (var walk = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove the old text index " + dir, e);
        }
    }

    static String sha256(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Only the file lines are compared at startup: the graph lines are derived from them. */
    static boolean isFileLine(String line) { return !line.startsWith("graph\t"); }
}
