package org.geoclaims.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;

import org.geoclaims.InputException;
import org.geoclaims.linkeddata.Dumps;
import org.geoclaims.linkeddata.JsonLdContext;
import org.geoclaims.store.KnowledgeGraphStore;
import org.geoclaims.store.ProjectLayout;
import org.geoclaims.store.RdfFiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code geoclaims export}: the whole knowledge graph in one RDF file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Writes the knowledge graph (ontology and data) as one RDF file.",
                "trig, nq and jsonld keep the named graphs; ttl and rdfxml hold their union."})
public final class ExportCommand implements Callable<Integer> {

    @Option(names = "--format", required = true, description = "ttl, trig, nq, jsonld or rdfxml.")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--dir", paramLabel = "DIR", defaultValue = ".", description = "Project folder (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--tdb", paramLabel = "DIR", description = "Export a TDB2 store instead of the project's files.")
    Path tdb;

    @Override
    public Integer call() throws IOException {
        Dumps dump = Dumps.byName(format);
        if (dump == null)
            throw new InputException(null, -1, -1, "unknown format '" + format + "'", "Use ttl, trig, nq, jsonld or rdfxml.");
        ProjectLayout layout = ProjectLayout.at(dir);
        try (KnowledgeGraphStore.Opened store = tdb == null
                ? KnowledgeGraphStore.inMemory(layout, RdfFiles.projectFiles(layout))
                : KnowledgeGraphStore.onDisk(tdb, layout, RdfFiles.projectFiles(layout))) {
            JsonLdContext context = JsonLdContext.fromOntology(store.dataset());
            if (out == null) {
                OutputStream stdout = new BufferedOutputStream(System.out);
                dump.write(store.dataset(), stdout, context);
                stdout.flush();
            } else {
                // Write beside the target, then move: a failed export leaves no half-written file.
                Path abs = out.toAbsolutePath();
                Path tmp = Files.createTempFile(abs.getParent(), ".export-", ".tmp");
                try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                    dump.write(store.dataset(), os, context);
                } catch (RuntimeException | IOException e) {
                    Files.deleteIfExists(tmp);
                    throw e;
                }
                Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                System.err.printf("geoclaims: wrote %s (%,d bytes, %s)%n", out, Files.size(abs), dump.mediaType());
            }
        }
        return 0;
    }
}
