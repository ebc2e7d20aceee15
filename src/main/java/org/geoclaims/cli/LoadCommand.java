package org.geoclaims.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.graph.NodeFactory;
import org.geoclaims.store.BulkLoad;
import org.geoclaims.vocab.GC;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code geoclaims load}: bulk-load RDF files into a TDB2 store that {@code serve --tdb} serves. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Bulk-loads RDF files into a TDB2 store.",
                "Uses Jena's TDB2 loaders and prints their progress.",
                "Triples of .ttl/.nt files go to --graph; .trig/.nq files keep their graphs.",
                "Serve the store with: geoclaims serve --tdb DIR"})
public final class LoadCommand implements Callable<Integer> {

    @Option(names = "--tdb", paramLabel = "DIR", required = true, description = "The TDB2 store (created if absent).")
    Path tdb;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "RDF files: .ttl, .trig, .nt, .nq.")
    List<Path> files;

    @Option(names = "--graph", paramLabel = "IRI", defaultValue = GC.GRAPH + "loaded",
            description = "Named graph for the triples of Turtle and N-Triples files (default: ${DEFAULT-VALUE}).")
    String graph;

    @Option(names = "--loader", defaultValue = "SEQUENTIAL",
            description = "Jena TDB2 loader: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    BulkLoad.Loader loader;

    @Option(names = "--no-validate", description = "Skip parsing every file before loading (faster for trusted files).")
    boolean noValidate;

    @Override
    public Integer call() {
        BulkLoad.Result r = BulkLoad.load(tdb, files, NodeFactory.createURI(graph), loader, !noValidate, System.err);
        System.out.printf("geoclaims: loaded %,d triples in %.1f s: %,.0f triples/s; store %,d bytes on disk, %.1f bytes per triple%n",
                r.triples(), r.seconds(), r.triplesPerSecond(), r.diskBytes(), r.bytesPerTriple(r.triples()));
        return 0;
    }
}
